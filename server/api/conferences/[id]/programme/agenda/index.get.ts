import { conferenceIdParam } from '#shared/schemas/conferences'
import { myAgenda } from '../../../../../domain/conferences/agenda'

/** The talks of the conference the signed-in person starred, and those they give. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, (tx, actor) => myAgenda(tx, actor, id))
})
