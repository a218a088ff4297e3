import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeConflicts } from '../../../../domain/conferences/programme'

/** What the timetable editor warns about (chairs): a speaker or chair in two places, a room double-booked, a day off. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, tx => programmeConflicts(tx, id))
})
