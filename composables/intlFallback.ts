import { TZDate } from '@date-fns/tz'
import { LOCALES, type LocaleCode, type LocaleEntry } from '#shared/locales'

/**
 * Date formats for browsers whose Intl lacks a language's data (Debian's Chromium has no Khmer, Lao
 * or Burmese, and formats them in English). The server always has full data; in such a browser the
 * page would swap the server's Khmer dates for English ones on hydration. For those languages only,
 * the FormatJS DateTimeFormat (CLDR data, loaded before hydration by plugins/intl-fallback.client.ts)
 * formats instead. It is used without time-zone data: the instant is first moved to its wall-clock
 * time in the zone (by @date-fns/tz, on the browser's own zone data) and then formatted as UTC.
 */
type FallbackConstructor = typeof import('@formatjs/intl-datetimeformat').DateTimeFormat
export type DateDataLoader = () => Promise<unknown>

// Import specifiers must be static for the bundler to split each language's data into its own chunk, so
// this map repeats the registry's dateData; the Record type and tests/unit/locale-registry.test.ts keep them equal.
export const DATE_DATA: Record<LocaleCode, DateDataLoader> = {
  zh: () => import('@formatjs/intl-datetimeformat/locale-data/zh.js'),
  en: () => import('@formatjs/intl-datetimeformat/locale-data/en.js'),
  id: () => import('@formatjs/intl-datetimeformat/locale-data/id.js'),
  ms: () => import('@formatjs/intl-datetimeformat/locale-data/ms.js'),
  th: () => import('@formatjs/intl-datetimeformat/locale-data/th.js'),
  vi: () => import('@formatjs/intl-datetimeformat/locale-data/vi.js'),
  fil: () => import('@formatjs/intl-datetimeformat/locale-data/fil.js'),
  km: () => import('@formatjs/intl-datetimeformat/locale-data/km.js'),
  lo: () => import('@formatjs/intl-datetimeformat/locale-data/lo.js'),
  my: () => import('@formatjs/intl-datetimeformat/locale-data/my.js'),
}

let Fallback: FallbackConstructor | null = null
/** Language tag → the CLDR locale whose data formats it. */
const lacking = new Map<string, string>()

/** The portal's locales whose language this browser cannot format dates in. */
export function localesLackingDates(locales: readonly LocaleEntry[] = LOCALES): LocaleEntry[] {
  return locales.filter(l => Intl.DateTimeFormat.supportedLocalesOf([l.language]).length === 0)
}

/** The locales whose dates FormatJS formats here: those always formatted by it (datesByFormatJs) and those this Intl lacks. */
export function localesFormattedByFormatJs(locales: readonly LocaleEntry[] = LOCALES): LocaleEntry[] {
  const lackingHere = new Set(localesLackingDates(locales))
  return locales.filter(l => l.datesByFormatJs || lackingHere.has(l))
}

/** Loads the fallback with the date data of the locales given; a no-op when the list is empty. */
export async function loadDateFallback(locales: readonly LocaleEntry[], loaders: Record<string, DateDataLoader> = DATE_DATA): Promise<void> {
  if (locales.length === 0) return
  const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat')
  // The data modules hand their data to Intl.DateTimeFormat when it is the FormatJS one, else queue it here.
  const queue = '__FORMATJS_DATETIMEFORMAT_DATA__'
  await Promise.all(locales.map(l => loaders[l.code]?.()))
  const data = ((globalThis as Record<string, unknown>)[queue] ?? []) as Parameters<FallbackConstructor['__addLocaleData']>
  DateTimeFormat.__addLocaleData(...data)
  for (const l of locales) if (loaders[l.code]) lacking.set(l.language, l.dateData)
  Fallback = DateTimeFormat
}

export interface DateFormatter { format(value: Date): string }

/** A formatter for the language, or null when this runtime's own Intl formats it (see localesFormattedByFormatJs). */
export function fallbackDateFormat(language: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): DateFormatter | null {
  const data = lacking.get(language.split('-u-')[0]!)
  if (!Fallback || !data) return null
  const format = new Fallback(data, { ...options, timeZone: 'UTC' })
  return {
    format: (value) => {
      const wall = new TZDate(value.getTime(), options.timeZone)
      return format.format(new Date(Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds())))
    },
  }
}
