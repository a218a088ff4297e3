import { conferenceIdParam } from '#shared/schemas/conferences'
import { loadConference } from '../../../../domain/conferences/conferences'
import { mySubmissions } from '../../../../domain/conferences/authors'

/** The signed-in person's own submissions to this conference. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, async (tx, actor) => {
    await loadConference(tx, id)
    return mySubmissions(tx, actor, id)
  })
})
