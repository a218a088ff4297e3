import { z } from 'zod'
import { listActivityRegistrations } from '../../../../domain/calendar/registration-lists'

/** Organisers: every registration with its answers; an office: its own institution's. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => listActivityRegistrations(tx, id))
})
