import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { ProposedSessionInput } from '../../../shared/schemas/schedule-warnings'
import type { AffectedInstitution, ScheduleWarning, TimeSpan } from '../../../shared/calendar/warnings'
import { localDays, outsideWorkingHours, SCHEDULE_WARNING_KINDS, sharedAudience, spansOverlap, touchesPeriod } from '../../../shared/calendar/warnings'
import { COUNTRY_TIME_ZONES } from '../../../shared/time-zones'
import { fail } from '../../utils/errors'
import { eligibleRolesColumn } from './columns'
import { wallClockToInstant } from '../time/wall-clock'

/** A proposed session as an instant span in its zone, with the room it would take. */
export interface ProposedSession extends TimeSpan { timeZone: string; roomId: string | null; sessionId: string | null }

/** Instants of a proposed session, from either form the route takes; 422 for a time that does not exist or ends first. */
export function proposedSession(input: ProposedSessionInput): ProposedSession {
  const at = (instant: string | undefined, local: string | undefined) =>
    (instant !== undefined ? new Date(instant) : wallClockToInstant(local!, input.timeZone))
  const startsAt = at(input.startsAt, input.startsAtLocal) ?? fail(422, 'calendar.errors.invalidTime')
  const endsAt = at(input.endsAt, input.endsAtLocal) ?? fail(422, 'calendar.errors.invalidTime')
  if (endsAt <= startsAt) fail(422, 'calendar.errors.endsBeforeStart')
  if (endsAt.getTime() - startsAt.getTime() > 7 * 86_400_000) fail(422, 'calendar.errors.sessionTooLong')
  return { startsAt, endsAt, timeZone: input.timeZone, roomId: input.roomId ?? null, sessionId: input.sessionId ?? null }
}

/** A partner's zone: its country's capital's (Indonesia's three zones: Jakarta's). */
const zoneOf = (country: string, fallback: string) => COUNTRY_TIME_ZONES[country] ?? fallback

function byCountry(institutions: AffectedInstitution[]): Map<string, AffectedInstitution[]> {
  const groups = new Map<string, AffectedInstitution[]>()
  for (const i of institutions) groups.set(i.country, [...(groups.get(i.country) ?? []), i])
  return groups
}

/**
 * What an organiser should know before holding these sessions; nothing here blocks. Per proposed session:
 *  - a public holiday (never a make-up working day) in the country of an invited partner or of an organiser, on a day
 *    the session touches in that country's zone;
 *  - an exam period of an invited institution on such a day;
 *  - its room already taken by another non-cancelled session (of an activity not cancelled), or by another proposed one;
 *  - another activity at the same time for the same audience (shared/calendar/warnings.ts sharedAudience: the same kind
 *    and an invitee in common, or exactly the same eligible roles);
 *  - a time outside 08:00–20:00 in an invited partner's zone.
 * Only what the organiser may read counts (RLS): other organisers' drafts are theirs.
 */
