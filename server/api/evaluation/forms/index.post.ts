import { formCreateSchema } from '#shared/schemas/evaluation'
import { createForm } from '../../../domain/evaluation/forms'

/** A new form of an institution from a definition (its first version, a draft): the institution's staff or the secretariat. */
export default defineEventHandler(async (event) => {
  const input = await readValid(event, formCreateSchema)
  return withSignedIn(event, (tx, actor) => createForm(tx, actor, input))
})
