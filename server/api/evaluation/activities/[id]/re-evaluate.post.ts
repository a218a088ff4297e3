import { evaluationIdParam } from '#shared/schemas/evaluation'
import { reEvaluate } from '../../../../domain/evaluation/runs'

/** "Re-evaluate": attaches to the next run the evaluations its earlier run had (latest published version, same timing). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, (tx, actor) => reEvaluate(tx, actor, id))
})
