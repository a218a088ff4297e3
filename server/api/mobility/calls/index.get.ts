import { z } from 'zod'
import { listCalls } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const { open, managed } = queryValid(event, z.object({ open: z.enum(['true', 'false']).default('true'), managed: z.enum(['true', 'false']).default('false') }))
  return withActor(event, tx => listCalls(tx, open === 'true', new Date(), managed === 'true'))
})
