import { requestLocale } from '../../i18n/request-locale'
import { z } from 'zod'
import { listNotifications, renderNotice } from '../../domain/notifications/notify'

export default defineEventHandler(async (event) => {
  const { limit } = queryValid(event, z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }))
  const locale = requestLocale(event)
  const list = await withSignedIn(event, (tx, actor) => listNotifications(tx, actor.id, limit))
  return { unread: list.unread, items: list.items.map(n => ({ ...n, text: renderNotice(locale, n.kind, n.params) })) }
})
