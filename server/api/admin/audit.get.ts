import { pageSchema } from '#shared/schemas/platform'
import { listAudit } from '../../domain/audit/audit'

/** Everyone signed in may look; RLS shows the secretariat all rows and others their own acts. */
export default defineEventHandler(async (event) => {
  const page = queryValid(event, pageSchema)
  return withSignedIn(event, tx => listAudit(tx, page))
})
