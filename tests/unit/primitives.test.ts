import { describe, expect, it } from 'vitest'
import { localizedNameSchema, localizedTextSchema } from '#shared/schemas/localized'
import { amount, int4, isoDate, localDateTime, nameText, queryInt, text } from '#shared/schemas/primitives'
import { ledgerEntrySchema } from '#shared/schemas/agreements'
import { signUpSchema } from '#shared/schemas/platform'

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success

describe('text Postgres can store', () => {
  it('refuses NUL and lone surrogates, keeps paired ones (emoji, rare CJK)', () => {
    expect(ok(text(50), 'a\u0000b')).toBe(false)
    expect(ok(text(50), 'a\uD800b')).toBe(false)
    expect(ok(text(50), 'a\uDC00')).toBe(false)
    expect(text(50).parse(' 𠮷野家 😀 ')).toBe('𠮷野家 😀')
  })

  it('refuses them inside localized texts too', () => {
    expect(ok(localizedTextSchema(50), { en: 'ok', th: 'a\u0000' })).toBe(false)
    expect(ok(localizedTextSchema(50), { km: '\uDFFF' })).toBe(false)
  })
})

describe('names without disguise', () => {
  it('strips bidi overrides, isolates, marks and zero-width characters', () => {
    expect(nameText(50).parse('\u202EnimdA\u202C \u2066Lan\u2069\u200B\u2060\uFEFF\u200E\u200F')).toBe('nimdA Lan')
    expect(signUpSchema.parse({ email: 'a@b.example', password: 'long-enough-1', displayName: '\u202Esecretariat\u200B' }).displayName).toBe('secretariat')
  })

  it('keeps ZWNJ and ZWJ, which Khmer, Myanmar and Indic text needs to shape correctly', () => {
    expect(nameText(50).parse('ក្\u200Dស \u200Cx')).toBe('ក្\u200Dស \u200Cx')
  })

  it('refuses a name that is only invisible characters, and drops such a translation from a localized name', () => {
    expect(ok(nameText(50), '\u200B\u202E ')).toBe(false)
    expect(localizedNameSchema(50).parse({ en: 'Nanning\u200B', th: '\u200B' })).toEqual({ en: 'Nanning' })
  })
})

describe('dates', () => {
  it.each(['2026-09-01', '2024-02-29', '1900-01-01', '2200-12-31'])('takes %s', (v) => { expect(ok(isoDate, v)).toBe(true) })
  it.each(['0000-01-01', '99999-01-01', '2026-02-30', '2025-02-29', '1899-12-31', '2201-01-01', '2026-13-01', '2026-9-1'])('refuses %s', (v) => {
    expect(ok(isoDate, v)).toBe(false)
  })
  it('takes wall-clock times in 1900–2200 (the service names a day or minute that does not exist)', () => {
    expect(ok(localDateTime, '2026-12-03T09:30')).toBe(true)
    for (const v of ['0000-01-01T00:00', '1899-12-31T23:59', '2201-01-01T00:00', '99999-01-01T00:00', '2026-12-03 09:30']) expect(ok(localDateTime, v)).toBe(false)
  })
})

describe('amounts that fit numeric(14, 2)', () => {
  it('takes up to 12 integer digits and 2 decimals', () => {
    for (const v of [0, 0.07, 1250.75, 0.1 + 0.2, 999_999_999_999.99]) expect(ok(amount, v)).toBe(true)
  })
  it('refuses more digits, more decimals, negatives and non-numbers', () => {
    for (const v of [1e12, 1e30, 0.001, 12.345, -1, Number.NaN, Infinity, '12']) expect(ok(amount, v)).toBe(false)
    expect(ok(ledgerEntrySchema.shape.amount, 1e12)).toBe(false)
  })
})

describe('integers that fit int4', () => {
  it('refuses numbers beyond int4 in bodies and query strings', () => {
    expect(ok(int4(1), 2_147_483_647)).toBe(true)
    expect(ok(int4(1), 2_147_483_648)).toBe(false)
    expect(ok(int4(1), 99_999_999_999)).toBe(false)
    expect(ok(queryInt(1), '99999999999')).toBe(false)
    expect(ok(queryInt(1), '1e30')).toBe(false)
    expect(ok(queryInt(1), '1.5')).toBe(false)
    expect(queryInt(1).parse('42')).toBe(42)
  })
})
