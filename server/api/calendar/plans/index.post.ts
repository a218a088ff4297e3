import { planInputSchema } from '#shared/schemas/activity-plans'
import { createPlan } from '../../../domain/calendar/plans'

/** The secretariat opens the plan of an academic year, as a draft. */
export default defineEventHandler(async (event) => {
  const { academicYear } = await readValid(event, planInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => createPlan(tx, actor, academicYear))
})
