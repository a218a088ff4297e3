import { conferenceSettingsSchema } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { createConference } from '../../../domain/conferences/conferences'

/** Whoever manages a conference activity opens its call: the academic side's settings. */
export default defineEventHandler(async (event) => {
  const activityId = paramValid(event, 'activityId', reviewIdParam)
  const input = await readValid(event, conferenceSettingsSchema)
  return withSignedIn(event, async (tx, actor) => ({ id: await createConference(tx, actor, activityId, input) }))
})
