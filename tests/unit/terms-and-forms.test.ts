import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { academicYearsOfTerm, academicYearToShow, addMonthsTo } from '../../shared/dates'
import { canStartRenewal, partyActions, renewalOpensOn } from '../../shared/agreements/lifecycle'
import { emailIssue, issueMessage, issuesOf, requiredIssue } from '../../shared/forms/issues'
import { pathWithoutLocale } from '../../shared/locales'
import { email, isoDate, nameText } from '../../shared/schemas/primitives'
import { phoneNumber } from '../../shared/schemas/phone'

describe('quota years cover the whole term', () => {
  it('lists every academic year a five-year term touches, not only the next three', () => {
    expect(academicYearsOfTerm('2026-09-01', '2031-08-31')).toEqual(['2026/2027', '2027/2028', '2028/2029', '2029/2030', '2030/2031'])
    // A term from March to the next October touches three academic years.
    expect(academicYearsOfTerm('2027-03-01', '2028-10-15')).toEqual(['2026/2027', '2027/2028', '2028/2029'])
  })

  it('shows the year running today, else the nearest end of the term', () => {
    expect(academicYearToShow('2026-09-01', '2031-08-31', '2028-01-10')).toBe('2027/2028')
    expect(academicYearToShow('2029-09-01', '2034-08-31', '2026-12-05')).toBe('2029/2030')
    expect(academicYearToShow('2019-09-01', '2024-08-31', '2026-12-05')).toBe('2023/2024')
  })
})

describe('the renewal window: the last six months of the term', () => {
  it('opens six months before the end, the day clamped to the month', () => {
    expect(addMonthsTo('2031-08-31', -6)).toBe('2031-02-28')
    expect(addMonthsTo('2032-01-15', -6)).toBe('2031-07-15')
    expect(renewalOpensOn('2031-08-31')).toBe('2031-02-28')
  })

  it('offers "start renewal" only to an agreement in force within the window', () => {
    expect(canStartRenewal('active', '2031-08-31', '2031-02-27')).toBe(false)
    expect(canStartRenewal('active', '2031-08-31', '2031-02-28')).toBe(true)
    expect(canStartRenewal('expiring', '2031-08-31', '2031-08-31')).toBe(true)
    expect(canStartRenewal('draft', '2031-08-31', '2031-06-01')).toBe(false)
    expect(partyActions('active', '2031-08-31', '2026-12-05')).not.toContain('start_renewal')
    expect(partyActions('active', '2031-08-31', '2031-06-01')).toContain('start_renewal')
  })
})

describe('what a form says about a field, from the server or its own check', () => {
  const say = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value)
    if (result.success) return null
    return issueMessage(issuesOf(result.error, value)[0]!)
  }

  it('names required, too short, too long, e-mail, date and phone by what is wrong', () => {
    const body = z.object({ name: nameText(10, 3), mail: email, day: isoDate, phone: phoneNumber() })
    const issues = (value: unknown) => {
      const result = body.safeParse(value)
      return result.success ? [] : issuesOf(result.error, value).map(i => ({ path: i.path, ...issueMessage(i) }))
    }
    expect(issues({ name: '', mail: 'x', day: '2026-02-30', phone: '123' })).toEqual([
      { path: 'name', key: 'forms.issues.required', params: {} },
      { path: 'mail', key: 'forms.issues.invalidEmail', params: {} },
      { path: 'day', key: 'forms.issues.invalidDate', params: {} },
      { path: 'phone', key: 'forms.issues.invalidPhone', params: {} },
    ])
    expect(say(nameText(10, 3), 'ab')).toEqual({ key: 'forms.issues.tooShort', params: { min: 3 } })
    expect(say(nameText(10, 3), 'abcdefghijkl')).toEqual({ key: 'forms.issues.tooLong', params: { max: 10 } })
    expect(say(isoDate, '5 May')).toEqual({ key: 'forms.issues.invalidDate', params: {} })
    expect(say(z.object({ places: z.number().int().max(1000) }), { places: 5000 })).toEqual({ key: 'forms.issues.tooLarge', params: { max: 1000 } })
    expect(say(z.object({ a: z.string() }), {})).toEqual({ key: 'forms.issues.required', params: {} })
  })

  it('the form\'s own checks say the same as the server', () => {
    expect(issueMessage(requiredIssue('title', { th: '  ' })!)).toEqual(say(nameText(10), ''))
    expect(requiredIssue('title', { vi: 'Hợp đồng' })).toBeNull()
    expect(issueMessage(emailIssue('email', 'someone@')!)).toEqual(say(email, 'someone@'))
    expect(emailIssue('email', 'người@example.vn')).not.toBeNull()
    expect(emailIssue('email', 'a.b@uni.ac.th')).toBeNull()
    expect(issueMessage(emailIssue('email', '')!)).toEqual({ key: 'forms.issues.required', params: {} })
  })
})

describe('a draft belongs to the page whatever its language', () => {
  it('keys /th/… and /vi/… alike, with the query, and leaves other paths alone', () => {
    expect(pathWithoutLocale('/th/agreements/new')).toBe('/agreements/new')
    expect(pathWithoutLocale('/vi/agreements/new')).toBe('/agreements/new')
    expect(pathWithoutLocale('/fil/mobility/calls/new?program=42')).toBe('/mobility/calls/new?program=42')
    expect(pathWithoutLocale('/km?x=1')).toBe('/?x=1')
    expect(pathWithoutLocale('/my')).toBe('/')
    // A path that only starts like a locale code is not one.
    expect(pathWithoutLocale('/thailand/page')).toBe('/thailand/page')
  })
})
