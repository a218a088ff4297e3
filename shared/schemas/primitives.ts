import { z } from 'zod'
import { isIscedCode } from '../isced'

/**
 * The building blocks every schema in shared/schemas uses, so bad input is refused (422, naming the
 * field) before it reaches SQL: texts Postgres can store, real calendar days, amounts that fit
 * numeric(14,2), integers that fit int4.
 */

/** NUL (Postgres text and jsonb cannot hold it) or a lone UTF-16 surrogate (no UTF-8 form: jsonb refuses it, text mangles it). */
const UNSTORABLE = /\u0000|[\uD800-\uDFFF]/u
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value)
}

/**
 * Invisible characters that make a name pose as another: bidi embeddings, overrides, isolates and marks,
 * zero-width space, word joiner, byte-order mark. U+200C/U+200D (ZWNJ/ZWJ) stay: Khmer, Myanmar and Indic shaping need them.
 */
const DISGUISING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B\u2060\uFEFF]/g
export function withoutDisguise(value: string): string {
  return value.replace(DISGUISING, '')
}

/** Free text (a reason, a note, a motivation): trimmed, storable, at most max characters. */
export function text(max: number) {
  return z.string().trim().max(max).refine(isStorableText, { message: 'unstorable' })
}

/** A name or title people read to recognise someone or something: text without disguising characters, at least min characters. */
export function nameText(max: number, min = 1) {
  return z.string().overwrite(withoutDisguise).trim().min(min).max(max).refine(isStorableText, { message: 'unstorable' })
}

export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

/** Whether y-m-d is a day the calendar has, within the years the portal takes. */
function isRealDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR) return false
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/** An ISO calendar date, e.g. 2026-09-01: a real day (no 2026-02-30), years 1900–2200 (no 0000, no 99999). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not_a_day' }).refine((v) => {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number]
  return isRealDay(y, m, d)
}, { message: 'not_a_day' })

/**
 * A wall-clock time as a form writes it, e.g. 2026-12-03T09:30, years 1900–2200. Whether that day and
 * minute exist in the zone (2026-02-30, a DST gap) the service decides, with a message that says so.
 */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'not_a_day' }).refine((v) => {
  const year = Number(v.slice(0, 4))
  return year >= MIN_YEAR && year <= MAX_YEAR
}, { message: 'year_out_of_range' })

/** An academic year, e.g. 2026/2027: two consecutive years within 1900–2200. */
export const academicYear = z.string().regex(/^\d{4}\/\d{4}$/).refine((v) => {
  const first = Number(v.slice(0, 4))
  return first >= MIN_YEAR && first < MAX_YEAR && Number(v.slice(5)) === first + 1
})

/** Whether a number has at most `scale` decimals (0.1 + 0.2 counts as 0.3: what a form sends, not float noise). */
function hasScale(value: number, scale: number): boolean {
  return Number(value.toFixed(scale)) === value || Math.abs(value - Number(value.toFixed(scale))) < 1e-9
}

/** A decimal that fits numeric(precision, scale) and is ≥ 0, e.g. decimal(14, 2) ≤ 999 999 999 999.99. */
export function decimal(precision: number, scale: number, max = Number((10 ** (precision - scale) - 10 ** -scale).toFixed(scale))) {
  return z.number().min(0).max(max).refine(v => hasScale(v, scale), { message: 'too_many_decimals' })
}

/** Money in the ledger: numeric(14, 2), at most 12 integer digits and 2 decimals. */
export const amount = decimal(14, 2)

export const INT4_MAX = 2_147_483_647

/** A whole number that fits Postgres integer (int4), from min. */
export function int4(min = 0) {
  return z.number().int().min(min).max(INT4_MAX)
}

/** A whole number in a query string (?limit=50): coerced, then bounded like int4 (or below max). */
export function queryInt(min = 0, max = INT4_MAX) {
  return z.coerce.number().int().min(min).max(max)
}

/** An e-mail address as people sign in with it: trimmed, lower-cased, at most 254 characters (RFC 5321). */
export const email = z.string().trim().toLowerCase().max(254).email().refine(isStorableText)

/** A field of study the ISCED-F 2013 list names (shared/isced.ts); any other code is refused (422, naming the field). */
export const iscedCode = z.string().max(4).refine((code): boolean => isIscedCode(code))
