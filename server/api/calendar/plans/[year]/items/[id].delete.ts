import { z } from 'zod'
import { planYearParam } from '#shared/schemas/activity-plans'
import { deleteItem } from '../../../../../domain/calendar/plans'

export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const id = paramValid(event, 'id', z.string().uuid())
  return withSignedIn(event, (tx, actor) => deleteItem(tx, actor, year, id))
})
