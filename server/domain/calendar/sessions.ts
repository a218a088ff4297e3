import { rrulestr } from 'rrule'
import type { Actor, Tx } from '../../db/as-user'
import type { SeriesInput, SessionInput } from '../../../shared/schemas/calendar'
import { SCHEDULABLE_STATES } from '../../../shared/calendar/vocabulary'
import { fail } from '../../utils/errors'
import { wallClockToInstant } from '../time/wall-clock'
import { lockActivity } from './activities'
import { tellRegistrants } from './registrants'

/** A series never makes more sessions than this. */
export const MAX_SERIES_SESSIONS = 200

function instants(startsAtLocal: string, endsAtLocal: string, timeZone: string) {
  const startsAt = wallClockToInstant(startsAtLocal, timeZone) ?? fail(422, 'calendar.errors.invalidTime')
  const endsAt = wallClockToInstant(endsAtLocal, timeZone) ?? fail(422, 'calendar.errors.invalidTime')
  if (endsAt <= startsAt) fail(422, 'calendar.errors.endsBeforeStart')
  if (endsAt.getTime() - startsAt.getTime() > 7 * 86_400_000) fail(422, 'calendar.errors.sessionTooLong')
  return { startsAt, endsAt }
}

/**
 * The wall-clock starts of a series (YYYY-MM-DDTHH:mm in its zone): the rule runs on "floating" times, so a weekly
 * 09:00 stays 09:00 across a daylight-saving change. A rule needs COUNT or UNTIL; exception days are left out.
 */
export function seriesStarts(series: Pick<SeriesInput, 'firstStartsAtLocal' | 'rrule' | 'exceptions'>): string[] {
  const [y, mo, d, h, mi] = series.firstStartsAtLocal.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  let rule
  try {
    rule = rrulestr(series.rrule.replace(/^RRULE:/, ''), { dtstart: new Date(Date.UTC(y, mo - 1, d, h, mi)) })
  }
  catch {
    fail(422, 'calendar.errors.invalidRule')
  }
  if (!rule.options.count && !rule.options.until) fail(422, 'calendar.errors.ruleWithoutEnd')
  const starts = rule.all((_, i) => i < MAX_SERIES_SESSIONS + series.exceptions.length)
    .map(date => date.toISOString().slice(0, 16))
    .filter(local => !series.exceptions.includes(local.slice(0, 10)))
  if (starts.length > MAX_SERIES_SESSIONS) fail(422, 'calendar.errors.tooManySessions', { max: MAX_SERIES_SESSIONS })
  return starts
}

function addMinutesLocal(local: string, minutes: number): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  return new Date(Date.UTC(y, mo - 1, d, h, mi + minutes)).toISOString().slice(0, 16)
}

async function schedulable(tx: Tx, activityId: string) {
  const activity = await lockActivity(tx, activityId)
  if (!SCHEDULABLE_STATES.includes(activity.state)) fail(409, 'calendar.errors.notSchedulable')
  return activity
}

/** Adds single sessions and/or one series (whose sessions are rows too); returns the new sessions' ids. */
export async function addSessions(tx: Tx, actor: Actor, activityId: string, input: { sessions: SessionInput[]; series: SeriesInput | null }) {
  await schedulable(tx, activityId)
  const rows: { activity_id: string; title: string; starts_at: Date; ends_at: Date; time_zone: string; room_id: string | null; online_url: string | null; series_id: string | null }[] = []
  for (const s of input.sessions) {
    const { startsAt, endsAt } = instants(s.startsAtLocal, s.endsAtLocal, s.timeZone)
    rows.push({ activity_id: activityId, title: JSON.stringify(s.title), starts_at: startsAt, ends_at: endsAt, time_zone: s.timeZone, room_id: s.roomId, online_url: s.onlineUrl, series_id: null })
  }
  if (input.series) {
    const series = input.series
    const starts = seriesStarts(series)
    const first = instants(series.firstStartsAtLocal, addMinutesLocal(series.firstStartsAtLocal, series.durationMinutes), series.timeZone)
    const saved = await tx.insertInto('activity_series').values({
      activity_id: activityId, rrule: series.rrule, first_starts_at: first.startsAt, duration_minutes: series.durationMinutes,
      time_zone: series.timeZone, exceptions: series.exceptions,
    }).returning('id').executeTakeFirstOrThrow()
    for (const local of starts) {
      const { startsAt, endsAt } = instants(local, addMinutesLocal(local, series.durationMinutes), series.timeZone)
      rows.push({ activity_id: activityId, title: JSON.stringify(series.title), starts_at: startsAt, ends_at: endsAt, time_zone: series.timeZone, room_id: series.roomId, online_url: series.onlineUrl, series_id: saved.id })
    }
  }
  if (!rows.length) fail(422, 'calendar.errors.noSessions')
  void actor
  return (await tx.insertInto('activity_sessions').values(rows).returning('id').execute()).map(r => r.id)
}

