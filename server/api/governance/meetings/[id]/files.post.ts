import { z } from 'zod'
import { meetingFileSchema } from '#shared/schemas/governance'
import { attachMeetingFile } from '../../../../domain/governance/meeting-records'

/** Attaches a file uploaded first through POST /api/files. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { fileId } = await readValid(event, meetingFileSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => attachMeetingFile(tx, actor, id, fileId))
})
