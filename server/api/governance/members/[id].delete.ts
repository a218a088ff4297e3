import { z } from 'zod'
import { removeBodyMember } from '../../../domain/governance/bodies'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  await requireRole(event, 'secretariat')
  await withSignedIn(event, tx => removeBodyMember(tx, id))
  return { ok: true }
})
