import { describe, expect, it } from 'vitest'
import { localDays, localWallClock, outsideWorkingHours, sharedAudience, spansOverlap, touchesPeriod } from '../../shared/calendar/warnings'

const span = (startsAt: string, endsAt: string) => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) })

describe('overlap of two sessions', () => {
  it('overlaps when they share any minute, not when one ends as the other starts', () => {
    expect(spansOverlap(span('2027-03-15T01:00Z', '2027-03-15T04:00Z'), span('2027-03-15T03:59Z', '2027-03-15T05:00Z'))).toBe(true)
    expect(spansOverlap(span('2027-03-15T01:00Z', '2027-03-15T04:00Z'), span('2027-03-15T04:00Z', '2027-03-15T05:00Z'))).toBe(false)
    expect(spansOverlap(span('2027-03-15T01:00Z', '2027-03-15T09:00Z'), span('2027-03-15T02:00Z', '2027-03-15T03:00Z'))).toBe(true)
  })
})

describe('the days a session touches in a partner\'s zone', () => {
  it('07:00 in Beijing on the 13th is the 13th in Bangkok (06:00) and in Yangon (05:30)', () => {
    expect(localDays(span('2026-04-12T23:00Z', '2026-04-13T02:00Z'), 'Asia/Bangkok')).toEqual(['2026-04-13'])
    expect(localWallClock(new Date('2026-04-12T23:00Z'), 'Asia/Yangon')).toBe('2026-04-13T05:30')
  })
  it('a late-evening session in Beijing that runs past midnight in Manila touches two days there; one ending at midnight touches one', () => {
    expect(localDays(span('2026-04-12T14:00Z', '2026-04-12T17:00Z'), 'Asia/Manila')).toEqual(['2026-04-12', '2026-04-13'])
    expect(localDays(span('2026-04-12T14:00Z', '2026-04-12T16:00Z'), 'Asia/Manila')).toEqual(['2026-04-12'])
  })
  it('a 07:30 start in Beijing is 06:30 in Bangkok the same day', () => {
    expect(localWallClock(new Date('2026-04-12T23:30Z'), 'Asia/Shanghai')).toBe('2026-04-13T07:30')
    expect(localWallClock(new Date('2026-04-12T23:30Z'), 'Asia/Bangkok')).toBe('2026-04-13T06:30')
  })
  it('a day within a period counts, both ends included', () => {
    expect(touchesPeriod(['2027-03-05'], '2027-02-22', '2027-03-05')).toBe(true)
    expect(touchesPeriod(['2027-03-06'], '2027-02-22', '2027-03-05')).toBe(false)
  })
})

describe('working hours in a partner\'s zone (08:00–20:00)', () => {
  it('a 09:00–12:00 Beijing session is 08:00–11:00 in Bangkok: fine', () => {
    expect(outsideWorkingHours(span('2027-03-15T01:00Z', '2027-03-15T04:00Z'), 'Asia/Bangkok')).toBeNull()
  })
  it('a 22:00 Beijing session is 21:00 in Bangkok: flagged with the local times', () => {
    expect(outsideWorkingHours(span('2027-03-15T14:00Z', '2027-03-15T15:30Z'), 'Asia/Bangkok')).toEqual({ localStart: '2027-03-15T21:00', localEnd: '2027-03-15T22:30' })
  })
  it('08:30 in Beijing is 07:30 in Hanoi, and 06:00 in Yangon is too early; ending at exactly 20:00 is fine', () => {
    expect(outsideWorkingHours(span('2027-03-15T00:30Z', '2027-03-15T02:00Z'), 'Asia/Ho_Chi_Minh')?.localStart).toBe('2027-03-15T07:30')
    expect(outsideWorkingHours(span('2027-03-15T11:00Z', '2027-03-15T13:00Z'), 'Asia/Bangkok')).toBeNull()
    expect(outsideWorkingHours(span('2027-03-15T11:00Z', '2027-03-15T13:01Z'), 'Asia/Bangkok')).not.toBeNull()
  })
  it('a session running past midnight there is flagged', () => {
    expect(outsideWorkingHours(span('2027-03-15T10:00Z', '2027-03-15T18:00Z'), 'Asia/Manila')).toEqual({ localStart: '2027-03-15T18:00', localEnd: '2027-03-16T02:00' })
  })
})

describe('the same audience', () => {
  it('two trainings inviting the same partner compete; a seminar inviting it does not', () => {
    expect(sharedAudience({ kind: 'training', inviteeIds: ['th', 'la'], eligibleRoles: [] }, { kind: 'training', inviteeIds: ['la', 'mm'], eligibleRoles: [] }))
      .toEqual({ reason: 'invitees', institutionIds: ['la'] })
    expect(sharedAudience({ kind: 'training', inviteeIds: ['th'], eligibleRoles: [] }, { kind: 'seminar', inviteeIds: ['th'], eligibleRoles: [] })).toBeNull()
  })
  it('two activities for exactly the same roles compete whatever their kind; open to everyone, they do not', () => {
    expect(sharedAudience({ kind: 'webinar', inviteeIds: [], eligibleRoles: ['teacher', 'office_staff'] }, { kind: 'seminar', inviteeIds: [], eligibleRoles: ['office_staff', 'teacher'] }))
      .toEqual({ reason: 'roles', roles: ['office_staff', 'teacher'] })
    expect(sharedAudience({ kind: 'webinar', inviteeIds: [], eligibleRoles: ['teacher'] }, { kind: 'seminar', inviteeIds: [], eligibleRoles: ['teacher', 'student'] })).toBeNull()
    expect(sharedAudience({ kind: 'webinar', inviteeIds: [], eligibleRoles: [] }, { kind: 'webinar', inviteeIds: [], eligibleRoles: [] })).toBeNull()
  })
})
