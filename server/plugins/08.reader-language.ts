import { inReaderLanguage } from '../../shared/localized-text'
import { isLocaleCode } from '../../shared/locales'

/**
 * `GET /api/…?lang=th`: the reply's multilingual texts in that reader's language only, with the fallback the page
 * would show (shared/localized-text `inReaderLanguage`). Pages that only show content ask so (`useContentQuery`), and
 * their server-rendered payload carries one language instead of ten. Without `lang`, a reply holds every language.
 */
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('beforeResponse', (event, response) => {
    if (event.method !== 'GET' || !event.path.startsWith('/api/') || !response.body || typeof response.body !== 'object') return
    const { lang } = getQuery(event)
    if (isLocaleCode(lang)) response.body = inReaderLanguage(response.body, lang)
  })
})
