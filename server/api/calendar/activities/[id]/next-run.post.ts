import { z } from 'zod'
import { planNextRun } from '../../../../domain/calendar/next-run'

/** "Plan the next run": a new draft that repeats this activity (texts, venue, capacity, invitees; no sessions). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => planNextRun(tx, actor, id))
})
