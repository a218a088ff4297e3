import { authorshipConfirmSchema } from '#shared/schemas/conferences-authors'
import { confirmAuthorship, confirmAuthorshipByLink } from '../../../domain/conferences/submissions'

/** A co-author confirms: the row naming them (by its id), or an emailed invitation's secret (the row becomes theirs). */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, authorshipConfirmSchema)
  return withSignedIn(event, async (tx, actor) => {
    if (input.token) return { submissionId: (await confirmAuthorshipByLink(tx, actor, input.token)).submission_id }
    await confirmAuthorship(tx, actor, input.authorId!)
    const row = await tx.selectFrom('submission_authors').select('submission_id').where('id', '=', input.authorId!).executeTakeFirstOrThrow()
    return { submissionId: row.submission_id }
  })
})
