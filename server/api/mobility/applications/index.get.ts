import { applicationFilterSchema } from '#shared/schemas/mobility'
import { listApplications } from '../../../domain/mobility/applications'

export default defineEventHandler(async (event) => {
  const filter = queryValid(event, applicationFilterSchema)
  return withSignedIn(event, (tx, actor) => listApplications(tx, actor, filter))
})
