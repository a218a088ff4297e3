import { describe, expect, it } from 'vitest'
import { academicYearOf, academicYearsFrom, coversAcademicYear, todayIn } from '../../shared/dates'
import { COMMUNITY_TIME_ZONES, otherTimeZones } from '../../shared/time-zones'

describe('todayIn', () => {
  it('is already tomorrow in Beijing from 08:00 on, when UTC still has yesterday', () => {
    // 2026-12-04 23:59:59 UTC is 2026-12-05 07:59:59 in Beijing (UTC+8, no daylight saving).
    expect(todayIn('Asia/Shanghai', new Date('2026-12-04T23:59:59Z'))).toBe('2026-12-05')
    expect(todayIn('UTC', new Date('2026-12-04T23:59:59Z'))).toBe('2026-12-04')
    // Just before midnight in Beijing (15:59:59 UTC) it is still the same day there.
    expect(todayIn('Asia/Shanghai', new Date('2026-12-05T15:59:59Z'))).toBe('2026-12-05')
    expect(todayIn('Asia/Shanghai', new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06')
  })

  it('follows each zone of the community, and crosses months and years', () => {
    const newYearUtc = new Date('2026-12-31T17:30:00Z')
    expect(todayIn('Asia/Bangkok', newYearUtc)).toBe('2027-01-01') // 00:30, UTC+7
    expect(todayIn('Asia/Yangon', newYearUtc)).toBe('2027-01-01') // 00:00, UTC+6:30
    expect(todayIn('Asia/Jakarta', new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31') // 23:59:59, UTC+7
    expect(todayIn('Asia/Manila', new Date('2027-02-28T16:00:00Z'))).toBe('2027-03-01')
  })

  it('uses the current time when none is given', () => {
    expect(todayIn('UTC')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('academic years (September to August)', () => {
  it('starts on 1 September and ends on 31 August', () => {
    expect(academicYearOf('2026-08-31')).toBe('2025/2026')
    expect(academicYearOf('2026-09-01')).toBe('2026/2027')
    expect(academicYearOf('2027-01-01')).toBe('2026/2027')
    expect(academicYearOf('2026-12-31')).toBe('2026/2027')
  })

  it('lists the current year and the following ones', () => {
    expect(academicYearsFrom('2026-08-31', 3)).toEqual(['2025/2026', '2026/2027', '2027/2028'])
    expect(academicYearsFrom('2026-09-01', 2)).toEqual(['2026/2027', '2027/2028'])
  })

  it('tells whether a running period touches the year at its edges', () => {
    expect(coversAcademicYear('2027-08-31', '2030-01-01', '2026/2027')).toBe(true)
    expect(coversAcademicYear('2027-09-01', '2030-01-01', '2026/2027')).toBe(false)
    expect(coversAcademicYear('2020-01-01', '2026-09-01', '2026/2027')).toBe(true)
    expect(coversAcademicYear('2020-01-01', '2026-08-31', '2026/2027')).toBe(false)
  })

  it('agrees with todayIn at the Beijing boundary on 1 September', () => {
    const lateAugustUtc = new Date('2026-08-31T16:30:00Z') // 00:30 on 1 September in Beijing
    expect(academicYearOf(todayIn('Asia/Shanghai', lateAugustUtc))).toBe('2026/2027')
    expect(academicYearOf(todayIn('UTC', lateAugustUtc))).toBe('2025/2026')
  })
})

describe('community time zones', () => {
  it('are real zones, listed once, and not repeated among the others', () => {
    // Intl lists some zones by older names (Asia/Saigon, Asia/Rangoon) but accepts the current ones.
    for (const zone of COMMUNITY_TIME_ZONES) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow()
    expect(new Set(COMMUNITY_TIME_ZONES).size).toBe(COMMUNITY_TIME_ZONES.length)
    const others = otherTimeZones()
    expect(others.some(zone => (COMMUNITY_TIME_ZONES as readonly string[]).includes(zone))).toBe(false)
  })
})
