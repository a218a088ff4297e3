import { z } from 'zod'
import { scheduleWarningsInputSchema } from '#shared/schemas/schedule-warnings'
import { proposedSession, scheduleWarnings } from '../../../../domain/calendar/warnings'

/** What the organisers should know about proposed sessions (holidays, exams, rooms, audiences, hours); never blocks. */
export default defineEventHandler(async (event) => {
  const activityId = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, scheduleWarningsInputSchema)
  const sessions = input.sessions.map(proposedSession)
  return withSignedIn(event, tx => scheduleWarnings(tx, { activityId, sessions }))
})
