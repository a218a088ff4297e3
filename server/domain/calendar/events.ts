import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import { matchesKind, type CalendarEvent } from '../../../shared/calendar/events'
import { ACTIVE_REGISTRATION_STATES } from '../../../shared/calendar/registration-lifecycle'
import type { CalendarEventsQuery } from '../../../shared/schemas/calendar-events'

type Range = Pick<CalendarEventsQuery, 'from' | 'to'>

/**
 * Sessions between from and to of the activities the reader may see (RLS: any state but draft, or one they manage), not
 * cancelled ones. Organisers, the countries they and the venue are in, and the working languages come along for the
 * filters; a session is "mine" when the reader manages its activity or holds or awaits a place in it.
 */
async function sessionEvents(tx: Tx, actor: Actor | null, range: Range): Promise<CalendarEvent[]> {
  const rows = await tx.selectFrom('activity_sessions as s').innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['s.id', 's.activity_id', 's.title', 's.starts_at', 's.ends_at', 's.time_zone'])
    .where('s.starts_at', '<', new Date(range.to)).where('s.ends_at', '>', new Date(range.from))
    .where('s.cancelled_at', 'is', null).where('a.state', '<>', 'cancelled')
    .orderBy('s.starts_at').limit(5000).execute()
  if (!rows.length) return []
  // What the sessions share comes once per activity: a month of 2,000 sessions has a handful of activities.
  const activities = new Map((await tx.selectFrom('activities as a').leftJoin('venues as v', 'v.id', 'a.venue_id')
    .select(['a.id', 'a.kind', 'a.title', 'a.working_languages', 'v.country as venue_country'])
    .select([
      sql<string[]>`array(select o.institution_id from public.activity_organisers o where o.activity_id = a.id)`.as('organiser_ids'),
      sql<string[]>`array(select distinct i.country::text from public.activity_organisers o join public.institutions i on i.id = o.institution_id
        where o.activity_id = a.id)`.as('organiser_countries'),
      (actor ? sql<boolean>`private.can_manage_activity(a.id)` : sql<boolean>`false`).as('manages'),
    ])
    // A registration still holding or awaiting a place makes the activity the reader's too.
    .$if(actor !== null, q => q.select(eb => eb.exists(eb.selectFrom('registrations as r').select('r.id')
      .whereRef('r.activity_id', '=', 'a.id').where('r.person_id', '=', actor!.id)
      .where('r.state', 'in', ACTIVE_REGISTRATION_STATES)).as('registered')))
    .where('a.id', 'in', [...new Set(rows.map(r => r.activity_id))]).execute()).map(a => [a.id, {
    ...a, countries: [...new Set([...(a.venue_country ? [a.venue_country] : []), ...a.organiser_countries])],
  }]))
  return rows.flatMap((r) => {
    const a = activities.get(r.activity_id)
    if (!a) return []
    return [{
      id: `session:${r.id}`, kind: 'session' as const, activityKind: a.kind,
      title: Object.keys(r.title).length ? r.title : a.title,
      startsAt: new Date(r.starts_at).toISOString(), endsAt: new Date(r.ends_at).toISOString(), timeZone: r.time_zone,
      href: `/activities/${r.activity_id}`, organiserIds: a.organiser_ids, countries: a.countries, languages: a.working_languages, mine: a.manages || Boolean(a.registered),
    }]
  })
}

/**
 * Governance meetings between from and to that the reader may see (RLS: the body's current members and the
 * secretariat; never the public). Each is "mine" when the reader sits on the body.
 */
