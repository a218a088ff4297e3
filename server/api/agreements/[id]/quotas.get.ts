import { z } from 'zod'
import { quotaQuerySchema } from '#shared/schemas/agreements'
import { quotasInTerm } from '../../../domain/agreements/quotas'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { year } = queryValid(event, quotaQuerySchema)
  return withSignedIn(event, tx => quotasInTerm(tx, id, year))
})
