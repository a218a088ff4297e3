import { conferenceIdParam } from '#shared/schemas/conferences'
import { readProgramme } from '../../../domain/conferences/programme-views'
import { requestLocale } from '../../../i18n/request-locale'

/** The published programme in the reader's language (fallbacks marked); before publication only its chairs see it. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const locale = requestLocale(event)
  return withActor(event, tx => readProgramme(tx, id, locale))
})