async function meetingEvents(tx: Tx, range: Range): Promise<CalendarEvent[]> {
  const rows = await tx.selectFrom('meetings as m')
    .select(['m.id', 'm.title', 'm.starts_at', 'm.duration_minutes', 'm.time_zone',
      sql<boolean>`private.is_body_member(m.body_id)`.as('member')])
    .where('m.starts_at', '<', new Date(range.to))
    .where(sql<boolean>`m.starts_at + make_interval(mins => m.duration_minutes) > ${new Date(range.from)}`)
    .orderBy('m.starts_at').limit(5000).execute()
  return rows.map(m => ({
    id: `meeting:${m.id}`, kind: 'meeting', title: m.title,
    startsAt: new Date(m.starts_at).toISOString(),
    endsAt: new Date(new Date(m.starts_at).getTime() + m.duration_minutes * 60_000).toISOString(),
    timeZone: m.time_zone, href: `/governance/meetings/${m.id}`, organiserIds: [], countries: [], languages: [], mine: m.member,
  }))
}

/**
 * Mobility calls that close between from and to (public: anyone may see a call), organised by the program's host.
 * A call is "mine" when the reader has applied to it.
 */
async function deadlineEvents(tx: Tx, actor: Actor | null, range: Range): Promise<CalendarEvent[]> {
  const rows = await tx.selectFrom('calls as c').innerJoin('programs as p', 'p.id', 'c.program_id')
    .innerJoin('institutions as i', 'i.id', 'p.host_institution_id')
    .select(['c.id', 'c.title', 'c.closes_at', 'c.time_zone', 'p.host_institution_id', 'i.country'])
    // An anonymous visitor has applied to nothing (and may not read applications at all).
    .$if(actor !== null, q => q.select(eb => eb.exists(eb.selectFrom('applications as a').select('a.id')
      .whereRef('a.call_id', '=', 'c.id').where('a.applicant_id', '=', actor!.id)).as('applied')))
    .where('c.closes_at', '>=', new Date(range.from)).where('c.closes_at', '<', new Date(range.to))
    .orderBy('c.closes_at').limit(5000).execute()
  return rows.map(c => ({
    id: `deadline:${c.id}`, kind: 'deadline', title: c.title,
    startsAt: new Date(c.closes_at).toISOString(), endsAt: new Date(c.closes_at).toISOString(),
    timeZone: c.time_zone, href: `/mobility/calls/${c.id}`, organiserIds: [c.host_institution_id], countries: [c.country], languages: [],
    mine: Boolean(c.applied),
  }))
}

/** Whether an event passes the reader's filters. */
function passes(event: CalendarEvent, query: CalendarEventsQuery): boolean {
  if (query.kind?.length && !query.kind.some(k => matchesKind(event, k))) return false
  if (query.organiser && !event.organiserIds.includes(query.organiser)) return false
  if (query.country && !event.countries.includes(query.country)) return false
  if (query.language && !event.languages.includes(query.language)) return false
  return !query.mine || event.mine
}

/**
 * What the calendar shows between from and to for this reader, earliest first: every source reads through the
 * reader's own transaction, so RLS decides what an anonymous visitor, a member or the secretariat sees.
 */
export async function listCalendarEvents(tx: Tx, actor: Actor | null, query: CalendarEventsQuery): Promise<CalendarEvent[]> {
  const wants = (kind: 'meeting' | 'deadline') => !query.kind?.length || query.kind.includes(kind)
  const wantsSessions = !query.kind?.length || query.kind.some(k => k !== 'meeting' && k !== 'deadline')
  // "Mine" needs a reader; a signed-out visitor asking for theirs has none.
  if (query.mine && !actor) return []
  const sources = [
    wantsSessions ? await sessionEvents(tx, actor, query) : [],
    wants('meeting') && actor ? await meetingEvents(tx, query) : [],
    wants('deadline') ? await deadlineEvents(tx, actor, query) : [],
  ]
  return sources.flat().filter(e => passes(e, query))
    // Plain comparisons: ISO instants sort as strings, and ICU collation (localeCompare) is slow on thousands.
    .sort((a, b) => (a.startsAt === b.startsAt ? (a.id < b.id ? -1 : 1) : a.startsAt < b.startsAt ? -1 : 1))
}
