import { describe, expect, it } from 'vitest'
import { DEFAULT_PASSPORT_MARGIN_MONTHS, passportCovers, passportNeededUntil } from '../../shared/mobility/passport'
import { programInputSchema } from '../../shared/schemas/mobility'

describe('how long a passport must stay valid', () => {
  it('is the end of the mobility plus the margin, six months unless the program says otherwise', () => {
    expect(DEFAULT_PASSPORT_MARGIN_MONTHS).toBe(6)
    expect(passportNeededUntil('2027-07-15', 6)).toBe('2028-01-15')
    expect(passportNeededUntil('2027-07-15', 0)).toBe('2027-07-15')
    expect(passportNeededUntil('2027-12-01', 24)).toBe('2029-12-01')
  })

  it('ends on the last day of a shorter month', () => {
    expect(passportNeededUntil('2027-08-31', 6)).toBe('2028-02-29')
    expect(passportNeededUntil('2026-08-31', 6)).toBe('2027-02-28')
  })

  it('refuses a passport that expired long ago or runs out a day early, takes one that lasts to the day', () => {
    expect(passportCovers('2020-01-01', '2027-07-15', 6)).toBe(false)
    expect(passportCovers('2028-01-14', '2027-07-15', 6)).toBe(false)
    expect(passportCovers('2028-01-15', '2027-07-15', 6)).toBe(true)
  })

  it('lets a program set a margin of 0 to 24 months, never a negative or fractional one', () => {
    const program = {
      type: 'semester_exchange', title: { en: 'Exchange' }, hostInstitutionId: crypto.randomUUID(), sendingInstitutionIds: [crypto.randomUUID()],
      startsOn: '2027-02-15', endsOn: '2027-07-15', places: 2,
    }
    expect(programInputSchema.parse(program).passportMarginMonths).toBeUndefined()
    expect(programInputSchema.parse({ ...program, passportMarginMonths: 3 }).passportMarginMonths).toBe(3)
    for (const bad of [-1, 25, 1.5]) expect(programInputSchema.safeParse({ ...program, passportMarginMonths: bad }).success).toBe(false)
  })
})
