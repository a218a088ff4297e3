import { TZDate } from '@date-fns/tz'
import { LOCALES } from '#shared/locales'

/**
 * Date formats for browsers whose Intl lacks a language's data (Debian's Chromium has no Khmer, Lao
 * or Burmese, and formats them in English). The server always has full data; in such a browser the
 * page would swap the server's Khmer dates for English ones on hydration. For those languages only,
 * the FormatJS DateTimeFormat (CLDR data, loaded before hydration by plugins/intl-fallback.client.ts)
 * formats instead. It is used without time-zone data: the instant is first moved to its wall-clock
 * time in the zone (by @date-fns/tz, on the browser's own zone data) and then formatted as UTC.
 */
type FallbackConstructor = typeof import('@formatjs/intl-datetimeformat').DateTimeFormat

const LOCALE_DATA: Record<string, () => Promise<unknown>> = {
  'zh-CN': () => import('@formatjs/intl-datetimeformat/locale-data/zh.js'),
  'en': () => import('@formatjs/intl-datetimeformat/locale-data/en.js'),
  'id-ID': () => import('@formatjs/intl-datetimeformat/locale-data/id.js'),
  'ms-MY': () => import('@formatjs/intl-datetimeformat/locale-data/ms.js'),
  'th-TH': () => import('@formatjs/intl-datetimeformat/locale-data/th.js'),
  'vi-VN': () => import('@formatjs/intl-datetimeformat/locale-data/vi.js'),
  'fil-PH': () => import('@formatjs/intl-datetimeformat/locale-data/fil.js'),
  'km-KH': () => import('@formatjs/intl-datetimeformat/locale-data/km.js'),
  'lo-LA': () => import('@formatjs/intl-datetimeformat/locale-data/lo.js'),
  'my-MM': () => import('@formatjs/intl-datetimeformat/locale-data/my.js'),
}

let Fallback: FallbackConstructor | null = null
const lacking = new Set<string>()

/** The portal's languages this browser cannot format dates in. */
export function languagesLackingDates(): string[] {
  return LOCALES.map(l => l.language).filter(language => Intl.DateTimeFormat.supportedLocalesOf([language]).length === 0)
}

/** Loads the fallback with the data of the languages named; a no-op when the list is empty. */
export async function loadDateFallback(languages: string[]): Promise<void> {
  if (languages.length === 0) return
  const { DateTimeFormat } = await import('@formatjs/intl-datetimeformat')
  // The data modules hand their data to Intl.DateTimeFormat when it is the FormatJS one, else queue it here.
  const queue = '__FORMATJS_DATETIMEFORMAT_DATA__'
  await Promise.all(languages.map(language => LOCALE_DATA[language]?.()))
  const data = ((globalThis as Record<string, unknown>)[queue] ?? []) as Parameters<FallbackConstructor['__addLocaleData']>
  DateTimeFormat.__addLocaleData(...data)
  for (const language of languages) lacking.add(language)
  Fallback = DateTimeFormat
}

export interface DateFormatter { format(value: Date): string }

/** A formatter for the language, or null when the browser's own Intl can do it (always on the server). */
export function fallbackDateFormat(language: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): DateFormatter | null {
  const base = language.split('-u-')[0]!
  if (!Fallback || !lacking.has(base)) return null
  const format = new Fallback(base, { ...options, timeZone: 'UTC' })
  return {
    format: (value) => {
      const wall = new TZDate(value.getTime(), options.timeZone)
      return format.format(new Date(Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds())))
    },
  }
}
