import { holidayQuerySchema } from '#shared/schemas/holidays'
import { listHolidays } from '../../../domain/calendar/holidays'

export default defineEventHandler((event) => {
  const query = queryValid(event, holidayQuerySchema)
  return withActor(event, tx => listHolidays(tx, query))
})
