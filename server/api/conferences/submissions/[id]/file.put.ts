import { z } from 'zod'
import { submissionFileSchema } from '#shared/schemas/conferences-authors'
import { setSubmissionFile } from '../../../../domain/conferences/authors'

/** Attaches the optional PDF (uploaded first through /api/files) or removes it with null. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { fileId } = await readValid(event, submissionFileSchema)
  await withSignedIn(event, (tx, actor) => setSubmissionFile(tx, actor, id, fileId))
  return { ok: true }
})
