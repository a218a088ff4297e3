import { z } from 'zod'
import { transcriptResultsSchema } from '#shared/schemas/recognition'
import { getRecognition, saveResults } from '../../../../domain/recognition/recognition'

/** The receiving office enters (or imports) results per host component; nothing is written when a row is wrong. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, transcriptResultsSchema)
  return withSignedIn(event, async (tx, actor) => {
    await saveResults(tx, actor, id, body.results)
    return getRecognition(tx, actor, id)
  })
})
