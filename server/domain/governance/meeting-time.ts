import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/**
 * The instant a meeting starts, from the wall-clock time in its own zone: 2026-12-03T09:30 in
 * Asia/Bangkok is 2026-12-03T02:30Z. Null for a calendar date or time that does not exist (2026-02-30).
 */
export function meetingStart(startsAtLocal: string, timeZone: string): Date | null {
  const [y, mo, d, h, mi] = startsAtLocal.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  const asWritten = new Date(Date.UTC(y, mo - 1, d, h, mi))
  if (Number.isNaN(asWritten.getTime()) || asWritten.toISOString().slice(0, 16) !== startsAtLocal) return null
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime())
}

/** The wall-clock time of an instant in a zone, as the form writes it: 2026-12-03T09:30. */
export function localStart(startsAt: Date | string, timeZone: string): string {
  return format(new TZDate(new Date(startsAt).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm")
}

/** The same start for every reader whatever their language: 2026-12-03 09:30 Asia/Bangkok. */
export function neutralStart(startsAtLocal: string, timeZone: string): string {
  return `${startsAtLocal.replace('T', ' ')} ${timeZone}`
}
