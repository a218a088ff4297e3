import { evaluationIdParam, instanceUpdateSchema } from '#shared/schemas/evaluation'
import { updateInstance } from '../../../domain/evaluation/instances'

/** Moves an instance's window or reminder day. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, instanceUpdateSchema)
  return withSignedIn(event, tx => updateInstance(tx, id, input))
})
