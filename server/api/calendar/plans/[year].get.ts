import { planYearParam } from '#shared/schemas/activity-plans'
import { getPlan } from '../../../domain/calendar/plans'

/** A year's plan (/api/calendar/plans/2026-2027) with its items and the steps the viewer may take. */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  return withSignedIn(event, (tx, actor) => getPlan(tx, actor, year))
})
