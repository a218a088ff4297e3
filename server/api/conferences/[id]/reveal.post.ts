import { conferenceIdParam } from '#shared/schemas/conferences'
import { revealIdentities } from '../../../domain/conferences/conferences'

/** A chair ends the anonymised phase: reviewers see authors and institutions from now on. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, async (tx) => {
    await revealIdentities(tx, id)
    return { ok: true }
  })
})
