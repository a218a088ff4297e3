import { z } from 'zod'
import { deleteHoliday } from '../../../domain/calendar/holidays'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await withSignedIn(event, tx => deleteHoliday(tx, id))
  return { ok: true }
})
