import { z } from 'zod'
import { appealSchema } from '#shared/schemas/recognition'
import { appeal, getRecognition } from '../../../../../domain/recognition/recognition'

/** The student appeals a decision, once, with a comment. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const decisionId = paramValid(event, 'decisionId', z.string().uuid())
  const body = await readValid(event, appealSchema)
  return withSignedIn(event, async (tx, actor) => {
    await appeal(tx, actor, id, decisionId, body.comment)
    return getRecognition(tx, actor, id)
  })
})
