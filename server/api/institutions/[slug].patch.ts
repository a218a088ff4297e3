import { z } from 'zod'
import { institutionPatchSchema } from '#shared/schemas/platform'
import { updateInstitution } from '../../domain/institutions/institutions'

/** Addressed by id (the slug itself may change). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'slug', z.string().uuid())
  const patch = await readValid(event, institutionPatchSchema)
  return withSignedIn(event, (tx, actor) => updateInstitution(tx, id, patch, actor))
})
