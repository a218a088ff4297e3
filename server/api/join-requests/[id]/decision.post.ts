import { z } from 'zod'
import { joinDecisionSchema } from '#shared/schemas/governance'
import { decideJoinRequest } from '../../../domain/governance/join-requests'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await requireRole(event, 'secretariat')
  const decision = await readValid(event, joinDecisionSchema)
  return withSignedIn(event, (tx, actor) => decideJoinRequest(tx, actor, id, decision))
})
