import { agreementCreateSchema } from '#shared/schemas/agreements'
import { createAgreement, getAgreement } from '../../domain/agreements/agreements'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, agreementCreateSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => getAgreement(tx, await createAgreement(tx, actor, input), actor))
})
