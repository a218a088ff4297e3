import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeEditor } from '../../../../domain/conferences/programme-views'
import { requestLocale } from '../../../../i18n/request-locale'

/** The timetable editor's data (chairs): the programme, the venue's rooms, accepted talks not yet placed, conflicts. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const locale = requestLocale(event)
  return withSignedIn(event, tx => programmeEditor(tx, id, locale))
})
