import { evaluationIdParam, versionCreateSchema } from '#shared/schemas/evaluation'
import { createVersion } from '../../../../domain/evaluation/forms'

/** A new draft version of a form: how a published form is edited. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, versionCreateSchema)
  return withSignedIn(event, tx => createVersion(tx, id, input.definition))
})
