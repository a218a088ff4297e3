import { reviewerAnswerSchema } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { answerReviewerInvitation } from '../../../../domain/conferences/reviews'

/** The invited reviewer accepts, declaring their tracks and topics, or declines. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'reviewerId', reviewIdParam)
  const input = await readValid(event, reviewerAnswerSchema)
  return withSignedIn(event, async (tx, actor) => {
    await answerReviewerInvitation(tx, actor, id, input)
    return { ok: true }
  })
})