/** A session and its activity, locked for a change by the activity's organisers (404 unseen, 403 not theirs). */
async function lockSession(tx: Tx, sessionId: string) {
  const seen = await tx.selectFrom('activity_sessions').select('activity_id').where('id', '=', sessionId).executeTakeFirst()
  if (!seen) fail(404, 'errors.notFound')
  const activity = await schedulable(tx, seen.activity_id)
  const session = await tx.selectFrom('activity_sessions').select(['id', 'activity_id', 'starts_at', 'ends_at', 'time_zone', 'sequence', 'cancelled_at'])
    .where('id', '=', sessionId).forUpdate().executeTakeFirstOrThrow()
  return { session, activity }
}

/**
 * Moves a session; registrants are told the old and the new time side by side, each in their language and zone.
 * The sequence guards against two organisers moving it at once and numbers the change for calendar apps.
 */
export async function moveSession(tx: Tx, actor: Actor, sessionId: string, input: SessionInput & { sequence: number }) {
  const { session, activity } = await lockSession(tx, sessionId)
  if (session.sequence !== input.sequence) fail(409, 'calendar.errors.staleRevision', {}, { current: { sequence: session.sequence } })
  if (session.cancelled_at) fail(409, 'calendar.errors.sessionCancelled')
  const { startsAt, endsAt } = instants(input.startsAtLocal, input.endsAtLocal, input.timeZone)
  const row = await tx.updateTable('activity_sessions').set({
    title: JSON.stringify(input.title), starts_at: startsAt, ends_at: endsAt, time_zone: input.timeZone, room_id: input.roomId,
    online_url: input.onlineUrl, moved_from_starts_at: session.starts_at, sequence: session.sequence + 1, updated_at: new Date(),
  }).where('id', '=', sessionId).returning(['id', 'sequence']).executeTakeFirstOrThrow()
  if (startsAt.getTime() !== session.starts_at.getTime()) {
    await tellRegistrants(tx, session.activity_id, {
      kind: 'calendarSessionMoved',
      params: { activity: activity.title, oldStart: { at: session.starts_at.toISOString(), zone: session.time_zone }, newStart: { at: startsAt.toISOString(), zone: input.timeZone } },
      link: `/activities/${session.activity_id}`,
    })
  }
  void actor
  return row
}

/** Cancels one session (the activity goes on); registrants are told in their language. */
export async function cancelSession(tx: Tx, actor: Actor, sessionId: string, reason?: string) {
  const { session, activity } = await lockSession(tx, sessionId)
  if (session.cancelled_at) fail(409, 'calendar.errors.sessionCancelled')
  const row = await tx.updateTable('activity_sessions').set({ cancelled_at: new Date(), sequence: session.sequence + 1, updated_at: new Date() })
    .where('id', '=', sessionId).returning(['id', 'sequence', 'cancelled_at']).executeTakeFirstOrThrow()
  await tellRegistrants(tx, session.activity_id, {
    kind: 'calendarSessionCancelled',
    params: { activity: activity.title, start: { at: session.starts_at.toISOString(), zone: session.time_zone }, reason: reason?.trim() ?? '' },
    link: `/activities/${session.activity_id}`,
  })
  void actor
  return row
}
