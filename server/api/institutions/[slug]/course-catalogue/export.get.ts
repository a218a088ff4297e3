import { z } from 'zod'
import { catalogueExportQuerySchema } from '#shared/schemas/courses'
import { exportCatalogue } from '../../../../domain/courses/export'

/** The catalogue as XLSX or CSV in the import's own header (?template=1: the header alone, to fill in). */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const query = queryValid(event, catalogueExportQuerySchema)
  const file = await withActor(event, (tx, actor) => exportCatalogue(tx, actor, slug, query.format, query.template === '1'))
  setResponseHeader(event, 'content-type', file.contentType)
  setResponseHeader(event, 'content-disposition', `attachment; filename="${file.filename}"`)
  return file.body
})
