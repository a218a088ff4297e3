import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js'
import { z } from 'zod'

/**
 * A telephone number stored in E.164 (+66812345678), from what a person typed with spaces, dashes or
 * brackets; it must be a number that country's plan can dial. With allowEmpty, '' stays '' (a draft).
 * A module of its own: libphonenumber's metadata (about 60 KB gzipped) stays out of every page that imports the
 * other primitives (the calendar, the evaluation forms); the phone field loads it when first used.
 */
export function phoneNumber(allowEmpty = false) {
  return z.string().trim().max(40)
    .refine(v => (allowEmpty && v === '') || isValidPhoneNumber(v), { message: 'not_a_phone' })
    .transform(v => (v === '' ? '' : parsePhoneNumber(v).number as string))
}
