import { z } from 'zod'
import { applicationFilterSchema } from '#shared/schemas/mobility'
import { listApplications } from '../../../domain/mobility/applications'
import { applicationsXlsx } from '../../../domain/mobility/export-xlsx'
import { requestLocale } from '../../../i18n/request-locale'
import { STAFF_ROLES } from '#shared/roles'
import { COMMUNITY_TIME_ZONE, todayIn } from '#shared/dates'

/** The office's outgoing or incoming list, with the same filters as the page, as XLSX (an applicant's own list is not an office export). */
export default defineEventHandler(async (event) => {
  await requireRole(event, ...STAFF_ROLES)
  const filter = queryValid(event, applicationFilterSchema.extend({ view: z.enum(['outgoing', 'incoming']).default('outgoing') }))
  const applications = await withSignedIn(event, (tx, actor) => listApplications(tx, actor, filter))
  const locale = requestLocale(event)
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="applications-${filter.view}-${todayIn(COMMUNITY_TIME_ZONE)}.xlsx"`)
  return applicationsXlsx(applications, locale, filter.view)
})
