import { auditFilterSchema } from '#shared/schemas/audit'
import { listAuditForExport } from '../../../domain/audit/audit'
import { auditXlsx } from '../../../domain/audit/export-xlsx'
import { requestLocale } from '../../../i18n/request-locale'
import { todayIn } from '#shared/dates'

/** The log with the page's filters as XLSX, sentences in the reader's language. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const filter = queryValid(event, auditFilterSchema)
  const events = await withSignedIn(event, tx => listAuditForExport(tx, filter))
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="audit-${todayIn(filter.timeZone)}.xlsx"`)
  return auditXlsx(events, requestLocale(event))
})
