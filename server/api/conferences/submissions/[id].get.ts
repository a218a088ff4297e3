import { z } from 'zod'
import { submissionForAuthor } from '../../../domain/conferences/authors'

/** A submission with its call, the author's steps and, after the decision, the decision and comments to authors. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, tx => submissionForAuthor(tx, id))
})
