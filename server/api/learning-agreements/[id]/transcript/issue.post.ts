import { z } from 'zod'
import { getRecognition, issueTranscript } from '../../../../domain/recognition/recognition'

/** The receiving office issues the transcript: locked and timestamped. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, async (tx, actor) => {
    await issueTranscript(tx, actor, id)
    return getRecognition(tx, actor, id)
  })
})
