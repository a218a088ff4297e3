import { localeOfPath } from '../../shared/locales'
import { contentChanged, currentGeneration, pageCacheKey, readCachedPage, withNonce } from '../cache/page-cache'

/**
 * Anonymous pages from the page cache (server/cache/page-cache.ts); a miss is marked for the
 * beforeResponse hook (plugins/05.page-cache.ts) to keep. A state-changing request moves the cache's
 * generation on when it starts and again when it ends.
 */
export default defineEventHandler((event) => {
  if (STATE_CHANGING.has(event.method)) {
    contentChanged()
    event.node.res.once('close', contentChanged)
    return
  }
  if (!portalConfig().pageCache) return
  const cookies = parseCookies(event)
  const key = pageCacheKey(event.method, event.path, cookies)
  if (!key) return
  const page = readCachedPage(key)
  if (!page) {
    event.context.pageCache = { key, generation: currentGeneration() }
    setResponseHeader(event, 'x-page-cache', 'miss')
    return
  }
  const nonce = (event.context.security as { nonce?: string } | undefined)?.nonce
  for (const [name, value] of Object.entries(page.headers)) setResponseHeader(event, name, withNonce(value, page.nonce, nonce))
  // As a rendered page does (@nuxtjs/i18n), remember the language read, so the bare address opens in it next time.
  const locale = localeOfPath(event.path)
  if (locale && cookies.i18n_locale !== locale) setCookie(event, 'i18n_locale', locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' })
  setResponseHeader(event, 'x-page-cache', 'hit')
  return withNonce(page.body, page.nonce, nonce)
})
