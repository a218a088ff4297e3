import { getOwnProfile } from '../../domain/profiles/profiles'
import { unreadCount } from '../../domain/notifications/notify'
import { pendingNotices } from '../../domain/privacy/consents'

/**
 * The signed-in person with profile and roles, or { user: null }. With them, in the same transaction, what every
 * signed-in page shows around its content: the bell's unread count and the notices still to accept (a page render
 * asked for each in a request and a transaction of its own).
 */
export default defineEventHandler(async (event) => {
  const actor = await getActor(event)
  if (!actor) return { user: null }
  return withSignedIn(event, async (tx, me) => {
    const profile = await getOwnProfile(tx, me)
    const unread = await unreadCount(tx, me.id)
    const pending = await pendingNotices(tx, me)
    return { user: { ...profile, roles: [...new Set(profile.memberships.map(m => m.role))] }, unread, pendingNotices: pending }
  })
})
