import { TZDate } from '@date-fns/tz'

/**
 * Today's calendar day (YYYY-MM-DD) where the person or the community is, not in UTC: before 08:00 in Beijing the
 * UTC date is still yesterday. The same on the server (lifecycle runs, quotas) and in the browser (form defaults).
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const there = new TZDate(now.getTime(), timeZone)
  const month = String(there.getMonth() + 1).padStart(2, '0')
  const day = String(there.getDate()).padStart(2, '0')
  return `${there.getFullYear()}-${month}-${day}`
}

/** The community's own zone (the secretariat sits in Nanning): its dates decide what "today" is for shared work. */
export const COMMUNITY_TIME_ZONE = 'Asia/Shanghai'

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
