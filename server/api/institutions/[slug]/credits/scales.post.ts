import { z } from 'zod'
import { gradingScaleSchema } from '#shared/schemas/credits'
import { institutionBySlug } from '../../../../domain/credits/credits'
import { createScale } from '../../../../domain/credits/grades'

/** An office of the institution adds one (403 for anyone else). */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const input = await readValid(event, gradingScaleSchema)
  return withSignedIn(event, async (tx) => {
    const institution = await institutionBySlug(tx, slug)
    const id = await createScale(tx, institution.id, input)
    setResponseStatus(event, 201)
    return { id }
  })
})
