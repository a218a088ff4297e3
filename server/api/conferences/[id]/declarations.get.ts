import { conferenceIdParam } from '#shared/schemas/conferences'
import { myDeclarations } from '../../../domain/conferences/declarations'

/** The reader's declarations for this conference: conflicts on their reviewer row and their co-authorships. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  return withSignedIn(event, (tx, actor) => myDeclarations(tx, actor, id))
})
