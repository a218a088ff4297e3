import { reviewIdParam } from '#shared/schemas/conferences-review'
import { assignmentForReviewer } from '../../../domain/conferences/review-board'

/** An assignment as its reviewer may see it: no author identity in the anonymised phase; 404 in conflict or not theirs. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'assignmentId', reviewIdParam)
  return withSignedIn(event, (tx, actor) => assignmentForReviewer(tx, actor, id))
})
