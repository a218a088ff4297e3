import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeXlsx } from '../../../domain/conferences/programme-documents'
import { requestLocale } from '../../../i18n/request-locale'

/** The programme as a workbook, one row per talk, times in the venue's zone, texts in the reader's language. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const locale = requestLocale(event)
  const workbook = await withActor(event, tx => programmeXlsx(tx, id, locale))
  setResponseHeader(event, 'content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  setResponseHeader(event, 'content-disposition', `attachment; filename="programme-${id.slice(0, 8)}.xlsx"`)
  return workbook
})
