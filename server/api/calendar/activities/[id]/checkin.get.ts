import { z } from 'zod'
import { checkinList } from '../../../../domain/calendar/checkin'

/** Organisers at the door: the sessions and the confirmed people, with who is checked in at the chosen session. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { sessionId } = queryValid(event, z.object({ sessionId: z.string().uuid().optional() }))
  return withSignedIn(event, tx => checkinList(tx, id, sessionId ?? null))
})
