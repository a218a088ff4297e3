import { z } from 'zod'
import { draftEditSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../../domain/learning-agreements/learning-agreements'
import { editDraft } from '../../../domain/learning-agreements/steps'

/** Replaces the open draft's lines; 409 with the current version when the editor's version or revision is stale. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, draftEditSchema)
  return withSignedIn(event, async (tx, actor) => {
    await editDraft(tx, actor, id, body)
    return getLearningAgreement(tx, actor, id)
  })
})
