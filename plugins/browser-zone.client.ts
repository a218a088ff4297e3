import { BROWSER_ZONE_COOKIE, browserTimeZone, useBrowserZone } from '~/composables/useViewerZone'

/**
 * After hydration (so the first render matches the server's), the browser's own zone replaces what the cookie said,
 * and the cookie is written for the next page the server renders.
 */
export default defineNuxtPlugin(() => {
  const state = useBrowserZone()
  onNuxtReady(() => {
    const zone = browserTimeZone()
    if (!zone) return
    if (state.value !== zone) state.value = zone
    document.cookie = `${BROWSER_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`
  })
})
