import { translationQueueFilterSchema } from '#shared/translations/fields'
import { listTranslationQueue } from '../../domain/translations/queue'
import { requestLocale } from '../../i18n/request-locale'

/** The translation queue of the person's content (staff: their institutions'; the secretariat: everyone's); others 403. */
export default defineEventHandler(async (event) => {
  const filter = queryValid(event, translationQueueFilterSchema)
  const reader = requestLocale(event)
  return withSignedIn(event, (tx, actor) => listTranslationQueue(tx, actor, filter, reader))
})
