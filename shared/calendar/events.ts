import { TZDate } from '@date-fns/tz'
import { addDays, addMonths, formatISO, parseISO } from 'date-fns'
import type { LocalizedText } from '../localized-text'
import { ACTIVITY_KINDS, type ActivityKind } from './vocabulary'

/**
 * What the calendar shows, from three sources: activity sessions, governance meetings, mobility call deadlines.
 * The pure layout helpers below decide which calendar days a view covers and where each event sits in it, in the
 * reader's zone; the server and the browser run the same code, so the page the server renders is the one hydrated.
 */

export const CALENDAR_EVENT_KINDS = ['activity', 'session', 'meeting', 'deadline'] as const
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number]

/** What the kind filter takes (?kind=training): an activity's kind, a meeting or a deadline. */
export const CALENDAR_FILTER_KINDS = [...ACTIVITY_KINDS, 'meeting', 'deadline'] as const
export type CalendarFilterKind = (typeof CALENDAR_FILTER_KINDS)[number]

export const CALENDAR_VIEWS = ['month', 'week', 'day', 'agenda'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

export interface CalendarEvent {
  id: string
  kind: CalendarEventKind
  activityKind?: ActivityKind
  title: LocalizedText
  /** ISO instants; a deadline is a point: endsAt equals startsAt. */
  startsAt: string
  endsAt: string
  /** Where it happens: shown beside the reader's own time when the two differ. */
  timeZone: string
  href: string
  organiserIds: string[]
  countries: string[]
  languages: string[]
  mine: boolean
}

/** The widest span one request may ask for: a month grid of six weeks and a day either side for zones. */
export const MAX_RANGE_DAYS = 45

/** Whether an event passes the filter kind (?kind=training matches an activity or session of that kind). */
export function matchesKind(event: Pick<CalendarEvent, 'kind' | 'activityKind'>, kind: CalendarFilterKind): boolean {
  if (kind === 'meeting' || kind === 'deadline') return event.kind === kind
  return event.activityKind === kind
}

const iso = (d: Date) => formatISO(d, { representation: 'date' })

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(instant: string | Date, zone: string): string {
  const there = new TZDate(new Date(instant).getTime(), zone)
  return `${there.getFullYear()}-${String(there.getMonth() + 1).padStart(2, '0')}-${String(there.getDate()).padStart(2, '0')}`
}

/** The instant a calendar day begins in a zone (its local midnight; 23 or 25 hours before the next on a DST change). */
export function startOfDayIn(day: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, zone).getTime())
}

/** Minutes since the local midnight of `day` in a zone, by the wall clock (a 09:00 start is 540 on any day). */
export function wallMinutes(instant: string | Date, day: string, zone: string): number {
  const at = new Date(instant)
  if (at.getTime() <= startOfDayIn(day, zone).getTime()) return 0
  if (at.getTime() >= startOfDayIn(iso(addDays(parseISO(day), 1)), zone).getTime()) return 24 * 60
  const there = new TZDate(at.getTime(), zone)
  return there.getHours() * 60 + there.getMinutes()
}

/** The day `count` days after (negative: before) an ISO day. */
export function addDaysTo(day: string, count: number): string {
  return iso(addDays(parseISO(day), count))
}

/** The first day of the week that holds `day`, weeks starting on weekStartsOn (0 Sunday … 6 Saturday). */
export function weekStart(day: string, weekStartsOn: number): string {
  const weekday = parseISO(day).getDay()
  return addDaysTo(day, -((weekday - weekStartsOn + 7) % 7))
}

/** The days of a month grid: whole weeks from the week of the 1st to the week of the last day (28 to 42 days). */
export function monthGridDays(day: string, weekStartsOn: number): string[] {
  const first = `${day.slice(0, 7)}-01`
  const last = iso(addDays(addMonths(parseISO(first), 1), -1))
  const days: string[] = []
  for (let d = weekStart(first, weekStartsOn); d <= last || days.length % 7 !== 0; d = addDaysTo(d, 1)) days.push(d)
  return days
}

