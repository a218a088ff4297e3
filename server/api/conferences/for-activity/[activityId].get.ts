import { reviewIdParam } from '#shared/schemas/conferences-review'
import { conferenceOfActivity } from '../../../domain/conferences/review-board'

/** Whether an activity has a conference, and whether the reader chairs it (the activity page's "Manage conference"). */
export default defineEventHandler(async (event) => {
  const activityId = paramValid(event, 'activityId', reviewIdParam)
  return withSignedIn(event, tx => conferenceOfActivity(tx, activityId))
})
