import { z } from 'zod'
import { listCalls } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const { open } = queryValid(event, z.object({ open: z.enum(['true', 'false']).default('true') }))
  return withActor(event, tx => listCalls(tx, open === 'true'))
})
