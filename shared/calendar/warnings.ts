import { TZDate } from '@date-fns/tz'
import type { LocalizedText } from '../localized-text'

/**
 * The pure part of scheduling warnings (server/domain/calendar/warnings.ts reads the database and calls these):
 * overlaps, the calendar days a session touches in a partner's zone, and whether it falls outside working hours there.
 * Warnings never block: an organiser may hold a session on a holiday on purpose.
 */

export interface TimeSpan { startsAt: Date; endsAt: Date }

/** Whether two spans share an instant. Half-open: a session ending at 10:00 and one starting at 10:00 do not overlap. */
export function spansOverlap(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt
}

/** The wall-clock time of an instant in a zone, as YYYY-MM-DDTHH:mm. */
export function localWallClock(at: Date, zone: string): string {
  const t = new TZDate(at.getTime(), zone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** The calendar days (YYYY-MM-DD) a span touches in a zone; a session ending at midnight does not touch the next day. */
export function localDays(span: TimeSpan, zone: string): string[] {
  const first = localWallClock(span.startsAt, zone).slice(0, 10)
  // The last instant inside the span decides the last day.
  const last = localWallClock(new Date(Math.max(span.startsAt.getTime(), span.endsAt.getTime() - 1)), zone).slice(0, 10)
  const days = [first]
  while (days.length < 400 && days[days.length - 1]! < last) days.push(nextDay(days[days.length - 1]!))
  return days
}

/** Whether any of the days falls within a period of whole days (both ends included). */
export function touchesPeriod(days: readonly string[], startsOn: string, endsOn: string): boolean {
  return days.some(day => day >= startsOn && day <= endsOn)
}

/** A partner's working day, in its own zone: sessions before 08:00 or after 20:00 there are flagged. */
export const WORKING_HOURS = { from: 8, to: 20 } as const

/**
 * The span's local start and end in a zone when any part of it lies outside working hours there (it starts before
 * 08:00, ends after 20:00, or runs into another day); null when it fits.
 */
export function outsideWorkingHours(
  span: TimeSpan, zone: string, hours: { from: number; to: number } = WORKING_HOURS,
): { localStart: string; localEnd: string } | null {
  const localStart = localWallClock(span.startsAt, zone)
  const localEnd = localWallClock(span.endsAt, zone)
  const minutes = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
  const sameDay = localStart.slice(0, 10) === localEnd.slice(0, 10)
  const fits = sameDay && minutes(localStart) >= hours.from * 60 && minutes(localEnd) <= hours.to * 60
  return fits ? null : { localStart, localEnd }
}

/** What decides whether two activities draw the same people. */
export interface Audience { kind: string; inviteeIds: readonly string[]; eligibleRoles: readonly string[] }

/**
 * The rule for "the same audience": two activities compete for the same people when they are of the same kind and
 * invite at least one institution in common (the same partners' people are asked to two trainings at once), or when
 * both are limited to roles and to exactly the same roles (two events for teachers only). Activities open to every
 * role with no invitee in common are not flagged: their audiences are not known to meet.
 */
export function sharedAudience(a: Audience, b: Audience): { reason: 'invitees'; institutionIds: string[] } | { reason: 'roles'; roles: string[] } | null {
  if (a.kind === b.kind) {
    const shared = a.inviteeIds.filter(id => b.inviteeIds.includes(id))
    if (shared.length) return { reason: 'invitees', institutionIds: shared }
  }
  const sameRoles = a.eligibleRoles.length > 0 && a.eligibleRoles.length === b.eligibleRoles.length && a.eligibleRoles.every(r => b.eligibleRoles.includes(r))
  return sameRoles ? { reason: 'roles', roles: [...a.eligibleRoles].sort() } : null
}

/** The kinds of warning, each a message under calendar.warnings.*. */
export const SCHEDULE_WARNING_KINDS = ['holiday', 'exam', 'room', 'audience', 'hours'] as const
export type ScheduleWarningKind = typeof SCHEDULE_WARNING_KINDS[number]

/** Names of the people a warning is about, in every language they have (the page picks the reader's). */
export interface AffectedInstitution { id: string; name: LocalizedText; country: string }

interface WarningOf<K extends ScheduleWarningKind> {
  kind: K
  /** The proposed session's index in the request. */
  session: number
}
export interface HolidayWarning extends WarningOf<'holiday'> {
  key: 'calendar.warnings.holiday'
  day: string
  country: string
  holiday: LocalizedText
  institutions: AffectedInstitution[]
}
export interface ExamWarning extends WarningOf<'exam'> {
  key: 'calendar.warnings.exam'
  institution: AffectedInstitution
  period: LocalizedText
  startsOn: string
  endsOn: string
}
export interface RoomWarning extends WarningOf<'room'> {
  /** roomProposed: two of the proposed sessions themselves take the room at once. */
  key: 'calendar.warnings.room' | 'calendar.warnings.roomProposed'
  room: LocalizedText
  activity: LocalizedText
  startsAt: string
  endsAt: string
  timeZone: string
}
export interface AudienceWarning extends WarningOf<'audience'> {
  key: 'calendar.warnings.audienceInvitees' | 'calendar.warnings.audienceRoles'
  activityId: string
  activity: LocalizedText
  institutions: AffectedInstitution[]
  roles: string[]
  startsAt: string
  endsAt: string
  timeZone: string
}
export interface HoursWarning extends WarningOf<'hours'> {
  key: 'calendar.warnings.hours'
  country: string
  timeZone: string
  localStart: string
  localEnd: string
  institutions: AffectedInstitution[]
}

/** One warning about one proposed session, with what its message (`key`, under calendar.warnings) needs; the page fills it in. */
export type ScheduleWarning = HolidayWarning | ExamWarning | RoomWarning | AudienceWarning | HoursWarning
