import { z } from 'zod'
import { attachDocument } from '../../../../../domain/mobility/applications'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const key = paramValid(event, 'key', z.string().regex(/^[a-z0-9_]{1,40}$/))
  const { fileId } = await readValid(event, z.object({ fileId: z.string().uuid() }))
  return withSignedIn(event, (tx, actor) => attachDocument(tx, actor, id, key, fileId))
})
