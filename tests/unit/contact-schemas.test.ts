import { describe, expect, it } from 'vitest'
import { email } from '../../shared/schemas/primitives'
import { phoneNumber } from '../../shared/schemas/phone'
import { applicationSaveSchema } from '../../shared/schemas/mobility'
import { parseOr422 } from '../../server/utils/validate'

describe('telephone numbers', () => {
  it('are stored in E.164 whatever spacing people type', () => {
    expect(phoneNumber().parse('+84 912 345 678')).toBe('+84912345678')
    expect(phoneNumber().parse(' +66 (81) 234-5678 ')).toBe('+66812345678')
    expect(phoneNumber().parse('+856 20 5555 1234')).toBe('+8562055551234')
  })

  it('refuse letters, numbers too short for their country, and numbers without a country code', () => {
    for (const bad of ['abc', '+84 1', '0812345678', '+66 81', '']) expect(phoneNumber().safeParse(bad).success).toBe(false)
  })

  it('may stay empty in a draft, but not be wrong there', () => {
    expect(phoneNumber(true).parse('')).toBe('')
    expect(phoneNumber(true).safeParse('abc').success).toBe(false)
  })
})

describe('e-mail addresses', () => {
  it('are trimmed and lower-cased, and refused when they are not addresses', () => {
    expect(email.parse('  Lan.Nguyen@Example.EDU.vn ')).toBe('lan.nguyen@example.edu.vn')
    for (const bad of ['lan', 'lan@', '@example.com', 'lan@@example.com']) expect(email.safeParse(bad).success).toBe(false)
  })
})

describe('the application form', () => {
  const save = (phone: string) => ({ revision: 1, form: { emergencyContact: { name: 'Binh', phone, relation: 'father' } } })

  it('refuses an emergency phone "abc" with a 422 naming the field', () => {
    expect(() => parseOr422(applicationSaveSchema, save('abc'))).toThrow(expect.objectContaining({
      statusCode: 422, data: expect.objectContaining({ params: { field: 'form.emergencyContact.phone' } }),
    }))
  })

  it('keeps a valid emergency phone in E.164', () => {
    expect(parseOr422(applicationSaveSchema, save('+84 912 345 678')).form.emergencyContact.phone).toBe('+84912345678')
  })
})
