import { z } from 'zod'
import { sessionMoveSchema } from '#shared/schemas/calendar'
import { moveSession } from '../../../domain/calendar/sessions'

/** Moves a session; its registrants are told the old and the new time. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, sessionMoveSchema)
  return withSignedIn(event, (tx, actor) => moveSession(tx, actor, id, input))
})
