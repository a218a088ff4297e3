import { callInputSchema } from '#shared/schemas/mobility'
import { createCall, findCall } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, callInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => findCall(tx, await createCall(tx, actor, input)))
})
