import { z } from 'zod'
import { removeCoauthor } from '../../../../../domain/conferences/submissions'

/** Removes a co-author (never the submitter) while the content may change. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const authorId = paramValid(event, 'authorId', z.string().uuid())
  await withSignedIn(event, tx => removeCoauthor(tx, id, authorId))
  return { ok: true }
})
