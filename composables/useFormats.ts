import { joinList, localeEntry } from '#shared/locales'
import { useSessionStore } from '~/stores/session'
import { fallbackDateFormat, type DateFormatter } from './intlFallback'
import { todayIn } from '#shared/zone-basics'
import { useViewerZone } from './useViewerZone'

// Intl objects are costly to build and SSR formats many values per page: build each once per process.
type Formatter = DateFormatter | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat
const cache = new Map<string, Formatter>()
function memo<T extends Formatter>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined
  if (!found) cache.set(key, found = make())
  return found
}

/**
 * The one date and number formatter: the viewer's locale, their time zone (useViewerZone), the locale's optional calendar
 * if chosen (the Thai Buddhist era) and its digits (shared/locales.ts).
 */
export function useFormats() {
  const { locale } = useI18n()
  const store = useSessionStore()
  const entry = () => localeEntry(locale.value)
  const language = () => entry()?.language ?? 'en'
  // The profile's one calendar choice (thai_buddhist_calendar) applies to the locale that offers a calendar.
  const calendar = () => (entry()?.optionalCalendar && store.user?.thai_buddhist_calendar ? entry()!.optionalCalendar : 'gregory')
  const calendarLocale = () => `${language()}-u-ca-${calendar()}`
  const viewer = useViewerZone()
  const timeZone = () => viewer.zone.value
  const countryNames = useState<Record<string, Record<string, string>>>('countryNames', () => ({}))
  const languageNames = useState<Record<string, Record<string, string>>>('languageNames', () => ({}))
  // The server's names first (plugins/display-names.ts), else the browser's Intl.
  const displayName = (type: 'region' | 'language', fromServer: Record<string, Record<string, string>>, code: string) =>
    fromServer[locale.value]?.[code] ?? memo(`${type}|${language()}`, () => new Intl.DisplayNames([language()], { type })).of(code) ?? code
  const dateFormat = (style: 'date' | 'dateTime', zone = timeZone()) => memo(`${style}|${calendarLocale()}|${zone}`, () => {
    const withTime = style === 'dateTime'
    const options = { dateStyle: 'medium', timeStyle: withTime ? 'short' : undefined, hourCycle: withTime ? entry()?.hourCycle : undefined, timeZone: zone } as const
    return fallbackDateFormat(language(), options) ?? new Intl.DateTimeFormat(calendarLocale(), options)
  })
  return {
    // A calendar date ('2026-03-01') is the same day everywhere: format it in UTC, not the viewer's zone.
    date: (value: string | Date) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? dateFormat('date', 'UTC').format(new Date(`${value}T00:00:00Z`))
      : dateFormat('date').format(new Date(value))),
    /** In the viewer's time zone, or in another one, e.g. where a meeting is held. */
    dateTime: (value: string | Date, zone?: string) => dateFormat('dateTime', zone).format(new Date(value)),
    number: (value: number) => memo(`number|${language()}`, () => new Intl.NumberFormat(language(), { numberingSystem: entry()?.digits })).format(value),
    /** A language by its ISO 639 code, e.g. 'zh' → 中文 / Chinese / ภาษาจีน. */
    languageName: (code: string) => (code ? displayName('language', languageNames.value, code) : ''),
    country: (code: string) => displayName('region', countryNames.value, code),
    /** Names joined as the language joins them: "A, B and C" / "A、B和C". */
    list: (items: string[]) => {
      const words = entry()?.listWords
      return words ? joinList(items, words) : memo(`list|${language()}`, () => new Intl.ListFormat(language(), { type: 'conjunction' })).format(items)
    },
    /**
     * An instant in a format of one's own (a month's name, a weekday, a time of day: { weekday: 'short' }), with the
     * same locale, calendar, digits, hour cycle and browser fallback as the others; zone defaults to the viewer's.
     */
    custom: (value: string | Date, options: Intl.DateTimeFormatOptions, zone = timeZone()) => memo(`custom|${JSON.stringify(options)}|${calendarLocale()}|${zone}`, () => {
      const full = { ...options, hourCycle: options.hour ? entry()?.hourCycle : undefined, timeZone: zone }
      return fallbackDateFormat(language(), full) ?? new Intl.DateTimeFormat(calendarLocale(), full)
    }).format(new Date(value)),
    /** Today's calendar day in the viewer's time zone (YYYY-MM-DD), e.g. a form's default date. */
    today: () => todayIn(timeZone()),
  }
}
