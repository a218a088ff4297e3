import { activityInputSchema } from '#shared/schemas/calendar'
import { createActivity, getActivity } from '../../../domain/calendar/activities'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, activityInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => getActivity(tx, await createActivity(tx, actor, input)))
})
