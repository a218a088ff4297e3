import { getOwnProfile } from '../../domain/profiles/profiles'

/** The signed-in person with profile and roles, or { user: null }. */
export default defineEventHandler(async (event) => {
  const actor = await getActor(event)
  if (!actor) return { user: null }
  return withSignedIn(event, async (tx, me) => {
    const profile = await getOwnProfile(tx, me)
    return { user: { ...profile, roles: [...new Set(profile.memberships.map(m => m.role))] } }
  })
})
