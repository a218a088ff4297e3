import { z } from 'zod'
import { sessionCancelSchema } from '#shared/schemas/calendar'
import { cancelSession } from '../../../../domain/calendar/sessions'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, sessionCancelSchema)
  return withSignedIn(event, (tx, actor) => cancelSession(tx, actor, id, input.reason))
})
