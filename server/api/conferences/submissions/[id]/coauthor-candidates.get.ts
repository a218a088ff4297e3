import { z } from 'zod'
import { directorySearchQuery } from '#shared/schemas/conferences'
import { coauthorCandidates } from '../../../../domain/conferences/authors'

/** People of member institutions' directory matching a name or a whole email, for an author adding a co-author. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { q } = queryValid(event, directorySearchQuery)
  return withSignedIn(event, tx => coauthorCandidates(tx, id, q))
})
