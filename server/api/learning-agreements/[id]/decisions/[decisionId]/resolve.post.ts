import { z } from 'zod'
import { resolveAppealSchema } from '#shared/schemas/recognition'
import { getRecognition, resolveAppeal } from '../../../../../domain/recognition/recognition'

/** The sending office answers an appeal: upheld, or revised with a new decision. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const decisionId = paramValid(event, 'decisionId', z.string().uuid())
  const body = await readValid(event, resolveAppealSchema)
  return withSignedIn(event, async (tx, actor) => {
    await resolveAppeal(tx, actor, id, decisionId, body)
    return getRecognition(tx, actor, id)
  })
})
