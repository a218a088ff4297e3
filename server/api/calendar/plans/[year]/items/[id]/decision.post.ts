import { z } from 'zod'
import { planItemDecisionSchema, planYearParam } from '#shared/schemas/activity-plans'
import { decideItem } from '../../../../../../domain/calendar/plans'

/** The executive committee accepts or drops an item (or leaves it proposed). */
export default defineEventHandler(async (event) => {
  const year = paramValid(event, 'year', planYearParam)
  const id = paramValid(event, 'id', z.string().uuid())
  const { state } = await readValid(event, planItemDecisionSchema)
  return withSignedIn(event, tx => decideItem(tx, year, id, state))
})
