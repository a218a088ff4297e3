export { wallClockOf as localStart } from '../../../shared/dates'

/** The same start for every reader whatever their language: 2026-12-03 09:30 Asia/Bangkok. */
export function neutralStart(startsAtLocal: string, timeZone: string): string {
  return `${startsAtLocal.replace('T', ' ')} ${timeZone}`
}
