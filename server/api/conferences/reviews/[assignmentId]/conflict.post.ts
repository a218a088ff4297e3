import { reviewIdParam, submissionConflictSchema } from '#shared/schemas/conferences-review'
import { declareConflictWithAssignment } from '../../../../domain/conferences/declarations'

/** The assigned reviewer declares a conflict with the submission: the assignment leaves their queue. 404 if not theirs. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'assignmentId', reviewIdParam)
  const { reason } = await readValid(event, submissionConflictSchema)
  return { id: await withSignedIn(event, (tx, actor) => declareConflictWithAssignment(tx, actor, id, reason)) }
})
