import { joinRequestFilterSchema } from '#shared/schemas/governance'
import { listJoinRequests } from '../../domain/governance/join-requests'

/** The secretariat's review list; anyone else gets their own requests. */
export default defineEventHandler(async (event) => {
  const { status } = queryValid(event, joinRequestFilterSchema)
  return withSignedIn(event, tx => listJoinRequests(tx, status))
})
