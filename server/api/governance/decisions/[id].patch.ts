import { z } from 'zod'
import { decisionPatchSchema } from '#shared/schemas/governance'
import { updateDecision } from '../../../domain/governance/meeting-records'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const patch = await readValid(event, decisionPatchSchema)
  return withSignedIn(event, tx => updateDecision(tx, id, patch))
})
