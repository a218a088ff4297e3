import { z } from 'zod'
import { planItemInputSchema, planYearParam } from '#shared/schemas/activity-plans'
import { updateItem } from '../../../../../domain/calendar/plans'

export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const id = paramValid(event, 'id', z.string().uuid())
  const input = await readValid(event, planItemInputSchema)
  return withSignedIn(event, (tx, actor) => updateItem(tx, actor, year, id, input))
})
