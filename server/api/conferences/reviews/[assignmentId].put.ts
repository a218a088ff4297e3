import { reviewSchema } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { saveReview } from '../../../domain/conferences/reviews'

/** The reviewer saves their review (scores per criterion, the two comments); with submit it is final. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'assignmentId', reviewIdParam)
  const input = await readValid(event, reviewSchema)
  return withSignedIn(event, async tx => ({ id: await saveReview(tx, id, input) }))
})
