import type { LocaleCode } from '#shared/locales'
import { localesFormattedByFormatJs, loadDateFallback } from '~/composables/intlFallback'

// Before the page hydrates: where FormatJS formats the page's language (always for Khmer, Lao and Burmese, as on the
// server; or because this browser's Intl lacks it; see composables/intlFallback.ts), load the CLDR date data for that
// language only, so dates read the same as the server rendered them; another language's data loads when the reader
// switches to it, before the page shows it.
const lackingOnly = (code: string) => localesFormattedByFormatJs().filter(l => l.code === code)

export default defineNuxtPlugin({
  name: 'intl-fallback',
  parallel: false,
  async setup(nuxtApp) {
    await loadDateFallback(lackingOnly(nuxtApp.$i18n.locale.value as LocaleCode))
    nuxtApp.hook('i18n:beforeLocaleSwitch', async ({ newLocale }) => {
      await loadDateFallback(lackingOnly(newLocale))
    })
  },
})
