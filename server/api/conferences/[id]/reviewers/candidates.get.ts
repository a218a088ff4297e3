import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewerSearchQuery } from '#shared/schemas/conferences-review'
import { reviewerCandidates } from '../../../../domain/conferences/review-board'

/** Teachers and experts of member institutions whose name matches, for a chair inviting reviewers. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const { q } = queryValid(event, reviewerSearchQuery)
  return withSignedIn(event, tx => reviewerCandidates(tx, id, q))
})
