import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { unassignReviewer } from '../../../../domain/conferences/review-board'

/** A chair takes an assignment back (not once its review is submitted). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const assignmentId = paramValid(event, 'assignmentId', reviewIdParam)
  return withSignedIn(event, async (tx) => {
    await unassignReviewer(tx, id, assignmentId)
    return { ok: true }
  })
})
