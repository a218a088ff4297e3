import { conferenceIdParam, conferenceSettingsSchema } from '#shared/schemas/conferences'
import { updateConferenceSettings } from '../../../domain/conferences/conferences'

/** A chair changes the call's settings (the deadline is wall-clock time in the conference's zone). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const input = await readValid(event, conferenceSettingsSchema)
  return withSignedIn(event, async (tx) => {
    await updateConferenceSettings(tx, id, input)
    return { ok: true }
  })
})
