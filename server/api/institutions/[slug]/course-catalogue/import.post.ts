import { z } from 'zod'
import { courseImportSchema } from '#shared/schemas/courses'
import { importCatalogue } from '../../../../domain/courses/import'

/** An XLSX or CSV catalogue, base64 in JSON: a per-row report, and the units upserted by code unless a row failed. */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const input = await readValid(event, courseImportSchema)
  return withSignedIn(event, (tx, actor) => importCatalogue(tx, actor, slug, input))
})
