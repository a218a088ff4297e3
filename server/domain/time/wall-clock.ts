import { TZDate } from '@date-fns/tz'

/**
 * The instant of a wall-clock time in a zone, as forms write it: 2026-12-03T09:30 in Asia/Bangkok is
 * 2026-12-03T02:30Z. Null for a calendar date or time that does not exist (2026-02-30). Meetings,
 * calls and incidents all take their times this way.
 */
export function wallClockToInstant(local: string, timeZone: string): Date | null {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  const asWritten = new Date(Date.UTC(y, mo - 1, d, h, mi))
  if (Number.isNaN(asWritten.getTime()) || asWritten.toISOString().slice(0, 16) !== local) return null
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime())
}
