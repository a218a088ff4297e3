import { describe, expect, it } from 'vitest'
import {
  dayIn, eventsByDay, monthGridDays, placeDay, rangeOfDays, spansDays, startOfDayIn, stepAnchor, summariseDays, daysOfRange, viewDays, wallMinutes, weekStartOf,
} from '../../shared/calendar/events'

const event = (id: string, startsAt: string, endsAt = startsAt) => ({ id, startsAt, endsAt })

describe('month grid', () => {
  it('starts on Monday in Chinese and Vietnamese, on Sunday in Thai, English, Lao and Burmese, as CLDR says', () => {
    expect(['zh-CN', 'vi-VN', 'ms-MY'].map(weekStartOf)).toEqual([1, 1, 1])
    expect(['th-TH', 'en', 'lo-LA', 'my-MM', 'km-KH', 'id-ID', 'fil-PH'].map(weekStartOf)).toEqual([0, 0, 0, 0, 0, 0, 0])
  })

  it('shows March 2027 from Monday 1 March to Sunday 4 April when weeks start on Monday', () => {
    const days = monthGridDays('2027-03-17', 1)
    expect(days[0]).toBe('2027-03-01')
    expect(days.at(-1)).toBe('2027-04-04')
    expect(days).toHaveLength(35)
  })

  it('shows March 2027 from Sunday 28 February to Saturday 3 April when weeks start on Sunday', () => {
    const days = monthGridDays('2027-03-01', 0)
    expect(days[0]).toBe('2027-02-28')
    expect(days.at(-1)).toBe('2027-04-03')
    expect(days).toHaveLength(35)
  })

  it('takes six weeks for a month that needs them and four for February 2026 starting on a Sunday', () => {
    expect(monthGridDays('2026-08-10', 1)).toHaveLength(42) // 1 August 2026 is a Saturday
    expect(monthGridDays('2026-02-10', 0)).toEqual(Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`))
  })

  it('gives the week, the day and the month of days for the other views', () => {
    expect(viewDays('week', '2027-03-03', 1)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'])
    expect(viewDays('week', '2027-03-03', 0)[0]).toBe('2027-02-28')
    expect(viewDays('day', '2027-03-03', 0)).toEqual(['2027-03-03'])
    expect(viewDays('agenda', '2027-02-14', 0)).toHaveLength(28)
  })

  it('steps a month from 31 January to February, a week and a day', () => {
    expect(stepAnchor('month', '2027-01-31', 1)).toBe('2027-02-01')
    expect(stepAnchor('month', '2027-01-31', -1)).toBe('2026-12-01')
    expect(stepAnchor('week', '2027-03-01', -1)).toBe('2027-02-22')
    expect(stepAnchor('day', '2027-02-28', 1)).toBe('2027-03-01')
  })
})

describe('days in a zone without daylight saving (Bangkok, Shanghai)', () => {
  it('puts an event at 23:30 UTC on the next day in Bangkok and the same day in UTC', () => {
    expect(dayIn('2027-03-01T23:30:00Z', 'Asia/Bangkok')).toBe('2027-03-02')
    expect(dayIn('2027-03-01T23:30:00Z', 'UTC')).toBe('2027-03-01')
  })

  it('asks the API for the grid from local midnight to local midnight', () => {
    expect(rangeOfDays(['2027-03-01', '2027-03-02'], 'Asia/Shanghai')).toEqual({ from: '2027-02-28T16:00:00.000Z', to: '2027-03-02T16:00:00.000Z' })
  })

  it('lists a two-day seminar on both days and a deadline on its one day, earliest first', () => {
    const seminar = event('seminar', '2027-03-02T01:00:00Z', '2027-03-03T09:00:00Z')
    const deadline = event('deadline', '2027-03-02T00:00:00Z')
    const byDay = eventsByDay([seminar, deadline], ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'], 'Asia/Bangkok')
    expect(byDay.get('2027-03-01')).toEqual([])
    expect(byDay.get('2027-03-02')!.map(e => e.id)).toEqual(['deadline', 'seminar'])
    expect(byDay.get('2027-03-03')!.map(e => e.id)).toEqual(['seminar'])
    expect(byDay.get('2027-03-04')).toEqual([])
    expect(spansDays(seminar, 'Asia/Bangkok')).toBe(true)
  })

  it('does not carry an event ending at midnight into the next day', () => {
    const evening = event('evening', '2027-03-02T11:00:00Z', '2027-03-02T17:00:00Z') // 18:00–00:00 in Bangkok
    const byDay = eventsByDay([evening], ['2027-03-02', '2027-03-03'], 'Asia/Bangkok')
    expect(byDay.get('2027-03-03')).toEqual([])
    expect(spansDays(evening, 'Asia/Bangkok')).toBe(false)
  })

  it('places overlapping sessions side by side and a later one back in the full width', () => {
    const day = '2027-03-02'
    const placed = placeDay([
      event('a', '2027-03-02T02:00:00Z', '2027-03-02T04:00:00Z'), // 09:00–11:00 Bangkok
      event('b', '2027-03-02T03:00:00Z', '2027-03-02T05:00:00Z'), // 10:00–12:00
      event('c', '2027-03-02T04:30:00Z', '2027-03-02T05:30:00Z'), // 11:30–12:30: overlaps b only, takes a's freed column
      event('d', '2027-03-02T07:00:00Z', '2027-03-02T08:00:00Z'), // 14:00–15:00: alone
    ], day, 'Asia/Bangkok')
    const at = Object.fromEntries(placed.map(p => [p.event.id, p]))
    expect(at.a).toMatchObject({ top: 540, height: 120, column: 0, columns: 2 })
    expect(at.b).toMatchObject({ top: 600, height: 120, column: 1, columns: 2 })
    expect(at.c).toMatchObject({ top: 690, column: 0, columns: 2 })
    expect(at.d).toMatchObject({ top: 840, height: 60, column: 0, columns: 1 })
  })

  it('gives a deadline a visible height and keeps one at 23:59 inside the day', () => {
    const [late] = placeDay([event('late', '2027-03-02T16:59:00Z')], '2027-03-02', 'Asia/Bangkok')
    expect(late).toMatchObject({ top: 24 * 60 - 30, height: 30 })
  })
})

describe('days in a zone with daylight saving (Sydney, Europe/Berlin)', () => {
  it('starts 5 April 2026 in Sydney at local midnight, 25 hours before the next day (clocks go back)', () => {
    const start = startOfDayIn('2026-04-05', 'Australia/Sydney')
    const next = startOfDayIn('2026-04-06', 'Australia/Sydney')
    expect(start.toISOString()).toBe('2026-04-04T13:00:00.000Z')
    expect((next.getTime() - start.getTime()) / 3_600_000).toBe(25)
  })

  it('places a 09:00 Berlin session at 09:00 on the day clocks go forward, and at 09:00 the day before', () => {
    expect(wallMinutes('2026-03-29T07:00:00Z', '2026-03-29', 'Europe/Berlin')).toBe(540) // CEST, UTC+2
    expect(wallMinutes('2026-03-28T08:00:00Z', '2026-03-28', 'Europe/Berlin')).toBe(540) // CET, UTC+1
  })

  it('puts an event at 23:30 local time on its own day across the change', () => {
    const lateOnChangeDay = event('x', '2026-03-29T21:30:00Z') // 23:30 CEST
    const byDay = eventsByDay([lateOnChangeDay], ['2026-03-28', '2026-03-29', '2026-03-30'], 'Europe/Berlin')
    expect(byDay.get('2026-03-29')!.map(e => e.id)).toEqual(['x'])
    expect(byDay.get('2026-03-30')).toEqual([])
  })

  it('asks the API for a week that holds a change of clocks without losing or doubling an hour', () => {
    const { from, to } = rangeOfDays(viewDays('week', '2026-03-29', 1), 'Europe/Berlin')
    expect(from).toBe('2026-03-22T23:00:00.000Z')
    expect(to).toBe('2026-03-29T22:00:00.000Z')
  })
})

describe('a month of many events', () => {
  it('reads back the local days a requested span covers, across a change of clocks', () => {
    const days = viewDays('month', '2026-03-10', 1)
    const { from, to } = rangeOfDays(days, 'Europe/Berlin')
    expect(daysOfRange(from, to, 'Europe/Berlin')).toEqual(days)
  })

  it('keeps each day\'s first three and counts them all, a two-day event on both days', () => {
    const many = Array.from({ length: 10 }, (_, i) => event(`d2-${i}`, `2027-03-02T0${i}:00:00Z`))
    const long = event('long', '2027-03-01T10:00:00Z', '2027-03-02T10:00:00Z') // Shanghai: 18:00 on the 1st to 18:00 on the 2nd
    const { events, counts } = summariseDays([...many, long], ['2027-03-01', '2027-03-02', '2027-03-03'], 'Asia/Shanghai', 3)
    expect(counts).toEqual({ '2027-03-01': 1, '2027-03-02': 11, '2027-03-03': 0 })
    expect(events.map(e => e.id)).toEqual(['long', 'd2-0', 'd2-1']) // the 2nd: the long one (begun the day before) first
  })
})
