import { z } from 'zod'
import { bodyMemberInputSchema } from '#shared/schemas/governance'
import { addBodyMember } from '../../../../domain/governance/bodies'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await requireRole(event, 'secretariat')
  const input = await readValid(event, bodyMemberInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => addBodyMember(tx, id, input))
})
