import { z } from 'zod'
import { holidayUpdateSchema } from '#shared/schemas/holidays'
import { updateHoliday } from '../../../domain/calendar/holidays'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, holidayUpdateSchema)
  return withSignedIn(event, tx => updateHoliday(tx, id, input))
})
