import { LOCALES } from '#shared/locales'
import { loadDateFallback } from '~/composables/intlFallback'

// The server formats the dates of Khmer, Lao and Burmese pages with FormatJS and its CLDR data too, as every browser
// does (plugins/intl-fallback.client.ts): the data loads once per server process, before the first such page renders.
let loaded: Promise<void> | null = null

export default defineNuxtPlugin({
  name: 'intl-fallback',
  parallel: false,
  async setup() {
    loaded ??= loadDateFallback(LOCALES.filter(l => l.datesByFormatJs))
    await loaded
  },
})
