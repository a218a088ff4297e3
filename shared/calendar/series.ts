import { rrulestr } from 'rrule'

/** A series never makes more sessions than this. */
export const MAX_SERIES_SESSIONS = 200

export type SeriesStarts = { starts: string[] } | { problem: 'invalidRule' | 'ruleWithoutEnd' | 'tooManySessions' }

/**
 * The wall-clock starts of a series (YYYY-MM-DDTHH:mm in its zone), for the server that stores them and the editor that
 * checks them for holidays first. The rule runs on "floating" times, so a weekly 09:00 stays 09:00 across a
 * daylight-saving change. A rule needs COUNT or UNTIL; exception days are left out.
 */
export function seriesWallClockStarts(series: { firstStartsAtLocal: string; rrule: string; exceptions: readonly string[] }): SeriesStarts {
  const [y, mo, d, h, mi] = series.firstStartsAtLocal.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  let rule
  try {
    rule = rrulestr(series.rrule.replace(/^RRULE:/, ''), { dtstart: new Date(Date.UTC(y, mo - 1, d, h, mi)) })
  }
  catch {
    return { problem: 'invalidRule' }
  }
  if (!rule.options.count && !rule.options.until) return { problem: 'ruleWithoutEnd' }
  const starts = rule.all((_, i) => i < MAX_SERIES_SESSIONS + series.exceptions.length)
    .map(date => date.toISOString().slice(0, 16))
    .filter(local => !series.exceptions.includes(local.slice(0, 10)))
  return starts.length > MAX_SERIES_SESSIONS ? { problem: 'tooManySessions' } : { starts }
}

/** A wall-clock time plus minutes, as wall-clock time (no zone: the session's own zone applies to both). */
export function addMinutesToWallClock(local: string, minutes: number): string {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number]
  return new Date(Date.UTC(y, mo - 1, d, h, mi + minutes)).toISOString().slice(0, 16)
}
