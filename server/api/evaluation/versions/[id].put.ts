import { evaluationIdParam, versionUpdateSchema } from '#shared/schemas/evaluation'
import { updateVersion } from '../../../domain/evaluation/forms'

/** Edits a draft version (a published one: 409). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  const input = await readValid(event, versionUpdateSchema)
  return withSignedIn(event, tx => updateVersion(tx, id, input.definition))
})
