import { z } from 'zod'
import { takeRegistrationStep } from '../../../../domain/calendar/registrations'

/** Answers with the registration's new state; the page reloads what it shows. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => takeRegistrationStep(tx, actor, id, 'decline'))
})
