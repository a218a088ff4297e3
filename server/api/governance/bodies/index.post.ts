import { bodyInputSchema } from '#shared/schemas/governance'
import { createBody } from '../../../domain/governance/bodies'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const input = await readValid(event, bodyInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => createBody(tx, input))
})
