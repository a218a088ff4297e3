import { feedIcsParam } from '#shared/schemas/calendar-feeds'
import { asUser } from '../../../db/as-user'
import { feedOwner } from '../../../domain/calendar/feed-tokens'
import { personalFeed } from '../../../domain/calendar/personal-feed'
import { sendCalendar } from '../../../domain/calendar/reply'

/**
 * A person's private feed, opened by the secret in its address (no sign-in: calendar apps have none). The secret is
 * resolved on the service path; the feed is read as its owner, so it lists only what they may see. A revoked, unknown or
 * malformed secret is the same 404 as any missing page.
 */
export default defineEventHandler(async (event) => {
  // The file is [token].ics: its router parameter is named after the whole segment.
  const secret = paramValid(event, 'token.ics', feedIcsParam)
  const db = await useDatabase()
  const owner = await feedOwner(db, secret)
  if (!owner) fail(404, 'errors.notFound')
  const text = await asUser(db, owner, tx => personalFeed(tx, owner, { locale: owner.preferred_locale, baseUrl: portalConfig().baseUrl }))
  return sendCalendar(event, text, 'my-calendar.ics', 'private-feed')
})
