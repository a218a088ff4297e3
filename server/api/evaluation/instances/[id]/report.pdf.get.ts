import { evaluationIdParam } from '#shared/schemas/evaluation'
import { reportQuerySchema } from '#shared/schemas/evaluation-analytics'
import { renderPdfFor } from '../../../../documents/pdf'
import { evaluationReport } from '../../../../domain/evaluation/report'

/** An evaluation's report as PDF in two chosen languages side by side (?left=zh&right=km), for its managers. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const { left, right } = queryValid(event, reportQuerySchema)
  const { document, filename } = await withSignedIn(event, tx => evaluationReport(tx, id, left, right))
  // Rendered after the transaction, in a worker: the database and the request thread stay free meanwhile.
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `attachment; filename="${filename}"`)
  return pdf
})
