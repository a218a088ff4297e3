import { z } from 'zod'
import { pdfQuerySchema } from '#shared/schemas/agreements'
import { agreementPdf } from '../../../domain/agreements/export-pdf'

/** The current version in two chosen languages side by side, e.g. ?left=zh&right=th. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { left, right } = queryValid(event, pdfQuerySchema)
  const { pdf, filename } = await withSignedIn(event, tx => agreementPdf(tx, id, left, right))
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
