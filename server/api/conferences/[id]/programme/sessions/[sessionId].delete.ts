import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam } from '#shared/schemas/conferences-programme'
import { deleteProgrammeSession } from '../../../../../domain/conferences/programme-views'

/** Removes a session that holds no scheduled talk (chairs). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const sessionId = paramValid(event, 'sessionId', programmeSessionIdParam)
  await withSignedIn(event, tx => deleteProgrammeSession(tx, id, sessionId))
  return { ok: true }
})
