import { conferenceIdParam, programmeSlotSchema } from '#shared/schemas/conferences'
import { placeSubmission } from '../../../../../domain/conferences/programme'
import { assertSessionOf } from '../../../../../domain/conferences/programme-views'

/** Puts an accepted submission in a session of the conference (chairs). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, programmeSlotSchema)
  setResponseStatus(event, 201)
  return {
    id: await withSignedIn(event, async (tx) => {
      await assertSessionOf(tx, id, input.sessionId)
      return placeSubmission(tx, input)
    }),
  }
})
