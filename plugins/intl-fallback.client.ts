import { localesLackingDates, loadDateFallback } from '~/composables/intlFallback'

// Before the page hydrates: where this browser's Intl lacks a portal language (see composables/intlFallback.ts),
// load the CLDR date data for it, so dates read the same as the server rendered them.
export default defineNuxtPlugin({
  name: 'intl-fallback',
  parallel: false,
  async setup() {
    await loadDateFallback(localesLackingDates())
  },
})
