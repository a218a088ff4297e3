import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam, programmeSessionEditSchema } from '#shared/schemas/conferences-programme'
import { editProgrammeSession } from '../../../../../domain/conferences/programme'
import { assertSessionOf } from '../../../../../domain/conferences/programme-views'

/**
 * Edits a session: room and times in the venue's zone (once published, the people concerned are told of a move), and,
 * when given, its title, track, language, interpretation languages and chairs.
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const sessionId = paramValid(event, 'sessionId', programmeSessionIdParam)
  const input = await readValid(event, programmeSessionEditSchema)
  await withSignedIn(event, async (tx) => {
    await assertSessionOf(tx, id, sessionId)
    await editProgrammeSession(tx, sessionId, input)
  })
  return { ok: true }
})
