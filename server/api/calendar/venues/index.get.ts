import { listVenues } from '../../../domain/calendar/venues'

/** Venues with their rooms, for the activity form and the session editor. */
export default defineEventHandler(event => withActor(event, tx => listVenues(tx)))
