import { conferenceIdParam, reviewerInviteSchema } from '#shared/schemas/conferences'
import { inviteReviewer } from '../../../domain/conferences/reviews'

/** A chair invites a reviewer from the directory (told in-app) or by email (a mail in the chosen language). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, reviewerInviteSchema)
  // The emailed secret goes in the mail only, never back to the chair.
  return withSignedIn(event, async (tx, actor) => ({ id: (await inviteReviewer(tx, actor, id, input)).id }))
})
