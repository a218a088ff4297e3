import { pageSchema } from '#shared/schemas/platform'
import { listOutbox } from '../../domain/audit/audit'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const { limit } = queryValid(event, pageSchema)
  return withSignedIn(event, tx => listOutbox(tx, limit))
})
