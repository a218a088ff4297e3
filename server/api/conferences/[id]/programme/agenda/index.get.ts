import { conferenceIdParam } from '#shared/schemas/conferences'
import { myAgenda } from '../../../../../domain/conferences/agenda'

/** The talks of the conference the signed-in person starred. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return { submissionIds: await withSignedIn(event, (tx, actor) => myAgenda(tx, actor, id)) }
})
