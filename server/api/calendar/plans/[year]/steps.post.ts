import { planStepSchema, planYearParam } from '#shared/schemas/activity-plans'
import { takePlanStep } from '../../../../domain/calendar/plan-steps'

/** Submit (secretariat), return or approve (executive committee). */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const step = await readValid(event, planStepSchema)
  return withSignedIn(event, (tx, actor) => takePlanStep(tx, actor, year, step))
})
