import { membershipInputSchema } from '#shared/schemas/platform'
import { addMembership } from '../../../domain/memberships/memberships'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const input = await readValid(event, membershipInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => addMembership(tx, input))
})
