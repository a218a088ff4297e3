import { LOCALE_CODES } from './shared/locales'

// Named formats for $d and $n: one place decides how dates and numbers look.
export default defineI18nConfig(() => ({
  fallbackLocale: 'en',
  datetimeFormats: Object.fromEntries(
    LOCALE_CODES.map(code => [code, {
      date: { year: 'numeric', month: 'short', day: 'numeric' },
      dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    }]),
  ),
  numberFormats: Object.fromEntries(
    LOCALE_CODES.map(code => [code, {
      integer: { maximumFractionDigits: 0 },
      bytes: { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 },
    }]),
  ),
}))
