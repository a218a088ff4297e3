import { z } from 'zod'
import { decisionInputSchema } from '#shared/schemas/governance'
import { addDecision } from '../../../../domain/governance/meeting-records'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, decisionInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, tx => addDecision(tx, id, input))
})
