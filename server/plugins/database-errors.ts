import type { H3Error } from 'h3'
import { translate } from '../i18n/messages'
import { requestLocale } from '../i18n/request-locale'
import { noteSchemaGap, rewriteAsRefusal } from '../utils/database-errors'

/**
 * A Postgres refusal that no route turned into a 4xx (sign-up, log-in and jobs use asService, not
 * withActor) still reaches the person as the mapped, translated 4xx: the error is rewritten before
 * Nitro's error handler (and the 5xx log of 04.errors) sees it, so no route has to remember.
 */
export default defineNitroPlugin((nitroApp) => {
  const handle = nitroApp.h3App.options.onError
  nitroApp.h3App.options.onError = (error: H3Error, event) => {
    const refusal = rewriteAsRefusal(error, key => translate(requestLocale(event), key))
    if (refusal) noteSchemaGap(refusal, event.method, event.path)
    return handle?.(error, event)
  }
})
