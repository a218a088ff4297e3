import { conferenceIdParam, programmeSessionSchema } from '#shared/schemas/conferences'
import { addProgrammeSession } from '../../../../../domain/conferences/programme'

/** A session at wall-clock times in the venue's zone, in a room, with its language, interpretation and chairs. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, programmeSessionSchema)
  setResponseStatus(event, 201)
  return { id: await withSignedIn(event, tx => addProgrammeSession(tx, id, input)) }
})
