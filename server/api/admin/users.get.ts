import { z } from 'zod'
import { listPeople } from '../../domain/memberships/memberships'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const { q } = queryValid(event, z.object({ q: z.string().trim().max(200).optional() }))
  return withSignedIn(event, tx => listPeople(tx, q))
})
