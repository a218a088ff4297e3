import { evaluationIdParam } from '#shared/schemas/evaluation'
import { resultsXlsx } from '../../../../domain/evaluation/analytics/export'
import { requestLocale } from '../../../../i18n/request-locale'

/** An instance's summary and free texts as a workbook in the reader's language, for its managers. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const locale = requestLocale(event)
  const workbook = await withSignedIn(event, tx => resultsXlsx(tx, id, locale))
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="evaluation-results-${id}.xlsx"`)
  return workbook
})
