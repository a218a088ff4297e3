import { planItemInputSchema, planYearParam } from '#shared/schemas/activity-plans'
import { proposeItem } from '../../../../../domain/calendar/plans'

/** A proposal for the plan, while it is a draft. */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const input = await readValid(event, planItemInputSchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => proposeItem(tx, actor, year, input))
})
