import { z } from 'zod'
import { incidentInputSchema } from '#shared/schemas/mobility'
import { reportIncident } from '../../../../domain/mobility/safety'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, incidentInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => reportIncident(tx, actor, id, input))
})
