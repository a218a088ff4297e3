import { z } from 'zod'
import { proposeSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../../domain/learning-agreements/learning-agreements'
import { proposeVersion } from '../../../domain/learning-agreements/steps'

/** Proposes the open draft to the three parties for signature. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  const body = await readValid(event, proposeSchema)
  return withSignedIn(event, async (tx, actor) => {
    await proposeVersion(tx, actor, id, body)
    return getLearningAgreement(tx, actor, id)
  })
})
