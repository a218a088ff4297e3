import { z } from 'zod'
import { deleteFile } from '../../domain/files/files'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await withSignedIn(event, tx => deleteFile(tx, useFileStore(), id))
  return { ok: true }
})
