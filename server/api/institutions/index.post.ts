import { institutionInputSchema } from '#shared/schemas/platform'
import { createInstitution } from '../../domain/institutions/institutions'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const input = await readValid(event, institutionInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => createInstitution(tx, input))
})
