import { learningAgreementQuerySchema } from '#shared/schemas/learning-agreements'
import { learningAgreementForApplication, listLearningAgreements } from '../../domain/learning-agreements/learning-agreements'

/** The actor's learning agreements; with ?applicationId, that application's one (or null, and whether they may start it). */
export default defineEventHandler(async (event) => {
  const { applicationId } = queryValid(event, learningAgreementQuerySchema)
  return withSignedIn(event, async (tx, actor) => {
    if (applicationId) return learningAgreementForApplication(tx, actor, applicationId)
    return { items: await listLearningAgreements(tx) }
  })
})
