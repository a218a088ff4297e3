import { instanceCreateSchema } from '#shared/schemas/evaluation'
import { attachInstance } from '../../../domain/evaluation/instances'

/** Attaches a published version to an activity, a mobility call or a list of recipients. */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, instanceCreateSchema)
  return withSignedIn(event, (tx, actor) => attachInstance(tx, actor, input))
})
