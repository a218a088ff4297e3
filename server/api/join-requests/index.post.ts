import { joinRequestInputSchema } from '#shared/schemas/governance'
import { fileJoinRequest } from '../../domain/governance/join-requests'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, joinRequestInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => fileJoinRequest(tx, actor, input))
})
