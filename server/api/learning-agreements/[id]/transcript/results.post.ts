import { z } from 'zod'
import { transcriptImportSchema } from '#shared/schemas/recognition'
import { importTranscript } from '../../../../domain/recognition/transcript-import'

/**
 * The receiving office imports results from an XLSX/CSV file (POST here; PUT enters typed rows): a per-row report, and
 * nothing written when a row is wrong. One path for both keeps the typed route table small.
 */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, transcriptImportSchema)
  return withSignedIn(event, (tx, actor) => importTranscript(tx, actor, id, input))
})
