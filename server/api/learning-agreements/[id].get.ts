import { z } from 'zod'
import { getLearningAgreement } from '../../domain/learning-agreements/learning-agreements'

export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => getLearningAgreement(tx, actor, id))
})
