import { z } from 'zod'
import { decideSchema } from '#shared/schemas/recognition'
import { decide, getRecognition } from '../../../../domain/recognition/recognition'

/** The sending office decides on a home line: recognized with converted credits and grade, or refused with a justification. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, decideSchema)
  return withSignedIn(event, async (tx, actor) => {
    await decide(tx, actor, id, body.homeComponentId, body.decision)
    return getRecognition(tx, actor, id)
  })
})
