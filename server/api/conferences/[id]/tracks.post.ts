import { conferenceIdParam, trackSchema } from '#shared/schemas/conferences'
import { addTrack } from '../../../domain/conferences/conferences'

/** A chair adds a track with its topics. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, trackSchema)
  return withSignedIn(event, async tx => ({ id: await addTrack(tx, id, input) }))
})
