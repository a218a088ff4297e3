import { isIscedCode, iscedLabel, iscedNameKey } from '../../shared/isced'
import { localeEntry } from '../../shared/locales'
import { translate } from './messages'

/** The locale's BCP 47 tag from the registry (zh → zh-CN), so Intl speaks the document's language. */
function tagOf(locale: string): string {
  return localeEntry(locale)?.language ?? 'en'
}

// Built once per locale and process: documents format many values.
const cache = new Map<string, Intl.DisplayNames | Intl.DateTimeFormat | Intl.NumberFormat>()
function memo<T extends Intl.DisplayNames | Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined
  if (!found) cache.set(key, found = make())
  return found
}

/** A field of study as documents print it: code and name in the document's language ("0714 อิเล็กทรอนิกส์และระบบอัตโนมัติ"). */
export function fieldOfStudyIn(locale: string, code: string): string {
  return iscedLabel(code, isIscedCode(code) ? translate(locale, iscedNameKey(code)) : null)
}

/** A language by its ISO 639 code, named in the document's language (zh → "จีน" in Thai, "Chinese" in English). */
export function languageNameIn(locale: string, code: string): string {
  if (!code) return ''
  try {
    return memo(`language|${locale}`, () => new Intl.DisplayNames([tagOf(locale)], { type: 'language' })).of(code) ?? code
  }
  catch {
    return code
  }
}

/**
 * A calendar day ('2026-12-05') or an instant as the document's language writes a date: Intl's long date in
 * that language, its own calendar and digits (Thai "5 ธันวาคม 2569", Chinese "2026年12月5日"). An instant is
 * read as its UTC day, the day the record was made wherever the reader is.
 */
export function documentDate(locale: string, value: string | Date): string {
  const entry = localeEntry(locale)
  const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value)
  if (Number.isNaN(day.getTime())) return String(value)
  return memo(`date|${locale}`, () => new Intl.DateTimeFormat(tagOf(locale), { dateStyle: 'long', timeZone: 'UTC', numberingSystem: entry?.digits }))
    .format(day)
}

/** An instant with its time, in UTC (said so), as the document's language writes it: when a signature was given. */
export function documentDateTime(locale: string, value: string | Date): string {
  const at = new Date(value)
  if (Number.isNaN(at.getTime())) return String(value)
  const entry = localeEntry(locale)
  return `${memo(`dateTime|${locale}`, () => new Intl.DateTimeFormat(tagOf(locale), {
    dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', hourCycle: entry?.hourCycle, numberingSystem: entry?.digits,
  })).format(at)} UTC`
}

/** A number of credits as the document's language writes it (up to two decimals, as explainTrail does); a dash for none. */
export function documentNumber(locale: string, value: number | null): string {
  if (value === null) return '–'
  return memo(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value)
}
