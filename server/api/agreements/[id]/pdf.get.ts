import { z } from 'zod'
import { pdfQuerySchema } from '#shared/schemas/agreements'
import { renderPdfFor } from '../../../documents/pdf'
import { agreementDocument } from '../../../domain/agreements/export-pdf'

/** The current version in two chosen languages side by side, e.g. ?left=zh&right=th. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { left, right } = queryValid(event, pdfQuerySchema)
  const { document, filename } = await withSignedIn(event, tx => agreementDocument(tx, id, left, right))
  // Rendered after the transaction, in a worker: the database and the request thread stay free meanwhile.
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
