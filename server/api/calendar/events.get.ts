import { calendarEventsQuery } from '../../../shared/schemas/calendar-events'
import { listCalendarEvents } from '../../domain/calendar/events'

export default defineEventHandler(async (event) => {
  const query = queryValid(event, calendarEventsQuery)
  return withActor(event, (tx, actor) => listCalendarEvents(tx, actor, query))
})
