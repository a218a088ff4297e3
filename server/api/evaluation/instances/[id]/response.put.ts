import { answersSaveSchema, evaluationIdParam } from '#shared/schemas/evaluation'
import { saveAnswers } from '../../../../domain/evaluation/responses'

/** Saves answers as a draft (checked for types and ranges, not for completeness). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, answersSaveSchema)
  return withSignedIn(event, (tx, actor) => saveAnswers(tx, actor, id, input))
})
