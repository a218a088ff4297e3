import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam, programmeSessionMoveSchema } from '#shared/schemas/conferences-programme'
import { moveProgrammeSession } from '../../../../../domain/conferences/programme'
import { assertSessionOf } from '../../../../../domain/conferences/programme-views'

/** Moves a session (room, times in the venue's zone); once published, the people concerned are told. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const sessionId = paramValid(event, 'sessionId', programmeSessionIdParam)
  const input = await readValid(event, programmeSessionMoveSchema)
  await withSignedIn(event, async (tx) => {
    await assertSessionOf(tx, id, sessionId)
    await moveProgrammeSession(tx, sessionId, input)
  })
  return { ok: true }
})
