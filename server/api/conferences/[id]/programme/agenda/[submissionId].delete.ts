import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam } from '#shared/schemas/conferences-programme'
import { unstarTalk } from '../../../../../domain/conferences/agenda'

/** Takes a talk off the signed-in person's agenda. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const submissionId = paramValid(event, 'submissionId', programmeSessionIdParam)
  await withSignedIn(event, (tx, actor) => unstarTalk(tx, actor, id, submissionId))
  return { ok: true }
})
