import { z } from 'zod'
import { laSignSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../../domain/learning-agreements/learning-agreements'
import { signVersion } from '../../../domain/learning-agreements/steps'

/** Signs the proposed version for one party, bound to the hash the signer saw. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, laSignSchema)
  return withSignedIn(event, async (tx, actor) => {
    await signVersion(tx, actor, id, body)
    return getLearningAgreement(tx, actor, id)
  })
})
