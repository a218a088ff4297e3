import { z } from 'zod'
import { getMeeting } from '../../../domain/governance/meetings'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => getMeeting(tx, id))
})
