import { describe, expect, it } from 'vitest'
import { getCountryCallingCode } from 'libphonenumber-js'
import { CALLING_CODES, COMMUNITY_COUNTRIES, splitCallingCode } from '../../shared/countries'

describe('the community countries\' calling codes (the phone field\'s picker, without libphonenumber)', () => {
  it('are libphonenumber\'s, for every country', () => {
    for (const code of COMMUNITY_COUNTRIES) expect(CALLING_CODES[code], code).toBe(getCountryCallingCode(code))
  })

  it('split a stored number into its country and the number dialled there', () => {
    expect(splitCallingCode('+84912345678')).toEqual({ country: 'VN', national: '912345678' })
    expect(splitCallingCode('+8562055551234')).toEqual({ country: 'LA', national: '2055551234' })
    expect(splitCallingCode('+8613800138000')).toEqual({ country: 'CN', national: '13800138000' })
    expect(splitCallingCode('+6702345678')).toEqual({ country: 'TL', national: '2345678' })
    expect(splitCallingCode('+12025550123')).toBeUndefined()
    expect(splitCallingCode('')).toBeUndefined()
  })
})
