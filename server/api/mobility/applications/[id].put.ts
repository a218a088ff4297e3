import { z } from 'zod'
import { applicationSaveSchema } from '#shared/schemas/mobility'
import { getApplication, saveApplication } from '../../../domain/mobility/applications'

/** Saves the draft; 409 with the current revision when someone changed it meanwhile. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const save = await readValid(event, applicationSaveSchema)
  return withSignedIn(event, async (tx, actor) => {
    await saveApplication(tx, actor, id, save)
    return getApplication(tx, actor, id)
  })
})
