import { conferenceIdParam, submissionCreateSchema } from '#shared/schemas/conferences'
import { createSubmission } from '../../../../domain/conferences/submissions'

/** A draft submission to an open call, the signed-in person its submitter and first author. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, submissionCreateSchema)
  const submissionId = await withSignedIn(event, (tx, actor) => createSubmission(tx, actor, id, input))
  setResponseStatus(event, 201)
  return { id: submissionId }
})
