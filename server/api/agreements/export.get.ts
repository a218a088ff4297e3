import { agreementFilterSchema } from '#shared/schemas/agreements'
import { listAgreements } from '../../domain/agreements/agreements'
import { agreementsXlsx } from '../../domain/agreements/export-xlsx'
import { requestLocale } from '../../i18n/request-locale'
import { COMMUNITY_TIME_ZONE, todayIn } from '#shared/dates'

/** The list the viewer sees, with the same filters, as XLSX. */
export default defineEventHandler(async (event) => {
  const filter = queryValid(event, agreementFilterSchema)
  const agreements = await withSignedIn(event, tx => listAgreements(tx, filter))
  const locale = requestLocale(event)
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="agreements-${todayIn(COMMUNITY_TIME_ZONE)}.xlsx"`)
  return agreementsXlsx(agreements, locale)
})
