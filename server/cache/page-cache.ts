import { localeOfPath } from '../../shared/locales'
import { SESSION_COOKIE } from '../../shared/session'

/**
 * Server-rendered pages for visitors who are not signed in, kept per URL (the locale is the path's prefix,
 * so two locales never share an entry) and per render-relevant cookie. An entry is served only while
 *  - nothing has changed since its render began: every state-changing API request and every finished job
 *    moves `generation` on, before and after it runs, so a render that overlapped a write is never kept;
 *  - it is younger than MAX_AGE_MS, which bounds what this process cannot see (time passing over a call's
 *    deadline, a write made by another server process in front of the same database).
 * Requests that carry a session cookie never read or fill it.
 */
export const PAGE_CACHE_MAX_AGE_MS = 60_000
const MAX_ENTRIES = 500
const MAX_BODY_CHARS = 1_000_000
/** Cookies that do not change what a page renders for a visitor with a locale in the path. */
const IGNORED_COOKIES = new Set(['i18n_locale'])

export interface CachedPage {
  generation: number
  storedAt: number
  body: string
  /** The nonce the body's tags and the CSP header were rendered with; replaced by a fresh one on each hit. */
  nonce: string | null
  headers: Record<string, string>
}

let generation = 0
const pages = new Map<string, CachedPage>()

/** Content may have changed: no page rendered before now is served again. */
export function contentChanged(): void {
  generation++
}

export function currentGeneration(): number {
  return generation
}

/**
 * The cache key of a request, or null when it must be rendered: not a page GET, not under a locale prefix,
 * or from someone with a session cookie. Other cookies are part of the key (a later cookie that changes
 * the page is then still correct, only cached apart).
 */
export function pageCacheKey(method: string, path: string, cookies: Record<string, string>): string | null {
  if (method !== 'GET' || !localeOfPath(path)) return null
  if (cookies[SESSION_COOKIE]) return null
  const kept = Object.keys(cookies).filter(name => !IGNORED_COOKIES.has(name)).sort().map(name => `${name}=${cookies[name]}`)
  return kept.length ? `${path}\n${kept.join('; ')}` : path
}

export function readCachedPage(key: string, now = Date.now()): CachedPage | null {
  const page = pages.get(key)
  if (!page) return null
  if (page.generation !== generation || now - page.storedAt > PAGE_CACHE_MAX_AGE_MS) {
    pages.delete(key)
    return null
  }
  // Most recently used last, so the oldest is the first one out.
  pages.delete(key)
  pages.set(key, page)
  return page
}

export function storePage(key: string, page: CachedPage): void {
  if (page.generation !== generation || page.body.length > MAX_BODY_CHARS) return
  if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!)
  pages.set(key, page)
}

/** A stored body and CSP with a fresh nonce, so no two responses share one. */
export function withNonce(text: string, stored: string | null, fresh: string | undefined): string {
  return stored && fresh ? text.replaceAll(stored, fresh) : text
}

export function clearPageCache(): void {
  pages.clear()
}
