import { z } from 'zod'
import { laRejectSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../../domain/learning-agreements/learning-agreements'
import { rejectVersion } from '../../../domain/learning-agreements/steps'

/** Rejects the proposed version with a comment the other parties read. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, laRejectSchema)
  return withSignedIn(event, async (tx, actor) => {
    await rejectVersion(tx, actor, id, body)
    return getLearningAgreement(tx, actor, id)
  })
})
