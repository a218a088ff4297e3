import { listManagedPrograms } from '../../../domain/mobility/programs'
import { STAFF_ROLES } from '#shared/roles'

/** The programs an office can open calls for (the call form's choice). */
export default defineEventHandler(async (event) => {
  await requireRole(event, ...STAFF_ROLES)
  return withSignedIn(event, (tx, actor) => listManagedPrograms(tx, actor))
})
