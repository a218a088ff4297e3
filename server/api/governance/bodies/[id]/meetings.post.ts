import { z } from 'zod'
import { meetingInputSchema } from '#shared/schemas/governance'
import { scheduleMeeting } from '../../../../domain/governance/meetings'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, meetingInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => scheduleMeeting(tx, id, input))
})
