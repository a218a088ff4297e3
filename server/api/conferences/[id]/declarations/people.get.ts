import { conferenceIdParam } from '#shared/schemas/conferences'
import { reviewerSearchQuery } from '#shared/schemas/conferences-review'
import { peopleToDeclare } from '../../../../domain/conferences/declarations'

/** Teachers and experts a reviewer or chair of the conference may name in a co-authorship or a conflict, by name. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const { q } = queryValid(event, reviewerSearchQuery)
  return withSignedIn(event, (tx, actor) => peopleToDeclare(tx, actor, id, q))
})
