import { z } from 'zod'
import { getInstitution } from '../../domain/institutions/institutions'

export default defineEventHandler(async (event) => {
  const slug = paramValid(event, 'slug', z.string().max(80))
  return withActor(event, tx => getInstitution(tx, slug))
})
