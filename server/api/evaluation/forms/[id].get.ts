import { evaluationIdParam } from '#shared/schemas/evaluation'
import { getForm } from '../../../domain/evaluation/forms'

/** A form with its versions, for its managers and the people invited to answer it (404 to others). */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => getForm(tx, id))
})
