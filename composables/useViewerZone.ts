import { canonicalZone, isKnownZone, personTimeZone } from '#shared/zone-basics'
import { useSessionStore } from '~/stores/session'

/** The cookie in which the browser tells the server its zone, so pages render in it from the second page on. */
export const BROWSER_ZONE_COOKIE = 'portal_tz'

/** This browser's zone under its current name (Asia/Saigon → Asia/Ho_Chi_Minh); undefined on the server. */
export function browserTimeZone(): string | undefined {
  if (import.meta.server) return undefined
  const zone = canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone)
  return isKnownZone(zone) ? zone : undefined
}

/** The browser's zone as far as this render knows it: from the cookie, then (plugins/browser-zone.client.ts) the browser. */
export function useBrowserZone() {
  const cookie = useCookie<string | null>(BROWSER_ZONE_COOKIE, { default: () => null, readonly: true })
  return useState<string | null>('browserZone', () => (isKnownZone(cookie.value) ? canonicalZone(cookie.value) : null))
}

/**
 * The reader's zone (shared/time-zones.ts personTimeZone): the profile's, else the browser's, else their institution's
 * country's, else the community's. `known` is the profile's or the browser's, null until one is: a signed-out
 * visitor's first page learns it only after hydration, so the server and the first client render agree.
 */
export function useViewerZone() {
  const store = useSessionStore()
  const browser = useBrowserZone()
  const profileZone = computed(() => (isKnownZone(store.user?.time_zone) ? store.user.time_zone : null))
  const known = computed(() => profileZone.value ?? browser.value)
  const zone = computed(() => personTimeZone(profileZone.value, browser.value, store.user?.memberships.map(m => m.country) ?? []))
  return { zone, known }
}
