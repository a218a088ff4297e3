import { z } from 'zod'
import { cameraReadySchema } from '#shared/schemas/conferences-authors'
import { setCameraReady } from '../../../../domain/conferences/authors'

/** The camera-ready PDF after acceptance (uploaded first through /api/files). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { fileId } = await readValid(event, cameraReadySchema)
  await withSignedIn(event, (tx, actor) => setCameraReady(tx, actor, id, fileId))
  return { ok: true }
})
