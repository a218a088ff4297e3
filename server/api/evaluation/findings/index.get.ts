import { findingsQuerySchema } from '#shared/schemas/evaluation'
import { listFindings } from '../../../domain/evaluation/findings'

/** Findings of an instance or an activity with their actions. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, findingsQuerySchema)
  return withSignedIn(event, tx => listFindings(tx, query))
})
