import { agreementFilterSchema } from '#shared/schemas/agreements'
import { listAgreements } from '../../domain/agreements/agreements'

export default defineEventHandler(async (event) => {
  const filter = queryValid(event, agreementFilterSchema)
  return withActor(event, tx => listAgreements(tx, filter))
})
