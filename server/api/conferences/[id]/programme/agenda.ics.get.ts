import { conferenceIdParam } from '#shared/schemas/conferences'
import { agendaFile } from '../../../../domain/conferences/agenda'
import { sendCalendar } from '../../../../domain/calendar/reply'
import { requestLocale } from '../../../../i18n/request-locale'

/** The signed-in person's agenda of the conference as an .ics file, times in the venue's zone (TZID). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const locale = requestLocale(event)
  const text = await withSignedIn(event, (tx, actor) => agendaFile(tx, actor, id, { locale, baseUrl: portalConfig().baseUrl }))
  return sendCalendar(event, text, `agenda-${id.slice(0, 8)}.ics`, 'download')
})
