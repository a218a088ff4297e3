import { activityListQuerySchema } from '#shared/schemas/calendar'
import { listActivities } from '../../../domain/calendar/activities'

/** Public activities for everyone; `scope=mine` lists those the reader organises, drafts included. */
export default defineEventHandler(async (event) => {
  const query = queryValid(event, activityListQuerySchema)
  return withActor(event, (tx, actor) => listActivities(tx, actor, query))
})
