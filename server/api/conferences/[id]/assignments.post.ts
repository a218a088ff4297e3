import { assignSchema, conferenceIdParam } from '#shared/schemas/conferences'
import { assignReviewer } from '../../../domain/conferences/reviews'
import { fail } from '../../../utils/errors'

/** A chair assigns an accepted reviewer; a conflict of interest is a translated 409 naming its kinds. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, assignSchema)
  return withSignedIn(event, async (tx) => {
    const submission = await tx.selectFrom('conference_submissions').select('id').where('id', '=', input.submissionId)
      .where('conference_id', '=', id).executeTakeFirst()
    if (!submission) fail(404, 'errors.notFound')
    return { id: await assignReviewer(tx, input) }
  })
})
