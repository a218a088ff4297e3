import { institutionFilterSchema } from '#shared/schemas/platform'
import { listInstitutions } from '../../domain/institutions/institutions'

export default defineEventHandler(async (event) => {
  const filter = queryValid(event, institutionFilterSchema)
  return withActor(event, tx => listInstitutions(tx, filter))
})