export async function scheduleWarnings(tx: Tx, input: { activityId: string; sessions: ProposedSession[] }): Promise<ScheduleWarning[]> {
  const activity = await tx.selectFrom('activities').select(['id', 'kind', 'title', eligibleRolesColumn()]).where('id', '=', input.activityId).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${input.activityId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(403, 'errors.forbidden')

  const invitees: AffectedInstitution[] = await tx.selectFrom('activity_invitees as l').innerJoin('institutions as i', 'i.id', 'l.institution_id')
    .select(['i.id', 'i.name', 'i.country']).where('l.activity_id', '=', input.activityId).orderBy('i.slug').execute()
  const organisers: AffectedInstitution[] = await tx.selectFrom('activity_organisers as l').innerJoin('institutions as i', 'i.id', 'l.institution_id')
    .select(['i.id', 'i.name', 'i.country']).where('l.activity_id', '=', input.activityId).orderBy('i.slug').execute()
  const sessions = input.sessions
  const warnings: ScheduleWarning[] = []

  // Holidays: invitees' and organisers' countries, each on its own calendar days.
  const concerned = byCountry([...invitees, ...organisers.filter(o => !invitees.some(i => i.id === o.id))])
  const daysOf = (s: ProposedSession, country: string) => localDays(s, zoneOf(country, s.timeZone))
  const allDays = [...concerned.keys()].flatMap(c => sessions.flatMap(s => daysOf(s, c)))
  if (concerned.size && allDays.length) {
    const holidays = await tx.selectFrom('public_holidays').select(['country', 'day', 'name'])
      .where('kind', '=', 'public').where('country', 'in', [...concerned.keys()])
      .where('day', '>=', allDays.reduce((a, b) => (a < b ? a : b))).where('day', '<=', allDays.reduce((a, b) => (a > b ? a : b)))
      .orderBy('day').execute()
    sessions.forEach((s, session) => {
      for (const [country, institutions] of concerned) {
        const days = daysOf(s, country)
        for (const h of holidays.filter(h => h.country === country && days.includes(h.day))) {
          warnings.push({ kind: 'holiday', key: 'calendar.warnings.holiday', session, day: h.day, country, holiday: h.name, institutions })
        }
      }
    })
  }

  // Exam periods of the invited institutions.
  if (invitees.length) {
    const periods = await tx.selectFrom('institution_periods').select(['institution_id', 'name', 'starts_on', 'ends_on'])
      .where('kind', '=', 'exam').where('institution_id', 'in', invitees.map(i => i.id)).orderBy('starts_on').execute()
    sessions.forEach((s, session) => {
      for (const p of periods) {
        const institution = invitees.find(i => i.id === p.institution_id)!
        if (touchesPeriod(daysOf(s, institution.country), p.starts_on, p.ends_on)) {
          warnings.push({ kind: 'exam', key: 'calendar.warnings.exam', session, institution, period: p.name, startsOn: p.starts_on, endsOn: p.ends_on })
        }
      }
    })
  }

  const first = new Date(Math.min(...sessions.map(s => s.startsAt.getTime())))
  const last = new Date(Math.max(...sessions.map(s => s.endsAt.getTime())))
  const replaced = sessions.map(s => s.sessionId).filter((id): id is string => id !== null)

  // Rooms: stored sessions of activities not cancelled, then the proposed sessions among themselves.
  const roomIds = [...new Set(sessions.map(s => s.roomId).filter((id): id is string => id !== null))]
  if (roomIds.length) {
    const rooms = await tx.selectFrom('rooms').select(['id', 'name']).where('id', 'in', roomIds).execute()
    let booked = tx.selectFrom('activity_sessions as s').innerJoin('activities as a', 'a.id', 's.activity_id')
      .select(['s.id', 's.room_id', 's.starts_at', 's.ends_at', 's.time_zone', 'a.title'])
      .where('s.room_id', 'in', roomIds).where('s.cancelled_at', 'is', null).where('a.state', '<>', 'cancelled')
      .where('s.starts_at', '<', last).where('s.ends_at', '>', first)
    if (replaced.length) booked = booked.where('s.id', 'not in', replaced)
    const taken = await booked.orderBy('s.starts_at').execute()
    sessions.forEach((s, session) => {
      const room = rooms.find(r => r.id === s.roomId)
      if (!room) return
      for (const other of taken.filter(o => o.room_id === s.roomId && spansOverlap(s, { startsAt: o.starts_at, endsAt: o.ends_at }))) {
        warnings.push({ kind: 'room', key: 'calendar.warnings.room', session, room: room.name, activity: other.title,
          startsAt: other.starts_at.toISOString(), endsAt: other.ends_at.toISOString(), timeZone: other.time_zone })
      }
      sessions.slice(0, session).forEach((earlier) => {
        if (earlier.roomId === s.roomId && spansOverlap(s, earlier)) {
          warnings.push({ kind: 'room', key: 'calendar.warnings.roomProposed', session, room: room.name, activity: activity.title,
            startsAt: earlier.startsAt.toISOString(), endsAt: earlier.endsAt.toISOString(), timeZone: earlier.timeZone })
        }
      })
    })
  }

  // The same audience: other activities with a session at the same time.
  const concurrent = await tx.selectFrom('activity_sessions as s').innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['a.id', 'a.kind', 'a.title', eligibleRolesColumn('a'), 's.starts_at', 's.ends_at', 's.time_zone'])
    .where('a.id', '<>', input.activityId).where('a.state', '<>', 'cancelled').where('s.cancelled_at', 'is', null)
    .where('s.starts_at', '<', last).where('s.ends_at', '>', first).orderBy('s.starts_at').execute()
  if (concurrent.length) {
    const otherInvitees = await tx.selectFrom('activity_invitees as l').innerJoin('institutions as i', 'i.id', 'l.institution_id')
      .select(['l.activity_id', 'i.id', 'i.name', 'i.country']).where('l.activity_id', 'in', [...new Set(concurrent.map(c => c.id))]).execute()
    const mine = { kind: activity.kind, inviteeIds: invitees.map(i => i.id), eligibleRoles: activity.eligible_roles }
    sessions.forEach((s, session) => {
      const seen = new Set<string>()
      for (const other of concurrent.filter(c => spansOverlap(s, { startsAt: c.starts_at, endsAt: c.ends_at }))) {
        if (seen.has(other.id)) continue
        const theirs = otherInvitees.filter(i => i.activity_id === other.id)
        const shared = sharedAudience(mine, { kind: other.kind, inviteeIds: theirs.map(i => i.id), eligibleRoles: other.eligible_roles })
        if (!shared) continue
        seen.add(other.id)
        warnings.push({
          kind: 'audience', key: shared.reason === 'invitees' ? 'calendar.warnings.audienceInvitees' : 'calendar.warnings.audienceRoles', session,
          activityId: other.id, activity: other.title, roles: shared.reason === 'roles' ? shared.roles : [],
          institutions: shared.reason === 'invitees' ? invitees.filter(i => shared.institutionIds.includes(i.id)) : [],
          startsAt: other.starts_at.toISOString(), endsAt: other.ends_at.toISOString(), timeZone: other.time_zone,
        })
      }
    })
  }

  // Working hours in each invited partner's zone.
  sessions.forEach((s, session) => {
    for (const [country, institutions] of byCountry(invitees)) {
      const timeZone = zoneOf(country, s.timeZone)
      const outside = outsideWorkingHours(s, timeZone)
      if (outside) warnings.push({ kind: 'hours', key: 'calendar.warnings.hours', session, country, timeZone, ...outside, institutions })
    }
  })

  const order = (w: ScheduleWarning) => SCHEDULE_WARNING_KINDS.indexOf(w.kind)
  return warnings.sort((a, b) => a.session - b.session || order(a) - order(b))
}
