import { z } from 'zod'
import { meetingPatchSchema } from '#shared/schemas/governance'
import { updateMeeting } from '../../../domain/governance/meetings'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const patch = await readValid(event, meetingPatchSchema)
  return withSignedIn(event, tx => updateMeeting(tx, id, patch))
})
