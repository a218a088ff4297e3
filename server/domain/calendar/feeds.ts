import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { LocaleCode } from '../../../shared/locales'
import { translate } from '../../i18n/messages'
import { meetingUid, toICalendar, type CalendarEntry, type CalendarText } from './ical'

/** What every calendar file needs besides its rows: the reader's language and the portal's address for links. */
export interface FeedContext {
  locale: LocaleCode
  baseUrl: string
  now?: Date
}

/** A feed lists what has not long passed: a subscribed calendar keeps older events itself. */
export const FEED_LOOKBACK_DAYS = 90
/** How often a subscribed calendar app is asked to fetch the feed again. */
const FEED_REFRESH_SECONDS = 3600

export function since(ctx: FeedContext): Date {
  return new Date((ctx.now ?? new Date()).getTime() - FEED_LOOKBACK_DAYS * 86_400_000)
}

/** The page of a record in the reader's language, e.g. https://portal.example/th/governance/meetings/<id>. */
export function pageUrl(ctx: FeedContext, path: string): string {
  return `${ctx.baseUrl}/${ctx.locale}${path}`
}

/** Writes the file: names, "Cancelled: …" summaries and texts in the reader's language. */
export function calendarFile(ctx: FeedContext, name: CalendarText, events: CalendarEntry[], refresh = false): string {
  return toICalendar({
    name, events, locale: ctx.locale, now: ctx.now,
    cancelledSummary: title => translate(ctx.locale, 'calendar.feed.cancelledSummary', { title }),
    refreshSeconds: refresh ? FEED_REFRESH_SECONDS : undefined,
  })
}

// Meetings keep no change counter: minutes since this epoch at their last change rise with every edit (a move
// included) and stay within SEQUENCE's integer for millennia, so calendar apps take the newer time.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1)
export function sequenceFromChange(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - SEQUENCE_EPOCH) / 60_000))
}

/** The governance meetings the reader sees (row-level security: their bodies', all for the secretariat), not long passed. */
export async function meetingEntries(tx: Tx, ctx: FeedContext): Promise<CalendarEntry[]> {
  // The body's name only where the reader may see bodies (community members): a meeting is listed either way.
  const rows = await tx.selectFrom('meetings as m').leftJoin('governance_bodies as b', 'b.id', 'm.body_id')
    .select(['m.id', 'm.title', 'm.starts_at', 'm.time_zone', 'm.duration_minutes', 'm.location', 'm.agenda', 'm.updated_at', 'b.name as body_name'])
    .where(sql<boolean>`m.starts_at + make_interval(mins => m.duration_minutes) >= ${since(ctx)}`)
    .orderBy('m.starts_at').execute()
  return rows.map(m => ({
    uid: meetingUid(m.id),
    start: m.starts_at,
    end: new Date(m.starts_at.getTime() + m.duration_minutes * 60_000),
    timeZone: m.time_zone,
    summary: m.title,
    detail: m.body_name,
    description: m.agenda,
    location: m.location,
    url: pageUrl(ctx, `/governance/meetings/${m.id}`),
    status: 'CONFIRMED',
    sequence: sequenceFromChange(m.updated_at),
    changedAt: m.updated_at,
  }))
}
