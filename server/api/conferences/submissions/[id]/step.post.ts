import { z } from 'zod'
import { submissionStepSchema } from '#shared/schemas/conferences'
import { takeSubmissionStep } from '../../../../domain/conferences/submissions'

/** A named step of the lifecycle (an author submits or withdraws); the side that may take it is checked. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { action } = await readValid(event, submissionStepSchema)
  return withSignedIn(event, tx => takeSubmissionStep(tx, id, action))
})
