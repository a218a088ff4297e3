import { learningAgreementCreateSchema } from '#shared/schemas/learning-agreements'
import { getLearningAgreement } from '../../domain/learning-agreements/learning-agreements'
import { createLearningAgreement } from '../../domain/learning-agreements/steps'

export default defineEventHandler(async (event) => {
  const { applicationId } = await readValid(event, learningAgreementCreateSchema)
  return withSignedIn(event, async (tx, actor) => getLearningAgreement(tx, actor, await createLearningAgreement(tx, actor, applicationId)))
})
