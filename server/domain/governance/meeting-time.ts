import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/** The wall-clock time of an instant in a zone, as the form writes it: 2026-12-03T09:30. */
export function localStart(startsAt: Date | string, timeZone: string): string {
  return format(new TZDate(new Date(startsAt).getTime(), timeZone), 'yyyy-MM-dd\'T\'HH:mm')
}

/** The same start for every reader whatever their language: 2026-12-03 09:30 Asia/Bangkok. */
export function neutralStart(startsAtLocal: string, timeZone: string): string {
  return `${startsAtLocal.replace('T', ' ')} ${timeZone}`
}
