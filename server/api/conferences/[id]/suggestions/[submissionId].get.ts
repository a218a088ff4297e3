import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { suggestionsFor } from '../../../../domain/conferences/review-board'

/** Reviewers to assign, best first (topic, then load), and who is left out for a conflict of interest, with why. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const submissionId = paramValid(event, 'submissionId', reviewIdParam)
  return withSignedIn(event, tx => suggestionsFor(tx, id, submissionId))
})
