import { z } from 'zod'
import { renderPdfFor } from '../../documents/pdf'
import { learningAgreementDocument } from '../../domain/learning-agreements/document'
import { getLearningAgreement } from '../../domain/learning-agreements/learning-agreements'

/**
 * The learning agreement as JSON, or (?format=pdf) as a PDF in the student's language and English or Chinese
 * (?second=en|zh), for the three parties. The PDF is sent here rather than returned, so the typed route table keeps
 * the JSON reply and gains no route.
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { format, second } = queryValid(event, z.object({ format: z.enum(['json', 'pdf']).optional(), second: z.enum(['en', 'zh']).optional() }))
  if (format !== 'pdf') return withSignedIn(event, (tx, actor) => getLearningAgreement(tx, actor, id))
  const { document, filename } = await withSignedIn(event, (tx, actor) => learningAgreementDocument(tx, actor, id, second))
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-disposition', `inline; filename="${filename}"`)
  return send(event, pdf, 'application/pdf') as never
})
