import { peopleAbroad } from '../../domain/mobility/safety'

/** The emergency view: who is abroad now, for the offices of their home or host institution. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'office_staff', 'partner_staff')
  return withSignedIn(event, tx => peopleAbroad(tx))
})
