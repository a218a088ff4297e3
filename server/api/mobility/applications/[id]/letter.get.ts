import { z } from 'zod'
import { renderPdfFor } from '../../../../documents/pdf'
import { invitationDocument } from '../../../../domain/mobility/invitation'

/** The bilingual acceptance letter (host language + English, or ?second=zh). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { second } = queryValid(event, z.object({ second: z.enum(['en', 'zh']).optional() }))
  const { document, filename } = await withSignedIn(event, tx => invitationDocument(tx, id, second))
  // Rendered after the transaction, in a worker: the database and the request thread stay free meanwhile.
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
