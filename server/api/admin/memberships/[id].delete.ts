import { z } from 'zod'
import { removeMembership } from '../../../domain/memberships/memberships'

export default defineEventHandler(async (event) => {
  await requireRole(event, 'secretariat')
  const id = paramValid(event, 'id', z.string().uuid())
  await withSignedIn(event, tx => removeMembership(tx, id))
  return { ok: true }
})
