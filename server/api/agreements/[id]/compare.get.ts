import { z } from 'zod'
import { compareQuerySchema } from '#shared/schemas/agreements'
import { compareVersions } from '../../../domain/agreements/agreements'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const { from, to } = queryValid(event, compareQuerySchema)
  return withActor(event, tx => compareVersions(tx, id, from, to))
})
