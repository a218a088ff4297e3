import { z } from 'zod'
import { planActivitySchema, planYearParam } from '#shared/schemas/activity-plans'
import { createActivityFromItem } from '../../../../../../domain/calendar/plan-actual'

/** A draft activity from an accepted item of the approved plan, linked to it for the plan-versus-actual view. */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const id = paramValid(event, 'id', z.string().uuid())
  const where = await readValid(event, planActivitySchema)
  setResponseStatus(event, 201)
  return withSignedIn(event, (tx, actor) => createActivityFromItem(tx, actor, year, id, where))
})
