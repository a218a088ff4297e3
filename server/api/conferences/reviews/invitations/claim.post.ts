import { z } from 'zod'
import { claimReviewerInvitation } from '../../../../domain/conferences/reviews'

const claimSchema = z.object({ secret: z.string().min(20).max(200) })

/** A person who opened an emailed reviewer invitation makes it theirs (then answers it in their queue). */
export default defineEventHandler(async (event) => {
  const { secret } = await readValid(event, claimSchema)
  return withSignedIn(event, async (tx, actor) => ({ id: await claimReviewerInvitation(tx, actor, secret) }))
})
