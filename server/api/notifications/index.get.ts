import { z } from 'zod'
import { listNotifications } from '../../domain/notifications/notify'

/** The reader's notices as kind + raw params + link: the page renders each in the locale it shows, whenever that changes. */
export default defineEventHandler(async (event) => {
  const { limit } = queryValid(event, z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }))
  return withSignedIn(event, (tx, actor) => listNotifications(tx, actor.id, limit))
})
