import { evaluationIdParam } from '#shared/schemas/evaluation'
import { formRuns } from '../../../../domain/evaluation/analytics/results'

/** A form's results across the runs (activities) it was used in that the reader manages, one group per run. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => formRuns(tx, id))
})
