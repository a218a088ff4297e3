import { z } from 'zod'
import { getActivity } from '../../../domain/calendar/activities'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withActor(event, tx => getActivity(tx, id))
})
