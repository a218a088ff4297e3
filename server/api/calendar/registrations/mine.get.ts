import { myRegistrations } from '../../../domain/calendar/registration-lists'

/** The signed-in person's registrations: state, waitlist position, offer deadline, check-in code. */
export default defineEventHandler(async (event) => {
  return withSignedIn(event, (tx, actor) => myRegistrations(tx, actor))
})
