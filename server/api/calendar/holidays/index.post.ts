import { holidayInputSchema } from '#shared/schemas/holidays'
import { createHoliday } from '../../../domain/calendar/holidays'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, holidayInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => createHoliday(tx, input))
})
