import { programInputSchema } from '#shared/schemas/mobility'
import { createProgram, findProgram } from '../../../domain/mobility/programs'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, programInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, async (tx, actor) => findProgram(tx, await createProgram(tx, actor, input)))
})
