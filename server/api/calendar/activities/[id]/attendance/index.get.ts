import { z } from 'zod'
import { attendanceByPartner } from '../../../../../domain/calendar/checkin'

/** Organisers: per partner, how many confirmed people came, and the share. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => attendanceByPartner(tx, id))
})
