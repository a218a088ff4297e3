import { z } from 'zod'
import { registrationInputSchema } from '#shared/schemas/calendar-registration'
import { registerForActivity } from '../../../../domain/calendar/registrations'

/** Registers the signed-in person, or (personIds) people of the office's institution: confirmed or waitlisted each. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, registrationInputSchema)
  return withSignedIn(event, (tx, actor) => registerForActivity(tx, actor, id, input))
})
