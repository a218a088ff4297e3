import { evaluationIdParam } from '#shared/schemas/evaluation'
import { getInstance } from '../../../domain/evaluation/instances'

/** An instance with its window, for its managers and invitees. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => getInstance(tx, id))
})
