import { z } from 'zod'
import { periodInputSchema } from '#shared/schemas/holidays'
import { updatePeriod } from '../../../domain/calendar/periods'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, periodInputSchema)
  return withSignedIn(event, (tx, actor) => updatePeriod(tx, actor, id, input))
})
