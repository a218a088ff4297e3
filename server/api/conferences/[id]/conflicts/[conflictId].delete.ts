import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewIdParam } from '#shared/schemas/conferences-review'
import { removeConflict } from '../../../../domain/conferences/declarations'

/** A chair removes a reviewer's declared conflict (reviewers cannot take one back). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const conflictId = paramValid(event, 'conflictId', reviewIdParam)
  await withSignedIn(event, tx => removeConflict(tx, id, conflictId))
  return { ok: true }
})
