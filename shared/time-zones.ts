import { ZONE_CITIES } from './time-zone-cities'
import { canonicalZone } from './zone-basics'

export { COUNTRY_TIME_ZONES, canonicalZone, isKnownZone, personTimeZone } from './zone-basics'

/**
 * The community's time zones (China, the ASEAN members, Indonesia's three), offered first wherever a person picks a
 * zone for themself, a call, a meeting or an incident; any other IANA zone can still be found by searching.
 */
export const COMMUNITY_TIME_ZONES = Object.keys(ZONE_CITIES) as (keyof typeof ZONE_CITIES)[]
export type CommunityTimeZone = keyof typeof ZONE_CITIES

export function isCommunityZone(zone: string): zone is CommunityTimeZone {
  return Object.hasOwn(ZONE_CITIES, zone)
}

/** Every other zone the runtime knows (under its current name), UTC first. */
export function otherTimeZones(): string[] {
  const names = new Set(['UTC', ...Intl.supportedValuesOf('timeZone').map(canonicalZone)])
  return [...names].filter(zone => !isCommunityZone(zone))
}

/** The zone's offset from UTC at an instant, e.g. UTC+7, UTC+6:30, UTC-3, UTC. */
export function zoneOffset(zone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at)
    .find(p => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name)
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC'
  const [, sign, hours, minutes] = match
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`
}

/** The cities a zone is known by in a locale (English for a locale without names), or the city of its IANA name. */
export function zoneCity(zone: string, locale: string): string {
  const canonical = canonicalZone(zone)
  if (isCommunityZone(canonical)) {
    const names: Record<string, string> = ZONE_CITIES[canonical]
    return names[locale] ?? names.en!
  }
  return canonical.split('/').at(-1)!.replace(/_/g, ' ')
}

/** A zone in running text, e.g. "Your time: 09:00 (Bangkok UTC+7)": city and offset, or UTC. */
export function zoneName(zone: string, locale: string, at: Date = new Date()): string {
  const canonical = canonicalZone(zone)
  return canonical === 'UTC' ? 'UTC' : `${zoneCity(canonical, locale)} ${zoneOffset(canonical, at)}`
}

/** How a zone is offered: "曼谷 (UTC+7)", "Bangkok (UTC+7)", "UTC". */
export function zoneLabel(zone: string, locale: string, at: Date = new Date()): string {
  const canonical = canonicalZone(zone)
  return canonical === 'UTC' ? 'UTC' : `${zoneCity(canonical, locale)} (${zoneOffset(canonical, at)})`
}

export interface ZoneChoice { zone: string; label: string; community: boolean }

// Case, accents and Vietnamese đ do not matter to a search; the marks of Thai, Khmer, Lao and Myanmar are kept.
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[\s_/,、၊]+/g, ' ').trim()
}

/**
 * The zones a person may pick, matching what they typed: by city in their language, in English, or by zone id.
 * With nothing typed, the community's zones. Other zones follow the community's, at most `limit` of them.
 */
export function searchTimeZones(query: string, locale: string, limit = 30, at: Date = new Date()): ZoneChoice[] {
  const wanted = folded(query)
  const choice = (zone: string, community: boolean): ZoneChoice => ({ zone, label: zoneLabel(zone, locale, at), community })
  const matches = (...texts: string[]) => texts.some(text => folded(text).includes(wanted))
  const community = COMMUNITY_TIME_ZONES
    .filter(zone => !wanted || matches(zoneCity(zone, locale), zoneCity(zone, 'en'), zone))
    .map(zone => choice(zone, true))
  if (!wanted) return community
  const others = otherTimeZones().filter(zone => matches(zone, zoneCity(zone, 'en'))).slice(0, limit).map(zone => choice(zone, false))
  return [...community, ...others]
}
