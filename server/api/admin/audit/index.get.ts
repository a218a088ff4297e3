import { auditFilterSchema } from '#shared/schemas/audit'
import { listAudit } from '../../../domain/audit/audit'

/** The secretariat's log, 50 events a page; RLS still decides which rows a reader sees. */
export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const filter = queryValid(event, auditFilterSchema)
  return withSignedIn(event, tx => listAudit(tx, filter))
})
