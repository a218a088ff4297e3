import { TZDate } from '@date-fns/tz'
import { addMonths, format, formatISO, parseISO } from 'date-fns'

/** The community's own zone (the secretariat sits in Nanning) and today's date in a zone, defined beside the viewer's zone. */
export { COMMUNITY_TIME_ZONE, todayIn } from './zone-basics'

/** The academic year (September to August) a calendar day falls in, e.g. 2026-10-01 → 2026/2027, 2026-08-31 → 2025/2026. */
export function academicYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4))
  const start = Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1
  return `${start}/${start + 1}`
}

/** The academic year of isoDate and the count - 1 after it: 2026-10-01, 3 → 2026/2027, 2027/2028, 2028/2029. */
export function academicYearsFrom(isoDate: string, count: number): string[] {
  const first = Number(academicYearOf(isoDate).slice(0, 4))
  return Array.from({ length: count }, (_, i) => `${first + i}/${first + i + 1}`)
}

/** Whether something running startsOn..endsOn (calendar days) covers any part of an academic year. */
export function coversAcademicYear(startsOn: string, endsOn: string, academicYear: string): boolean {
  const first = Number(academicYear.slice(0, 4))
  return startsOn <= `${first + 1}-08-31` && endsOn >= `${first}-09-01`
}

/** Every academic year a term starting startsOn and ending endsOn touches: 2026-09-01..2031-08-31 → 2026/2027 … 2030/2031. */
export function academicYearsOfTerm(startsOn: string, endsOn: string): string[] {
  const first = Number(academicYearOf(startsOn).slice(0, 4))
  const last = Number(academicYearOf(endsOn < startsOn ? startsOn : endsOn).slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, i) => `${first + i}/${first + i + 1}`)
}

/** The year of a term to show first: the one running today, else the nearest end of the term. */
export function academicYearToShow(startsOn: string, endsOn: string, today: string): string {
  const years = academicYearsOfTerm(startsOn, endsOn)
  const now = academicYearOf(today)
  if (years.includes(now)) return now
  return today < startsOn ? years[0]! : years.at(-1)!
}

/** A calendar day months before (negative) or after isoDate, the day clamped to the month's end (08-31 − 6 months → 02-28). */
export function addMonthsTo(isoDate: string, months: number): string {
  return formatISO(addMonths(parseISO(isoDate), months), { representation: 'date' })
}

/** The wall-clock time of an instant in a zone, as forms write it: 2026-12-03T09:30 (the inverse of wallClockToInstant). */
export function wallClockOf(at: Date | string, timeZone: string): string {
  return format(new TZDate(new Date(at).getTime(), timeZone), 'yyyy-MM-dd\'T\'HH:mm')
}

/**
 * The instant of a wall-clock time in a zone, as forms write it: 2026-12-03T09:30 in Asia/Bangkok is
 * 2026-12-03T02:30Z. Null for a calendar date or time that does not exist (2026-02-30). Meetings,
 * calls and incidents all take their times this way.
 */
export function wallClockToInstant(local: string, timeZone: string): Date | null {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  const asWritten = new Date(Date.UTC(y, mo - 1, d, h, mi))
  if (Number.isNaN(asWritten.getTime()) || asWritten.toISOString().slice(0, 16) !== local) return null
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime())
}
