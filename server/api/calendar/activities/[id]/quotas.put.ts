import { z } from 'zod'
import { quotasInputSchema } from '#shared/schemas/calendar-registration'
import { setActivityQuotas } from '../../../../domain/calendar/registration-lists'

/** Organisers set the places reserved for each partner; places a change opens go to the waitlist at once. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, quotasInputSchema)
  return withSignedIn(event, tx => setActivityQuotas(tx, id, input))
})
