import type { z } from 'zod'
import { activityIcsParam, icsQuerySchema, institutionIcsParam, sessionIcsParam } from '#shared/schemas/calendar-feeds'
import { isStorableText } from '#shared/schemas/primitives'
import type { Tx } from '../db/as-user'
import { activityCalendar, institutionCalendar, sessionCalendar, type CalendarDownload } from '../domain/calendar/activity-feeds'
import type { FeedContext } from '../domain/calendar/feeds'
import { sendCalendar } from '../domain/calendar/reply'
import { requestLocale } from '../i18n/request-locale'

interface CalendarFileRoute {
  param: z.ZodType<string, string>
  build: (tx: Tx, key: string, ctx: FeedContext) => Promise<CalendarDownload>
  kind: 'download' | 'public-feed'
}

const ROUTES: Record<string, CalendarFileRoute> = {
  activities: { param: activityIcsParam, build: activityCalendar, kind: 'download' },
  sessions: { param: sessionIcsParam, build: sessionCalendar, kind: 'download' },
  institutions: { param: institutionIcsParam, build: institutionCalendar, kind: 'public-feed' },
}
const PATH = /^\/api\/calendar\/(activities|sessions|institutions)\/([^/]+\.ics)$/

/**
 * GET /api/calendar/activities/<id>.ics, /sessions/<id>.ics and /institutions/<slug>.ics, read as the visitor (RLS: a
 * draft is 404 to anyone who does not organise it). Answered here rather than by route files: the router matches one
 * placeholder per path segment, so a file [id].ics.get.ts would share its node with activities/[id].get.ts and
 * sessions/[id].put.ts, and one of them would answer (404 or 405) for the other.
 */
export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return
  const match = PATH.exec(event.path.split('?')[0]!)
  if (!match) return
  const route = ROUTES[match[1]!]!
  let name = ''
  try { name = decodeURIComponent(match[2]!) }
  catch { fail(404, 'errors.notFound') }
  const key = route.param.safeParse(name)
  if (!key.success || !isStorableText(name)) fail(404, 'errors.notFound')
  const { locale } = queryValid(event, icsQuerySchema)
  const ctx: FeedContext = { locale: locale ?? requestLocale(event), baseUrl: portalConfig().baseUrl }
  const { text, filename } = await withActor(event, tx => route.build(tx, key.data, ctx))
  return sendCalendar(event, text, filename, route.kind)
})
