import { findingCreateSchema } from '#shared/schemas/evaluation'
import { createFinding } from '../../../domain/evaluation/findings'

/** Records a finding on an instance or an activity. */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, findingCreateSchema)
  return withSignedIn(event, (tx, actor) => createFinding(tx, actor, input))
})
