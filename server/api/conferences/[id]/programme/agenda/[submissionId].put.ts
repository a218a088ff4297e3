import { conferenceIdParam } from '#shared/schemas/conferences'
import { programmeSessionIdParam } from '#shared/schemas/conferences-programme'
import { starTalk } from '../../../../../domain/conferences/agenda'

/** Stars a talk of the published programme for the signed-in person's agenda. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const submissionId = paramValid(event, 'submissionId', programmeSessionIdParam)
  await withSignedIn(event, (tx, actor) => starTalk(tx, actor, id, submissionId))
  return { ok: true }
})
