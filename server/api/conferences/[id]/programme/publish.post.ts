import { conferenceIdParam } from '#shared/schemas/conferences'
import { publishProgramme } from '../../../../domain/conferences/programme'

/** Publishes the programme (chairs): its sessions, talks and speakers become public. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const publishedAt = await withSignedIn(event, tx => publishProgramme(tx, id))
  return { publishedAt }
})
