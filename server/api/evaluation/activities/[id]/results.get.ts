import { evaluationIdParam } from '#shared/schemas/evaluation'
import { activityResultsQuerySchema } from '#shared/schemas/evaluation-analytics'
import { activityResults } from '../../../../domain/evaluation/analytics/results'

/** An activity's results over its instances of one form (?form=, default the latest one's), optionally broken down (?by=). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const { by, form } = queryValid(event, activityResultsQuerySchema)
  return withSignedIn(event, tx => activityResults(tx, id, by ?? null, form ?? null))
})
