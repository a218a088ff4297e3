import { evaluationIdParam, findingUpdateSchema } from '#shared/schemas/evaluation'
import { updateFinding } from '../../../domain/evaluation/findings'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, findingUpdateSchema)
  return withSignedIn(event, tx => updateFinding(tx, id, input.text))
})
