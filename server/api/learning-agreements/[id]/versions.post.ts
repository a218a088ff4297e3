import { z } from 'zod'
import { newVersionSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../../domain/learning-agreements/learning-agreements'
import { startVersion } from '../../../domain/learning-agreements/steps'

/** Starts a new draft from the latest version: a change proposal after a signature, a revision after a rejection. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, newVersionSchema)
  return withSignedIn(event, async (tx, actor) => {
    await startVersion(tx, actor, id, body.baseVersion)
    return getLearningAgreement(tx, actor, id)
  })
})
