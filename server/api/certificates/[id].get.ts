import { z } from 'zod'
import { certificateFormatSchema } from '#shared/schemas/certificates'
import { certificateView } from '../../domain/certificates/certificates'
import { certificateFile } from '../../domain/certificates/documents'
import { attachmentDisposition } from '../../domain/files/filename'

/**
 * One certificate, for its co-issuers' staff (drafts too) and its holder (once issued), with what the reader may do;
 * ?format=pdf or ?format=credential: the PDF or the signed credential stored when it was issued (409 before).
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { format } = queryValid(event, certificateFormatSchema)
  if (!format) return withSignedIn(event, (tx, actor) => certificateView(tx, actor, id))
  const file = await withSignedIn(event, tx => certificateFile(tx, id, format))
  setResponseHeaders(event, {
    'content-type': file.contentType,
    'content-length': file.bytes.byteLength,
    'content-disposition': attachmentDisposition(file.filename),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  })
  // Typed as never: the route's typed reply stays the JSON view the pages read (as the learning agreement's PDF does).
  return send(event, Buffer.from(file.bytes), file.contentType) as never
})
