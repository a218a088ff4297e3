import { actionUpdateSchema, evaluationIdParam } from '#shared/schemas/evaluation'
import { updateAction } from '../../../domain/evaluation/findings'

/** Changes an action: its owner the status, the finding's managers anything. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, actionUpdateSchema)
  return withSignedIn(event, tx => updateAction(tx, id, input))
})
