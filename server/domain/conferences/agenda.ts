import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { CalendarEntry } from '../calendar/ical'
import { calendarFile, pageUrl, sequenceFromChange, since, type FeedContext } from '../calendar/feeds'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { translate } from '../../i18n/messages'
import { fail } from '../../utils/errors'
import { loadConference } from './conferences'

const agendaUid = (submissionId: string, personId: string) => `conference-talk-${submissionId}-${personId}@calendar.china-asean-portal`

/** The talks of a conference the reader starred, and those they give (an author: always on their agenda). */
export async function myAgenda(tx: Tx, actor: Actor, conferenceId: string): Promise<{ submissionIds: string[]; ownIds: string[] }> {
  await loadConference(tx, conferenceId)
  const [starred, own] = await Promise.all([
    tx.selectFrom('conference_agenda_items as a').innerJoin('conference_submissions as s', 's.id', 'a.submission_id')
      .select('a.submission_id').where('a.person_id', '=', actor.id).where('s.conference_id', '=', conferenceId).execute(),
    tx.selectFrom('submission_authors as au').innerJoin('conference_submissions as s', 's.id', 'au.submission_id')
      .select('au.submission_id').where('au.person_id', '=', actor.id).where('s.conference_id', '=', conferenceId)
      .where('s.state', '=', 'scheduled').execute(),
  ])
  return { submissionIds: starred.map(r => r.submission_id), ownIds: own.map(r => r.submission_id) }
}

/** Stars a talk of the conference's published programme (404 for one that is not in it). Starring twice is one star. */
export async function starTalk(tx: Tx, actor: Actor, conferenceId: string, submissionId: string) {
  const { rows } = await sql<{ ok: boolean }>`select private.is_published_talk(${submissionId}::uuid) as ok`.execute(tx)
  const talk = await tx.selectFrom('conference_submissions').select('conference_id').where('id', '=', submissionId).executeTakeFirst()
  if (!rows[0]?.ok || talk?.conference_id !== conferenceId) fail(404, 'errors.notFound')
  await tx.insertInto('conference_agenda_items').values({ person_id: actor.id, submission_id: submissionId })
    .onConflict(oc => oc.doNothing()).execute()
}

export async function unstarTalk(tx: Tx, actor: Actor, conferenceId: string, submissionId: string) {
  await loadConference(tx, conferenceId)
  await tx.deleteFrom('conference_agenda_items').where('person_id', '=', actor.id).where('submission_id', '=', submissionId).execute()
}

/**
 * The starred talks and the person's own talks as calendar events, read as the person (published programmes only): each
 * at its slot's time, else its session's, in the venue's zone (TZID), with the room. `conferenceId` narrows to one.
 */
export async function agendaEntries(tx: Tx, actor: Actor, ctx: FeedContext, conferenceId: string | null = null): Promise<CalendarEntry[]> {
  const talks = tx.selectFrom('conference_agenda_items').select('submission_id').where('person_id', '=', actor.id)
    .union(tx.selectFrom('submission_authors').select('submission_id').where('person_id', '=', actor.id))
  let query = tx.selectFrom(talks.as('a'))
    .innerJoin('programme_slots as sl', 'sl.submission_id', 'a.submission_id')
    .innerJoin('programme_sessions as s', 's.id', 'sl.session_id')
    .innerJoin('conference_submissions as sub', 'sub.id', 'a.submission_id')
    .innerJoin('conferences as c', 'c.id', 's.conference_id')
    .innerJoin('activities as act', 'act.id', 'c.activity_id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .select(['a.submission_id', 'sub.title', 'sub.abstract', 's.title as session_title', 's.starts_at', 's.ends_at', 's.time_zone', 's.updated_at',
      'sl.starts_at as slot_starts_at', 'sl.ends_at as slot_ends_at', 'sl.updated_at as slot_updated_at', 'r.name as room', 'act.title as conference',
      'c.id as conference_id'])
    .where('c.programme_published_at', 'is not', null).where('sub.state', '=', 'scheduled')
    .where('s.ends_at', '>=', since(ctx))
  if (conferenceId) query = query.where('c.id', '=', conferenceId)
  const rows = await query.orderBy('s.starts_at').execute()
  return rows.map((row) => {
    const changedAt = new Date(Math.max(row.updated_at.getTime(), row.slot_updated_at.getTime()))
    return {
      uid: agendaUid(row.submission_id, actor.id),
      start: row.slot_starts_at ?? row.starts_at,
      end: row.slot_ends_at ?? row.ends_at,
      timeZone: row.time_zone,
      summary: row.title,
      detail: row.conference,
      description: row.abstract,
      location: row.room,
      url: pageUrl(ctx, `/conferences/${row.conference_id}/programme`),
      status: 'CONFIRMED' as const,
      sequence: sequenceFromChange(changedAt),
      changedAt,
    }
  })
}

/** One conference's agenda of the reader as an .ics file. */
export async function agendaFile(tx: Tx, actor: Actor, conferenceId: string, ctx: FeedContext): Promise<string> {
  const conference = await loadConference(tx, conferenceId)
  const events = await agendaEntries(tx, actor, { ...ctx, now: new Date(0) }, conferenceId)
  return calendarFile(ctx, translate(ctx.locale, 'conferences.programme.agenda.calendarName', {
    conference: resolveLocalizedText(conference.title as LocalizedText, ctx.locale).text,
  }), events)
}
