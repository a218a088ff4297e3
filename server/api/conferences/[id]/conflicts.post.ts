import { conferenceIdParam, conflictDeclareSchema } from '#shared/schemas/conferences'
import { declareConflict } from '../../../domain/conferences/reviews'
import { fail } from '../../../utils/errors'

/** A reviewer (or a chair for them) declares a conflict of interest with a person, an institution or a submission. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, conflictDeclareSchema)
  return withSignedIn(event, async (tx) => {
    const reviewer = await tx.selectFrom('conference_reviewers').select('id').where('id', '=', input.reviewerId)
      .where('conference_id', '=', id).executeTakeFirst()
    if (!reviewer) fail(404, 'errors.notFound')
    return { id: await declareConflict(tx, input) }
  })
})
