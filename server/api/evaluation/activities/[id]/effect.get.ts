import { evaluationIdParam } from '#shared/schemas/evaluation'
import { activityEffect } from '../../../../domain/evaluation/analytics/effect'

/** Level 2: the paired before/after knowledge scores of an activity's participants and their effect, for its managers. */
export default defineEventHandler(async (event) => {
  const id = paramValid(event, 'id', evaluationIdParam)
  return withSignedIn(event, tx => activityEffect(tx, id))
})
