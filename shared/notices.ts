import { resolveLocalizedText, type LocalizedText } from './localized-text'
import { localeEntry, type LocaleCode } from './locales'
import { zoneCity } from './time-zones'

/**
 * A notice's parameter as stored: plain text or a number (shown as is), a multilingual text (shown in the
 * reader's locale), or a message key (a state, a severity: translated when shown). Notices keep these raw
 * values, so the list reads in whatever language the reader uses now; rows written before that kept
 * rendered strings, which are still valid (plain text).
 */
export type NoticeParam = string | number | LocalizedText | { key: string } | ZonedInstant
/** A moment and the zone it is read in (a session's venue): shown as a full date and time there, with the zone's city. */
export interface ZonedInstant { at: string; zone: string }
export type NoticeParams = Record<string, NoticeParam>

/** The message a notice is shown with: the subject of its mail template (mail.<kind>.subject). */
export function noticeSubjectKey(kind: string): string {
  return `mail.${kind}.subject`
}

function isKey(value: object): value is { key: string } {
  return 'key' in value && typeof value.key === 'string'
}

function isZonedInstant(value: object): value is ZonedInstant {
  return 'at' in value && 'zone' in value && typeof value.at === 'string' && typeof value.zone === 'string'
}

/** "Monday, 13 April 2026, 09:00 (Bangkok)" in the locale's words, digits and hour cycle. */
export function formatZonedInstant(value: ZonedInstant, locale: LocaleCode): string {
  const entry = localeEntry(locale)
  try {
    const text = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: value.zone, hourCycle: entry?.hourCycle }).format(new Date(value.at))
    return `${text} (${zoneCity(value.zone, locale)})`
  }
  catch {
    return `${value.at} ${value.zone}`
  }
}

/** Each parameter in `locale`; `translate` looks a message key up (the server's translate, the page's t). */
export function resolveNoticeParams(params: NoticeParams, locale: LocaleCode, translate: (key: string) => string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => {
    if (typeof value === 'string' || typeof value === 'number') return [name, value]
    if (value && typeof value === 'object' && isKey(value)) return [name, translate(value.key)]
    if (value && typeof value === 'object' && isZonedInstant(value)) return [name, formatZonedInstant(value, locale)]
    return [name, resolveLocalizedText(value as LocalizedText, locale).text]
  }))
}