/** The calendar days a view shows for an anchor day: the month grid, the week, the day, or the month's days (agenda). */
export function viewDays(view: CalendarView, day: string, weekStartsOn: number): string[] {
  if (view === 'month') return monthGridDays(day, weekStartsOn)
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDaysTo(weekStart(day, weekStartsOn), i))
  if (view === 'day') return [day]
  const first = `${day.slice(0, 7)}-01`
  const count = Number(iso(addDays(addMonths(parseISO(first), 1), -1)).slice(8))
  return Array.from({ length: count }, (_, i) => addDaysTo(first, i))
}

/** The instants [from, to) a list of consecutive days covers in a zone: what the page asks the API for. */
export function rangeOfDays(days: string[], zone: string): { from: string; to: string } {
  return { from: startOfDayIn(days[0]!, zone).toISOString(), to: startOfDayIn(addDaysTo(days.at(-1)!, 1), zone).toISOString() }
}

/** The anchor day one step earlier (-1) or later (1): a month, a week or a day. */
export function stepAnchor(view: CalendarView, day: string, direction: 1 | -1): string {
  if (view === 'week') return addDaysTo(day, 7 * direction)
  if (view === 'day') return addDaysTo(day, direction)
  return iso(addMonths(parseISO(`${day.slice(0, 7)}-01`), direction))
}

// Plain comparisons: ISO instants of one format sort as strings, and localeCompare (ICU collation) is slow on thousands.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
function sortByStart<T extends Pick<CalendarEvent, 'startsAt' | 'endsAt' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => cmp(a.startsAt, b.startsAt) || cmp(b.endsAt, a.endsAt) || cmp(a.id, b.id))
}

/** The last index i with bounds[i] <= at (bounds ascending), or -1. */
function lastAtOrBefore(bounds: number[], at: number): number {
  let low = 0
  let high = bounds.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (bounds[mid]! > at) {
      high = mid - 1
      continue
    }
    found = mid
    low = mid + 1
  }
  return found
}

/**
 * Each day's events in a zone, earliest first: an event appears on every day it touches (a two-day seminar on both),
 * a deadline on the day it falls. `days` are consecutive; days outside them are left out. Each day's local midnight
 * is found once, and events are placed by comparing instants, so thousands of events cost no date arithmetic each.
 */
export function eventsByDay<T extends Pick<CalendarEvent, 'startsAt' | 'endsAt' | 'id'>>(events: readonly T[], days: string[], zone: string): Map<string, T[]> {
  const lists = days.map(() => [] as T[])
  if (!days.length) return new Map()
  // bounds[i] is day i's local midnight; bounds[days.length] the end of the last day.
  const bounds = [...days, addDaysTo(days.at(-1)!, 1)].map(d => startOfDayIn(d, zone).getTime())
  for (const event of sortByStart(events)) {
    const start = Date.parse(event.startsAt)
    const endsLater = event.endsAt > event.startsAt
    // An end exactly at midnight belongs to the day before: 09:00–00:00 is one day.
    const end = endsLater ? Date.parse(event.endsAt) - 1 : start
    if (end < bounds[0]! || start >= bounds[days.length]!) continue
    const first = Math.max(0, lastAtOrBefore(bounds, start))
    const last = Math.min(days.length - 1, lastAtOrBefore(bounds, end))
    for (let i = first; i <= last; i++) lists[i]!.push(event)
  }
  return new Map(days.map((d, i) => [d, lists[i]!]))
}

/** Whether an event spans more than one calendar day in a zone: the week view lists it above the hours. */
export function spansDays(event: Pick<CalendarEvent, 'startsAt' | 'endsAt'>, zone: string): boolean {
  if (event.endsAt <= event.startsAt) return false
  return dayIn(event.startsAt, zone) !== dayIn(new Date(new Date(event.endsAt).getTime() - 1), zone)
}

