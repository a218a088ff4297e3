import { z } from 'zod'
import { CALENDAR_FILTER_KINDS, CALENDAR_VIEWS, MAX_RANGE_DAYS } from '../calendar/events'
import { COMMON_LANGUAGES } from '../languages'
import { isoDate, queryInt } from './primitives'
import { isKnownZone } from '../time-zones'

/** An instant as the page sends it (2027-02-28T16:00:00.000Z): ISO 8601 with Z or an offset. */
const instant = z.iso.datetime({ offset: true }).refine(v => !Number.isNaN(Date.parse(v)), { message: 'not_a_day' })

/** ?kind=training or ?kind=training,meeting: each one of CALENDAR_FILTER_KINDS, no repeats needed. */
const kinds = z.string().max(200).transform(v => [...new Set(v.split(',').map(k => k.trim()).filter(Boolean))])
  .pipe(z.array(z.enum(CALENDAR_FILTER_KINDS)))

/** The filters the calendar page and the events API share (the page keeps them in its URL). */
export const calendarFilters = z.object({
  kind: kinds.optional(),
  organiser: z.string().uuid().optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  language: z.string().refine(code => COMMON_LANGUAGES.includes(code)).optional(),
  mine: z.enum(['true', 'false']).optional().transform(v => v === 'true'),
})

type Span = { from: string; to: string }
const inOrder = (q: Span) => Date.parse(q.to) > Date.parse(q.from)
const notTooLong = (q: Span) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * 86_400_000

/** GET /api/calendar/events: a span of at most MAX_RANGE_DAYS and the filters. */
export const calendarEventsQuery = calendarFilters.extend({ from: instant, to: instant })
  .refine(inOrder, { path: ['to'], message: 'before_start' })
  .refine(notTooLong, { path: ['to'], message: 'range_too_long' })
export type CalendarEventsQuery = z.output<typeof calendarEventsQuery>

/**
 * GET /api/calendar/month: the same, plus the reader's zone (whose local days the span covers) and how many events of
 * each day to send (the rest are counted).
 */
export const calendarMonthQuery = calendarFilters.extend({
  from: instant, to: instant, zone: z.string().max(64).refine(isKnownZone), perDay: queryInt(1, 20).default(3),
})
  .refine(inOrder, { path: ['to'], message: 'before_start' })
  .refine(notTooLong, { path: ['to'], message: 'range_too_long' })

/** The calendar page's own URL (/calendar?view=month&day=2027-03-01&kind=training): anything unreadable falls back. */
export const calendarPageQuery = z.object({
  view: z.enum(CALENDAR_VIEWS).catch('month'),
  day: isoDate.optional().catch(undefined),
})
