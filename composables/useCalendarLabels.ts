import type { CalendarEvent } from '#shared/calendar/events'
import { LOCALES } from '#shared/locales'

/**
 * How the calendar's views name an event: its title in the reader's language (with the language it fell back to),
 * its kind, and its times in the reader's zone. Plain strings, so a month of 2,000 events needs no component per event.
 */
export function useCalendarLabels() {
  const { t } = useI18n()
  const formats = useFormats()
  const resolve = useLocalizedText()
  const time = (at: string, zone?: string) => formats.custom(at, { hour: 'numeric', minute: '2-digit' }, zone)
  return {
    title: (event: CalendarEvent) => {
      const resolved = resolve(event.title)
      return { text: resolved.text, lang: LOCALES.find(l => l.code === resolved.locale)?.language }
    },
    kind: (event: CalendarEvent) => t(`calendar.view.kinds.${event.activityKind ?? event.kind}`),
    time,
    /** "09:00–11:00", or the one time of a deadline. */
    span: (event: CalendarEvent, zone?: string) => (event.endsAt > event.startsAt
      ? `${time(event.startsAt, zone)}–${time(event.endsAt, zone)}`
      : time(event.startsAt, zone)),
  }
}
