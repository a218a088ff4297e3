import { evaluationIdParam } from '#shared/schemas/evaluation'
import { resultsQuerySchema } from '#shared/schemas/evaluation-analytics'
import { instanceResults } from '../../../../domain/evaluation/analytics/results'

/** An instance's results for its managers: response rate, per-question figures, free texts, an optional breakdown (?by=). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const { by } = queryValid(event, resultsQuerySchema)
  return withSignedIn(event, tx => instanceResults(tx, id, by ?? null))
})
