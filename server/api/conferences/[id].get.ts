import { conferenceIdParam } from '#shared/schemas/conferences'
import { getCall } from '../../domain/conferences/authors'

/** The call for abstracts: text, tracks, types, languages, word limit, deadline (an instant, with the conference's zone). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withActor(event, tx => getCall(tx, id))
})
