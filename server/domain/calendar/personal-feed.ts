import type { Actor, Tx } from '../../db/as-user'
import { translate } from '../../i18n/messages'
import { registeredSessionEntries } from './activity-feeds'
import { calendarFile, meetingEntries, type FeedContext } from './feeds'
import { agendaEntries } from '../conferences/agenda'

/**
 * The private feed of a person, read as that person (row-level security): the sessions of activities they hold or are
 * offered a place in, the governance meetings they see, and the conference talks they starred, in their preferred language.
 */
export async function personalFeed(tx: Tx, actor: Actor, ctx: FeedContext): Promise<string> {
  const sessions = await registeredSessionEntries(tx, actor, ctx)
  const meetings = await meetingEntries(tx, ctx)
  const talks = await agendaEntries(tx, actor, ctx)
  const events = [...sessions, ...meetings, ...talks].sort((a, b) => a.start.getTime() - b.start.getTime())
  return calendarFile(ctx, translate(ctx.locale, 'calendar.feed.personalName'), events, true)
}
