import { z } from 'zod'
import { attendanceByPartner, attendanceXlsx } from '../../../../../domain/calendar/checkin'
import { requestLocale } from '../../../../../i18n/request-locale'

/** The attendance per partner as XLSX, in the viewer's language. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const partners = await withSignedIn(event, tx => attendanceByPartner(tx, id))
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="attendance-${id.slice(0, 8)}.xlsx"`)
  return attendanceXlsx(partners, requestLocale(event))
})
