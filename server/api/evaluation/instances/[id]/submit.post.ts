import { answersSaveSchema, evaluationIdParam } from '#shared/schemas/evaluation'
import { submitResponse } from '../../../../domain/evaluation/responses'

/** Submits the response: every visible required question answered, then final. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, answersSaveSchema)
  return withSignedIn(event, (tx, actor) => submitResponse(tx, actor, id, input))
})
