import { profileUpdateSchema } from '#shared/schemas/platform'
import { updateOwnProfile } from '../../domain/profiles/profiles'

export default defineEventHandler(async (event) => {
  const patch = await readValid(event, profileUpdateSchema)
  return withSignedIn(event, (tx, actor) => updateOwnProfile(tx, actor, patch))
})
