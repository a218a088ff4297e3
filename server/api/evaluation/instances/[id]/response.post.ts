import { evaluationIdParam, responseOpenSchema } from '#shared/schemas/evaluation'
import { openResponse } from '../../../../domain/evaluation/responses'

/** Opens the signed-in person's response: the form and their answers so far. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, responseOpenSchema)
  return withSignedIn(event, (tx, actor) => openResponse(tx, actor, id, input))
})
