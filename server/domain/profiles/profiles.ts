import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { ProfileUpdate } from '../../../shared/schemas/platform'
import { fail } from '../../utils/errors'
import { canonicalZone } from '../../../shared/time-zones'

const RASTER_TYPES = ['image/png', 'image/jpeg', 'image/webp']
const COLUMNS = ['id', 'email', 'display_name', 'preferred_locale', 'time_zone', 'thai_buddhist_calendar', 'avatar_file_id'] as const

export async function getOwnProfile(tx: Tx, actor: Actor) {
  const profile = await tx.selectFrom('profiles').select(COLUMNS).where('id', '=', actor.id).executeTakeFirst()
  if (!profile) fail(404, 'errors.notFound')
  const memberships = await tx.selectFrom('memberships').innerJoin('institutions', 'institutions.id', 'memberships.institution_id')
    .select(['memberships.id', 'memberships.role', 'institutions.id as institution_id', 'institutions.slug', 'institutions.name', 'institutions.country'])
    .where('memberships.user_id', '=', actor.id).orderBy('memberships.created_at').orderBy('memberships.id').execute()
  return { ...profile, memberships }
}

export async function updateOwnProfile(tx: Tx, actor: Actor, patch: ProfileUpdate) {
  if (patch.avatarFileId) {
    // The same rule as the database's: a raster image the person uploaded themself.
    const file = await tx.selectFrom('files').select(['content_type', 'owner_id']).where('id', '=', patch.avatarFileId).executeTakeFirst()
    if (!file || file.owner_id !== actor.id || !RASTER_TYPES.includes(file.content_type)) fail(422, 'profile.errors.avatarNotImage')
  }
  await tx.updateTable('profiles').set({
    display_name: patch.displayName,
    preferred_locale: patch.preferredLocale,
    time_zone: patch.timeZone && canonicalZone(patch.timeZone),
    thai_buddhist_calendar: patch.thaiBuddhistCalendar,
    avatar_file_id: patch.avatarFileId,
    updated_at: new Date(),
  }).where('id', '=', actor.id).execute()
  return getOwnProfile(tx, actor)
}

/**
 * The display names of people the actor works with but whose profiles RLS hides (profiles_select):
 * the members of a body they sit on, the contact persons of their agreement's other parties. The
 * caller decides that the actor may see these names, and names why.
 */
export async function displayNames(tx: Tx, userIds: string[], reason: string): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map()
  const rows = await elevated(tx, reason, svc => svc.selectFrom('profiles').select(['id', 'display_name'])
    .where('id', 'in', [...new Set(userIds)]).execute())
  return new Map(rows.map(r => [r.id, r.display_name]))
}
