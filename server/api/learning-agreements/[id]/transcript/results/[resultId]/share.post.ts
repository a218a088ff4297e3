import { z } from 'zod'
import { shareResultSchema } from '#shared/schemas/recognition'
import { getRecognition, shareResult } from '../../../../../../domain/recognition/recognition'

/** The student shows or hides a (failed) result to the home office. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const resultId = paramValid(event, 'resultId', z.string().uuid())
  const body = await readValid(event, shareResultSchema)
  return withSignedIn(event, async (tx, actor) => {
    await shareResult(tx, actor, id, resultId, body.shared)
    return getRecognition(tx, actor, id)
  })
})
