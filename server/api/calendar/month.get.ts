import { daysOfRange, summariseDays } from '../../../shared/calendar/events'
import { calendarMonthQuery } from '../../../shared/schemas/calendar-events'
import { listCalendarEvents } from '../../domain/calendar/events'

/** A month grid's events: each local day's first perDay and every day's count, so a busy month sends a few kilobytes. */
export default defineEventHandler(async (event) => {
  const { zone, perDay, ...query } = queryValid(event, calendarMonthQuery)
  const events = await withActor(event, (tx, actor) => listCalendarEvents(tx, actor, query))
  return summariseDays(events, daysOfRange(query.from, query.to, zone), zone, perDay)
})
