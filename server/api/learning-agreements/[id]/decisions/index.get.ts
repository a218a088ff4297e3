import { z } from 'zod'
import { renderPdfFor } from '../../../../documents/pdf'
import { recognitionDocument } from '../../../../domain/recognition/document'

/**
 * The decisions as the recognition document: a PDF in the student's language and English (or Chinese), for the three
 * parties. Kept on the decisions path (GET beside POST) so the typed route table does not grow.
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { second } = queryValid(event, z.object({ second: z.enum(['en', 'zh']).optional() }))
  const { document, filename } = await withSignedIn(event, (tx, actor) => recognitionDocument(tx, actor, id, second))
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `inline; filename="${filename}"`)
  return pdf
})
