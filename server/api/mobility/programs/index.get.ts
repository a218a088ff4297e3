import { listManagedPrograms } from '../../../domain/mobility/programs'

/** The programs an office can open calls for (the call form's choice). */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'office_staff', 'partner_staff')
  return withSignedIn(event, (tx, actor) => listManagedPrograms(tx, actor))
})
