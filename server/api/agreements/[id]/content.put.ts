import { z } from 'zod'
import { agreementEditSchema } from '#shared/schemas/agreements'
import { editAgreement, getAgreement } from '../../../domain/agreements/agreements'

/** Saves a new version; 409 with the current version when the editor's base is stale. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const edit = await readValid(event, agreementEditSchema)
  return withSignedIn(event, async (tx, actor) => {
    await editAgreement(tx, actor, id, edit)
    return getAgreement(tx, id, actor)
  })
})
