import { z } from 'zod'
import { institutionStandingSchema } from '#shared/schemas/governance'
import { setStanding } from '../../../domain/governance/standing'

/** Addressed by id, like PATCH /api/institutions/[slug]. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'slug', z.string().uuid())
  await requireRole(event, 'secretariat')
  const standing = await readValid(event, institutionStandingSchema)
  return withSignedIn(event, tx => setStanding(tx, id, standing))
})
