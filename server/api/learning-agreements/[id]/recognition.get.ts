import { z } from 'zod'
import { getRecognition } from '../../../domain/recognition/recognition'

/** The transcript, the recognition decisions with their trails, totals and suggested precedents, as the party may read them. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => getRecognition(tx, actor, id))
})
