import { coauthorshipSchema, conferenceIdParam } from '#shared/schemas/conferences'
import { loadConference } from '../../../domain/conferences/conferences'
import { declareCoauthorship } from '../../../domain/conferences/reviews'

/** The signed-in person declares that they published with another person in a year (a conflict within the lookback). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, coauthorshipSchema)
  return withSignedIn(event, async (tx, actor) => {
    await loadConference(tx, id)
    await declareCoauthorship(tx, actor, input)
    return { ok: true }
  })
})