export interface PlacedEvent<T> {
  event: T
  /** Wall-clock minutes from the day's midnight. */
  top: number
  height: number
  /** 0-based column among `columns` side by side. */
  column: number
  columns: number
}

/** The least height (minutes) an event gets in the week view, so a deadline (a point in time) can be seen and clicked. */
export const MIN_EVENT_MINUTES = 30

/**
 * Where a day's timed events go in the week and day views: top and height by the wall clock, and overlapping events
 * side by side. Events that overlap (directly or through others) form a cluster; each takes the first free column,
 * and every event of a cluster shares the cluster's column count.
 */
export function placeDay<T extends Pick<CalendarEvent, 'startsAt' | 'endsAt' | 'id'>>(events: readonly T[], day: string, zone: string): PlacedEvent<T>[] {
  const placed: PlacedEvent<T>[] = []
  let cluster: PlacedEvent<T>[] = []
  let columnEnds: number[] = []
  let clusterEnd = -1
  const close = () => {
    for (const p of cluster) p.columns = columnEnds.length
    cluster = []
    columnEnds = []
  }
  for (const event of sortByStart(events)) {
    const top = Math.min(wallMinutes(event.startsAt, day, zone), 24 * 60 - MIN_EVENT_MINUTES)
    const bottom = Math.max(wallMinutes(event.endsAt, day, zone), top + MIN_EVENT_MINUTES)
    if (top >= clusterEnd) close()
    let column = columnEnds.findIndex(end => end <= top)
    if (column === -1) column = columnEnds.push(bottom) - 1
    else columnEnds[column] = bottom
    const item = { event, top, height: bottom - top, column, columns: 1 }
    cluster.push(item)
    placed.push(item)
    clusterEnd = Math.max(clusterEnd, bottom)
  }
  close()
  return placed
}

/** CLDR's first day of the week for the portal's languages' regions, where this Intl cannot say (0 Sunday, 1 Monday). */
const FIRST_DAY_BY_REGION: Record<string, number> = { CN: 1, US: 0, ID: 0, MY: 1, TH: 0, VN: 1, PH: 0, KH: 0, LA: 0, MM: 0 }

/** The first day of the week (0 Sunday … 6 Saturday) where a language tag's region lives, from Intl's week data. */
export function weekStartOf(language: string): number {
  try {
    const locale = new Intl.Locale(language)
    // getWeekInfo() is the current name, weekInfo the earlier accessor; both count Monday as 1 and Sunday as 7.
    const withInfo = locale as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } }
    const info = withInfo.getWeekInfo?.() ?? withInfo.weekInfo
    if (info) return info.firstDay % 7
    return FIRST_DAY_BY_REGION[locale.maximize().region ?? ''] ?? 1
  }
  catch {
    return 1
  }
}

/**
 * What a month grid needs of a long list: each day's first `perDay` events and how many it holds. The page keeps only
 * this in the server's payload, so a month of 2,000 events hydrates with the hundred or so it shows.
 */
export function summariseDays<T extends Pick<CalendarEvent, 'startsAt' | 'endsAt' | 'id'>>(events: readonly T[], days: string[], zone: string, perDay: number) {
  const kept = new Map<string, T>()
  const counts: Record<string, number> = {}
  for (const [day, list] of eventsByDay(events, days, zone)) {
    counts[day] = list.length
    for (const event of list.slice(0, perDay)) kept.set(event.id, event)
  }
  return { events: sortByStart([...kept.values()]), counts }
}

/** The consecutive local days an instant span [from, to) touches in a zone. */
export function daysOfRange(from: string, to: string, zone: string): string[] {
  const last = dayIn(new Date(Date.parse(to) - 1), zone)
  const days: string[] = []
  for (let d = dayIn(from, zone); d <= last && days.length <= MAX_RANGE_DAYS + 1; d = addDaysTo(d, 1)) days.push(d)
  return days
}
