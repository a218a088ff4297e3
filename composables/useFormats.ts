import { LOCALES } from '#shared/locales'
import { useSessionStore } from '~/stores/session'

const LANGUAGE_BY_CODE: Record<string, string> = Object.fromEntries(LOCALES.map(l => [l.code, l.language]))

// Intl objects are costly to build and SSR formats many values per page: build each once per process.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>()
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined
  if (!found) cache.set(key, found = make())
  return found
}

/** The one date and number formatter: the viewer's locale, their time zone, and for Thai the Buddhist era if chosen. */
export function useFormats() {
  const { locale } = useI18n()
  const store = useSessionStore()
  const language = () => LANGUAGE_BY_CODE[locale.value] ?? 'en'
  const calendarLocale = () => (locale.value === 'th' && store.user?.thai_buddhist_calendar ? `${language()}-u-ca-buddhist` : `${language()}-u-ca-gregory`)
  const timeZone = () => store.user?.time_zone ?? 'UTC'
  const countryNames = useState<Record<string, Record<string, string>>>('countryNames', () => ({}))
  const dateFormat = (style: 'date' | 'dateTime') => memo(`${style}|${calendarLocale()}|${timeZone()}`, () => new Intl.DateTimeFormat(calendarLocale(), {
    dateStyle: 'medium', timeStyle: style === 'dateTime' ? 'short' : undefined, timeZone: timeZone(),
  }))
  return {
    date: (value: string | Date) => dateFormat('date').format(new Date(value)),
    dateTime: (value: string | Date) => dateFormat('dateTime').format(new Date(value)),
    number: (value: number) => memo(`number|${language()}`, () => new Intl.NumberFormat(language())).format(value),
    country: (code: string) => countryNames.value[locale.value]?.[code] ?? memo(`region|${language()}`, () => new Intl.DisplayNames([language()], { type: 'region' })).of(code) ?? code,
  }
}
