import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam } from '#shared/schemas/conferences-programme'
import { removeSlot } from '../../../../../domain/conferences/programme-views'

/** Takes a talk out of its session (chairs). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const slotId = paramValid(event, 'slotId', programmeSessionIdParam)
  await withSignedIn(event, tx => removeSlot(tx, id, slotId))
  return { ok: true }
})
