import { z } from 'zod'
import { activityUpdateSchema } from '#shared/schemas/calendar'
import { getActivity, updateActivity } from '../../../domain/calendar/activities'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, activityUpdateSchema)
  return withSignedIn(event, async (tx, actor) => {
    await updateActivity(tx, actor, id, input)
    return getActivity(tx, id)
  })
})
