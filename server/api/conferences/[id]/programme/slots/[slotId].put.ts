import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam, programmeSlotOrderSchema } from '#shared/schemas/conferences-programme'
import { reorderSlot } from '../../../../../domain/conferences/programme-views'

/** A talk's order in its session, or its move to another session (chairs). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const slotId = paramValid(event, 'slotId', programmeSessionIdParam)
  const input = await readValid(event, programmeSlotOrderSchema)
  await withSignedIn(event, tx => reorderSlot(tx, id, slotId, input))
  return { ok: true }
})
