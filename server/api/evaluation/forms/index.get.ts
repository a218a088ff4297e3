import { formsQuerySchema } from '#shared/schemas/evaluation'
import { listForms } from '../../../domain/evaluation/forms'

/** The forms the signed-in person manages, optionally of one institution. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, formsQuerySchema)
  return withSignedIn(event, tx => listForms(tx, query))
})
