import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeRoomSchema } from '#shared/schemas/conferences-programme'
import { addProgrammeRoom } from '../../../../domain/conferences/programme-views'

/** Adds a room to the conference's venue (chairs who manage the venue). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, programmeRoomSchema)
  setResponseStatus(event, 201)
  return { id: await withSignedIn(event, tx => addProgrammeRoom(tx, id, input)) }
})
