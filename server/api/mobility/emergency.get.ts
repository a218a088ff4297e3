import { peopleAbroad } from '../../domain/mobility/safety'
import { STAFF_ROLES } from '#shared/roles'

/** The emergency view: who is abroad now, for the offices of their home or host institution. */
export default defineEventHandler(async (event) => {
  await requireRole(event, ...STAFF_ROLES)
  return withSignedIn(event, tx => peopleAbroad(tx))
})
