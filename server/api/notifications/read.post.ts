import { notificationsReadSchema } from '#shared/schemas/governance'
import { markNotificationsRead } from '../../domain/notifications/notify'

export default defineEventHandler(async (event) => {
  const input = await readValid(event, notificationsReadSchema)
  const marked = await withSignedIn(event, (tx, actor) => markNotificationsRead(tx, actor.id, input.all ? 'all' : input.ids!))
  return { marked }
})
