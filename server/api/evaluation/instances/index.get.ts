import { instancesQuerySchema } from '#shared/schemas/evaluation'
import { listInstances } from '../../../domain/evaluation/instances'

/** The instances of an activity or of a form, with their windows and response counts. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, instancesQuerySchema)
  return withSignedIn(event, tx => listInstances(tx, query))
})
