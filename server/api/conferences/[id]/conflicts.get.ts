import { conferenceIdParam } from '#shared/schemas/conferences'
import { conferenceConflicts } from '../../../domain/conferences/declarations'

/** Every conflict the conference's reviewers declared (or chairs declared for them), for its chairs. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, tx => conferenceConflicts(tx, id))
})
