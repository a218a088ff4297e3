import { planExportQuerySchema, planYearParam } from '#shared/schemas/activity-plans'
import { renderPdfFor } from '../../../../documents/pdf'
import { planDocument } from '../../../../domain/calendar/plan-export'

/** The plan as PDF in two chosen languages side by side: ?left=zh&right=th. */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const { left, right } = queryValid(event, planExportQuerySchema)
  const { document, filename } = await withSignedIn(event, (tx, actor) => planDocument(tx, actor, year, left, right))
  // Rendered after the transaction, in a worker: the database and the request thread stay free meanwhile.
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
