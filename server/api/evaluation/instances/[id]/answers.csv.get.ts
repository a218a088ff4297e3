import { evaluationIdParam } from '#shared/schemas/evaluation'
import { answersCsv } from '../../../../domain/evaluation/analytics/export'

/** An instance's raw answers, one line per answer row, for its managers (no person columns when anonymous). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const csv = await withSignedIn(event, tx => answersCsv(tx, id))
  setResponseHeader(event, 'content-type', 'text/csv; charset=utf-8')
  setResponseHeader(event, 'content-disposition', `attachment; filename="evaluation-answers-${id}.csv"`)
  return csv
})
