import { z } from 'zod'
import { getInstitution } from '../../../domain/institutions/institutions'
import { readFileFor } from '../../../domain/files/files'

/** The institution's logo, public like its page. Only raster images are ever accepted as logos. */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const { row, bytes } = await withActor(event, async (tx) => {
    const institution = await getInstitution(tx, slug)
    if (!institution.logo_file_id) fail(404, 'errors.notFound')
    return readFileFor(tx, useFileStore(), institution.logo_file_id)
  })
  setResponseHeaders(event, {
    'content-type': row.content_type,
    'content-length': bytes.byteLength,
    'x-content-type-options': 'nosniff',
    'cache-control': 'public, max-age=300',
  })
  return bytes
})
