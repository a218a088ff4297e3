import { conferenceIdParam, decisionSchema } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { decide } from '../../../../domain/conferences/reviews'
import { fail } from '../../../../utils/errors'

/** A chair decides: accept as a talk or a poster, accept with revisions, or reject, with a note to the authors. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const submissionId = paramValid(event, 'submissionId', reviewIdParam)
  const input = await readValid(event, decisionSchema)
  return withSignedIn(event, async (tx) => {
    const submission = await tx.selectFrom('conference_submissions').select('id').where('id', '=', submissionId)
      .where('conference_id', '=', id).executeTakeFirst()
    if (!submission) fail(404, 'errors.notFound')
    return decide(tx, submissionId, input)
  })
})
