import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'

/** Text of an entry: a multilingual map (shown in the calendar's locale, with the usual fallback) or plain text. */
export type CalendarText = LocalizedText | string | null | undefined

export const CALENDAR_STATUSES = ['CONFIRMED', 'CANCELLED'] as const
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number]

/** One VEVENT: a session of an activity or a governance meeting. */
export interface CalendarEntry {
  /** Stable across exports, so a calendar app updates the event instead of adding a copy (sessionUid, meetingUid). */
  uid: string
  start: Date
  end: Date
  /** IANA zone the event is held in: DTSTART/DTEND carry it as TZID, with its VTIMEZONE in the file. */
  timeZone: string
  summary: CalendarText
  /** Added to the summary after a dash (a session's own title: "Day 2"). */
  detail?: CalendarText
  description?: CalendarText
  location?: CalendarText
  url?: string | null
  status: CalendarStatus
  /** Raised each time the event moves, so calendar apps take the new time over the one they hold. */
  sequence: number
  /** When the event last changed (DTSTAMP); the calendar's own time when absent. */
  changedAt?: Date | null
}

export interface CalendarInput {
  name: CalendarText
  events: CalendarEntry[]
  locale: LocaleCode
  /** How a cancelled event's summary reads in the locale, e.g. title => `Cancelled: ${title}`. */
  cancelledSummary?: (title: string) => string
  /** Suggested refresh interval for subscribed feeds. */
  refreshSeconds?: number
  now?: Date
}

const UID_DOMAIN = 'calendar.china-asean-portal'
export const sessionUid = (sessionId: string) => `activity-session-${sessionId}@${UID_DOMAIN}`
export const meetingUid = (meetingId: string) => `governance-meeting-${meetingId}@${UID_DOMAIN}`

const FALLBACK_ZONE = 'Etc/UTC'

/**
 * The zone as the time-zone library names it (Asia/Saigon → Asia/Ho_Chi_Minh, UTC → Etc/UTC) with its VTIMEZONE, so
 * the TZID of DTSTART always names a VTIMEZONE in the file; a zone the library does not know is written in UTC.
 */
function zoneDefinition(zone: string): { name: string; block: string } {
  const found = tzlib_get_ical_block(zone)
  if (Array.isArray(found) && found[0] && found[1]?.startsWith('TZID=')) return { name: found[1].slice(5), block: found[0] }
  return zone === FALLBACK_ZONE ? { name: FALLBACK_ZONE, block: '' } : zoneDefinition(FALLBACK_ZONE)
}

function textIn(value: CalendarText, locale: LocaleCode): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value.trim() : resolveLocalizedText(value, locale).text
}

/** An iCalendar file (RFC 5545) of the events: one VTIMEZONE per zone used, times in their zone, texts in the locale. */
export function toICalendar(input: CalendarInput): string {
  const now = input.now ?? new Date()
  const zones = new Map<string, { name: string; block: string }>()
  const zoneOf = (zone: string) => {
    if (!zones.has(zone)) zones.set(zone, zoneDefinition(zone))
    return zones.get(zone)!
  }
  const calendar = ical({
    name: textIn(input.name, input.locale) || null,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'China-ASEAN exchange portal', product: 'calendar', language: input.locale.toUpperCase() },
    ttl: input.refreshSeconds ?? null,
    timezone: { name: null, generator: (zone: string) => [...zones.values()].find(z => z.name === zone)?.block || null },
  })
  for (const entry of input.events) {
    const zone = zoneOf(entry.timeZone).name
    const title = [textIn(entry.summary, input.locale), textIn(entry.detail, input.locale)].filter(Boolean).join(' — ')
    const cancelled = entry.status === 'CANCELLED'
    const description = [textIn(entry.description, input.locale), entry.url ?? ''].filter(Boolean).join('\n\n')
    calendar.createEvent({
      id: entry.uid,
      // A TZDate reads its hours in the zone: ical-generator writes a plain Date's hours in the server's own zone.
      start: new TZDate(entry.start.getTime(), zone),
      end: new TZDate(entry.end.getTime(), zone),
      timezone: zone,
      stamp: entry.changedAt ?? now,
      summary: cancelled && input.cancelledSummary ? input.cancelledSummary(title) : title,
      description: description || null,
      location: textIn(entry.location, input.locale) || null,
      url: entry.url ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: entry.sequence,
    })
  }
  return calendar.toString()
}
