import type { SelectQueryBuilder } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { Database } from '../../db/schema'
import { PUBLIC_ACTIVITY_STATES } from '../../../shared/calendar/vocabulary'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { translate } from '../../i18n/messages'
import { fail } from '../../utils/errors'
import { sessionUid, type CalendarEntry } from './ical'
import { calendarFile, pageUrl, since, type FeedContext } from './feeds'

/** Registrations whose sessions go into the person's feed: a place held, or offered and not yet taken. */
export const FEED_REGISTRATION_STATES = ['confirmed', 'offered'] as const

/** A calendar file and the name it is downloaded under. */
export interface CalendarDownload {
  text: string
  filename: string
}

type SessionQuery = SelectQueryBuilder<Database, 'activity_sessions' | 'activities', object>

function sessionRows(tx: Tx, narrow: (qb: SessionQuery) => SessionQuery) {
  const base = tx.selectFrom('activity_sessions').innerJoin('activities', 'activities.id', 'activity_sessions.activity_id') as SessionQuery
  return narrow(base)
    .leftJoin('rooms', 'rooms.id', 'activity_sessions.room_id')
    .leftJoin('venues', 'venues.id', 'activities.venue_id')
    .select([
      'activity_sessions.id', 'activity_sessions.activity_id', 'activity_sessions.title', 'activity_sessions.starts_at', 'activity_sessions.ends_at',
      'activity_sessions.time_zone', 'activity_sessions.online_url', 'activity_sessions.cancelled_at', 'activity_sessions.sequence',
      'activity_sessions.updated_at', 'activities.title as activity_title', 'activities.summary', 'activities.state', 'activities.mode',
      'activities.online_url as activity_online_url', 'activities.cancel_reason', 'rooms.name as room_name', 'venues.name as venue_name',
      'venues.address', 'venues.city',
    ])
    .orderBy('activity_sessions.starts_at').orderBy('activity_sessions.id')
    .execute()
}
type SessionRow = Awaited<ReturnType<typeof sessionRows>>[number]

/**
 * Where a session happens, in the reader's language: room, venue, address, city; online, the link only for those who
 * hold a place (the private feed) — a public file says "online" and the activity's page has the rest.
 */
function placeOf(row: SessionRow, ctx: FeedContext, withLink: boolean): string {
  const local = (value: LocalizedText | null) => (value ? resolveLocalizedText(value, ctx.locale).text : '')
  const physical = [local(row.room_name), local(row.venue_name), row.address?.trim() ?? '', local(row.city)].filter(Boolean)
  const link = row.online_url ?? row.activity_online_url
  const online = withLink && link ? link : translate(ctx.locale, 'calendar.feed.online')
  if (row.mode === 'online') return online
  return [...physical, ...(row.mode === 'hybrid' ? [online] : [])].join(', ')
}

function entryOf(row: SessionRow, ctx: FeedContext, withLink: boolean): CalendarEntry {
  const activityCancelled = row.state === 'cancelled'
  const cancelled = activityCancelled || row.cancelled_at !== null
  const summary = resolveLocalizedText(row.summary, ctx.locale).text
  const reason = activityCancelled && row.cancel_reason ? translate(ctx.locale, 'calendar.feed.cancelReason', { reason: row.cancel_reason }) : ''
  return {
    uid: sessionUid(row.id),
    start: row.starts_at,
    end: row.ends_at,
    timeZone: row.time_zone,
    summary: row.activity_title,
    detail: row.title,
    description: [reason, summary].filter(Boolean).join('\n\n'),
    location: placeOf(row, ctx, withLink),
    url: pageUrl(ctx, `/activities/${row.activity_id}`),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // Cancelling a whole activity leaves its sessions' counters as they were: one more tells apps the status changed.
    sequence: row.sequence + (activityCancelled && row.cancelled_at === null ? 1 : 0),
    changedAt: row.updated_at,
  }
}

/** A file name from a title in the reader's language (Content-Disposition keeps it exact and gives an ASCII fallback). */
function fileNameOf(title: LocalizedText, ctx: FeedContext, fallback: string): string {
  const text = resolveLocalizedText(title, ctx.locale).text.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80)
  return `${text || fallback}.ics`
}

/** Every session of an activity the reader sees (row-level security: not a draft, unless they organise it); else 404. */
export async function activityCalendar(tx: Tx, activityId: string, ctx: FeedContext): Promise<CalendarDownload> {
  const activity = await tx.selectFrom('activities').select(['id', 'title']).where('id', '=', activityId).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  const rows = await sessionRows(tx, qb => qb.where('activity_sessions.activity_id', '=', activityId))
  return { text: calendarFile(ctx, activity.title, rows.map(r => entryOf(r, ctx, false))), filename: fileNameOf(activity.title, ctx, 'activity') }
}

/** One session, if the reader sees its activity; else 404. */
export async function sessionCalendar(tx: Tx, sessionId: string, ctx: FeedContext): Promise<CalendarDownload> {
  const [row] = await sessionRows(tx, qb => qb.where('activity_sessions.id', '=', sessionId))
  if (!row) fail(404, 'errors.notFound')
  return { text: calendarFile(ctx, row.activity_title, [entryOf(row, ctx, false)]), filename: fileNameOf(row.activity_title, ctx, 'session') }
}

/**
 * The public feed of an institution: sessions, not long past, of the activities it organises that are public —
 * never a draft, even for a reader who organises it.
 */
export async function institutionCalendar(tx: Tx, slug: string, ctx: FeedContext): Promise<CalendarDownload> {
  const institution = await tx.selectFrom('institutions').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst()
  if (!institution) fail(404, 'errors.notFound')
  const rows = await sessionRows(tx, qb => qb
    .where('activities.state', 'in', PUBLIC_ACTIVITY_STATES)
    .where('activity_sessions.ends_at', '>=', since(ctx))
    .where(eb => eb.exists(eb.selectFrom('activity_organisers').select('activity_organisers.activity_id')
      .whereRef('activity_organisers.activity_id', '=', 'activities.id').where('activity_organisers.institution_id', '=', institution.id))))
  const name = translate(ctx.locale, 'calendar.feed.institutionName', { institution: resolveLocalizedText(institution.name, ctx.locale).text })
  return { text: calendarFile(ctx, name, rows.map(r => entryOf(r, ctx, false)), true), filename: `${institution.slug}.ics` }
}

/**
 * Sessions of the activities the person holds a place in (confirmed) or is offered one, not long past. Only their own
 * registrations: an office also sees its institution's, and an organiser everyone's, but those are not their calendar.
 */
export async function registeredSessionEntries(tx: Tx, actor: Actor, ctx: FeedContext): Promise<CalendarEntry[]> {
  const rows = await sessionRows(tx, qb => qb
    .where('activity_sessions.ends_at', '>=', since(ctx))
    .where('activities.id', 'in', eb => eb.selectFrom('registrations').select('registrations.activity_id')
      .where('registrations.person_id', '=', actor.id).where('registrations.state', 'in', [...FEED_REGISTRATION_STATES])))
  return rows.map(r => entryOf(r, ctx, true))
}
