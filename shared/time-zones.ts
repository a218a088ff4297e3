/**
 * The community's time zones (China and the ASEAN members, Indonesia's three), offered first wherever a person picks a
 * zone for a call, a meeting or an incident; any other IANA zone can still be chosen after them.
 */
export const COMMUNITY_TIME_ZONES = [
  'Asia/Shanghai', 'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Kuala_Lumpur',
  'Asia/Singapore', 'Asia/Manila', 'Asia/Phnom_Penh', 'Asia/Vientiane', 'Asia/Yangon', 'Asia/Brunei', 'Asia/Dili', 'UTC',
] as const

/** Every other zone the runtime knows, in its own order. */
export function otherTimeZones(): string[] {
  const community: readonly string[] = COMMUNITY_TIME_ZONES
  return Intl.supportedValuesOf('timeZone').filter(zone => !community.includes(zone))
}
