import { venueInputSchema } from '#shared/schemas/calendar'
import { createVenue } from '../../../domain/calendar/venues'
import { venueWithRooms } from '../../../domain/calendar/activities'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, venueInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async tx => venueWithRooms(tx, await createVenue(tx, input)))
})
