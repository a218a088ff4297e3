import { precedentQuerySchema } from '#shared/schemas/recognition'
import { requireStaffOf } from '../../domain/credits/credits'
import { precedents } from '../../domain/recognition/recognition'

/** The precedent library of a host course for one home institution: its staff only, nothing about the students. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, precedentQuerySchema)
  return withSignedIn(event, async (tx, actor) => {
    await requireStaffOf(tx, query.institutionId)
    return { precedents: await precedents(tx, actor, query.institutionId, query) }
  })
})
