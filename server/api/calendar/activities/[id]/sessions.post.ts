import { z } from 'zod'
import { sessionsInputSchema } from '#shared/schemas/calendar'
import { addSessions } from '../../../../domain/calendar/sessions'

/** Single sessions and/or one recurring series; answers with the new sessions' ids. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, sessionsInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => ({ ids: await addSessions(tx, actor, id, input) }))
})
