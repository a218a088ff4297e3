import { z } from 'zod'
import { gradingTableSchema } from '#shared/schemas/credits'
import { institutionBySlug } from '../../../../domain/credits/credits'
import { createGradingTable } from '../../../../domain/credits/grades'

/** An office of the institution adds one (403 for anyone else). */
export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  const input = await readValid(event, gradingTableSchema)
  return withSignedIn(event, async (tx) => {
    const institution = await institutionBySlug(tx, slug)
    const id = await createGradingTable(tx, institution.id, input)
    setResponseStatus(event, 201)
    return { id }
  })
})
