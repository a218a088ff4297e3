import { z } from 'zod'
import { deletePeriod } from '../../../domain/calendar/periods'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await withSignedIn(event, (tx, actor) => deletePeriod(tx, actor, id))
  return { ok: true }
})
