import { z } from 'zod'
import { attachmentDisposition, downloadFilename } from '../../domain/files/filename'
import { readFileFor } from '../../domain/files/files'

/** Download after the RLS check on the file's row; never a public URL. The extension follows the sniffed type. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { row, bytes } = await withSignedIn(event, tx => readFileFor(tx, useFileStore(), id))
  setResponseHeaders(event, {
    'content-type': row.content_type,
    'content-length': bytes.byteLength,
    'content-disposition': attachmentDisposition(downloadFilename(row.filename, row.content_type)),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  })
  return bytes
})
