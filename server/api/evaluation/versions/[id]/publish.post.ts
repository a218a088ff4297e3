import { evaluationIdParam } from '#shared/schemas/evaluation'
import { publishVersion } from '../../../../domain/evaluation/forms'

/** Publishes a draft version: immutable from now on. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => publishVersion(tx, id))
})
