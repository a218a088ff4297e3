import { TZDate } from '@date-fns/tz'
import type { CommunityTimeZone } from './time-zones'

/**
 * What the viewer's zone needs on every page (composables/useViewerZone.ts, loaded by plugins/browser-zone.client.ts):
 * naming, checking and choosing a zone and today's date in it, without the zone labels and date-fns that shared/time-zones.ts and
 * shared/dates.ts bring (about 20 KB of every page's first load). shared/time-zones.ts re-exports all of it.
 */

/** The community's own zone (the secretariat sits in Nanning): its dates decide what "today" is for shared work. */
export const COMMUNITY_TIME_ZONE = 'Asia/Shanghai'

/** The zone of each member country's capital: a person's fallback is their institution's country's zone. */
export const COUNTRY_TIME_ZONES: Record<string, CommunityTimeZone> = {
  CN: 'Asia/Shanghai', TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh', ID: 'Asia/Jakarta', MY: 'Asia/Kuala_Lumpur', SG: 'Asia/Singapore',
  PH: 'Asia/Manila', KH: 'Asia/Phnom_Penh', LA: 'Asia/Vientiane', MM: 'Asia/Yangon', BN: 'Asia/Brunei', TL: 'Asia/Dili',
}

// Browsers and Node report some zones by their older names (ICU keeps them): Chromium in Vietnam says Asia/Saigon.
const ALIASES: Record<string, string> = {
  'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Rangoon': 'Asia/Yangon', 'Asia/Chongqing': 'Asia/Shanghai', 'Asia/Chungking': 'Asia/Shanghai',
  'Asia/Harbin': 'Asia/Shanghai', 'PRC': 'Asia/Shanghai', 'Asia/Ujung_Pandang': 'Asia/Makassar', 'Singapore': 'Asia/Singapore',
  'Etc/UTC': 'UTC', 'Etc/UCT': 'UTC', 'Etc/GMT': 'UTC', 'Etc/Universal': 'UTC', 'Etc/Zulu': 'UTC', 'UCT': 'UTC', 'GMT': 'UTC', 'Universal': 'UTC', 'Zulu': 'UTC',
}

/** The current name of a zone, e.g. Asia/Saigon → Asia/Ho_Chi_Minh. */
export function canonicalZone(zone: string): string {
  return ALIASES[zone] ?? zone
}

/**
 * Zones this runtime has been asked about, and its answer: building a formatter to find out costs more than the rest
 * of the check, and every page render asks (the viewer's zone). The answer never changes for a runtime; the cache is
 * bounded, since a cookie may name anything.
 */
const zoneAnswers = new Map<string, boolean>()
const ZONE_ANSWERS_MAX = 1000

/** Whether this runtime can show times in the zone (a cookie or a stored value might name one it cannot). */
export function isKnownZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone || zone.length > 64) return false
  const known = zoneAnswers.get(zone)
  if (known !== undefined) return known
  let answer = true
  try { new Intl.DateTimeFormat('en', { timeZone: zone }) }
  catch { answer = false }
  if (zoneAnswers.size >= ZONE_ANSWERS_MAX) zoneAnswers.clear()
  zoneAnswers.set(zone, answer)
  return answer
}

/**
 * The zone a person's times are shown in: the one on their profile (chosen, or their browser's stored at sign-up),
 * else their browser's, else their first institution's country's, else the community's.
 */
export function personTimeZone(profile: string | null | undefined, browser: string | null | undefined, countries: readonly string[] = []): string {
  const fromCountry = countries.map(c => COUNTRY_TIME_ZONES[c]).find(Boolean)
  return canonicalZone([profile, browser].find(isKnownZone) ?? fromCountry ?? COMMUNITY_TIME_ZONE)
}

/**
 * Today's calendar day (YYYY-MM-DD) where the person or the community is, not in UTC: before 08:00 in Beijing the
 * UTC date is still yesterday. The same on the server (lifecycle runs, quotas) and in the browser (form defaults).
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const there = new TZDate(now.getTime(), timeZone)
  const month = String(there.getMonth() + 1).padStart(2, '0')
  const day = String(there.getDate()).padStart(2, '0')
  return `${there.getFullYear()}-${month}-${day}`
}
