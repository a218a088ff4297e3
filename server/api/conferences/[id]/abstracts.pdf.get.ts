import { conferenceIdParam } from '#shared/schemas/conferences'
import { renderPdfFor } from '../../../documents/pdf'
import { abstractsBook } from '../../../domain/conferences/programme-documents'
import { requestLocale } from '../../../i18n/request-locale'

/** The book of abstracts as a PDF (the documents engine, every script), for whoever may read the programme. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', conferenceIdParam)
  const locale = requestLocale(event)
  const { document, filename } = await withActor(event, tx => abstractsBook(tx, id, locale))
  const pdf = await renderPdfFor(event, document)
  setResponseHeader(event, 'content-type', 'application/pdf')
  setResponseHeader(event, 'content-disposition', `inline; filename="${filename}"`)
  return pdf
})
