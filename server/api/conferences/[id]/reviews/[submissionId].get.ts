import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { reviewsForChair } from '../../../../domain/conferences/review-board'

/** The submitted reviews of a submission for its chair, comments to the chair included. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const submissionId = paramValid(event, 'submissionId', reviewIdParam)
  return withSignedIn(event, tx => reviewsForChair(tx, id, submissionId))
})
