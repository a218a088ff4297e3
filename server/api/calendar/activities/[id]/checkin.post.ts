import { z } from 'zod'
import { checkinInputSchema } from '#shared/schemas/calendar-registration'
import { checkIn } from '../../../../domain/calendar/checkin'

/** Checks a confirmed person in at a session, by their code (typed or scanned) or picked from the list. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, checkinInputSchema)
  return withSignedIn(event, (tx, actor) => checkIn(tx, actor, id, input))
})
