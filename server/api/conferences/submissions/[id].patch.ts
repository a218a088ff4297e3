import { z } from 'zod'
import { submissionUpdateSchema } from '#shared/schemas/conferences'
import { updateSubmission } from '../../../domain/conferences/submissions'

/** Its authors edit the content while it is a draft or submitted and the call is open. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, submissionUpdateSchema)
  await withSignedIn(event, tx => updateSubmission(tx, id, input))
  return { ok: true }
})
