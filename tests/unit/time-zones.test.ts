import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../shared/locales'
import {
  COMMUNITY_TIME_ZONES, COUNTRY_TIME_ZONES, canonicalZone, isKnownZone, otherTimeZones, personTimeZone, searchTimeZones, zoneLabel, zoneOffset,
} from '../../shared/time-zones'
import { ZONE_CITIES } from '../../shared/time-zone-cities'

const JANUARY = new Date('2027-01-15T00:00:00Z')
const JULY = new Date('2027-07-15T00:00:00Z')

describe('the zone list', () => {
  it('is short: China and the ASEAN members, each a real zone, listed once and not again among the others', () => {
    expect(COMMUNITY_TIME_ZONES.length).toBeLessThanOrEqual(16)
    for (const zone of COMMUNITY_TIME_ZONES) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow()
    for (const country of ['CN', 'TH', 'VN', 'ID', 'MY', 'SG', 'PH', 'KH', 'LA', 'MM', 'BN']) {
      expect(COMMUNITY_TIME_ZONES).toContain(COUNTRY_TIME_ZONES[country])
    }
    const others = otherTimeZones()
    expect(others).toContain('UTC')
    expect(others).toContain('Europe/Paris')
    // Older names of community zones (Asia/Saigon, Asia/Rangoon) are not offered twice.
    expect(others.filter(zone => (COMMUNITY_TIME_ZONES as string[]).includes(canonicalZone(zone)))).toEqual([])
  })

  it('shows offsets as people read them, half hours included', () => {
    expect(zoneOffset('Asia/Bangkok', JANUARY)).toBe('UTC+7')
    expect(zoneOffset('Asia/Yangon', JANUARY)).toBe('UTC+6:30')
    expect(zoneOffset('America/Sao_Paulo', JANUARY)).toBe('UTC-3')
    expect(zoneOffset('Europe/Paris', JANUARY)).toBe('UTC+1')
    expect(zoneOffset('Europe/Paris', JULY)).toBe('UTC+2')
    expect(zoneOffset('UTC', JULY)).toBe('UTC')
  })
})

describe('city names', () => {
  it('exist for every community zone in every locale, in the locale\'s own script', () => {
    const script: Record<string, RegExp> = { zh: /\p{Script=Han}/u, th: /\p{Script=Thai}/u, km: /\p{Script=Khmer}/u, lo: /\p{Script=Lao}/u, my: /\p{Script=Myanmar}/u }
    for (const zone of COMMUNITY_TIME_ZONES) {
      for (const code of LOCALE_CODES) {
        const name: string = ZONE_CITIES[zone][code]
        expect(name.trim(), `${zone} ${code}`).not.toBe('')
        if (script[code]) expect(name, `${zone} ${code}`).toMatch(script[code])
        else expect(name, `${zone} ${code}`).toMatch(/^[\p{Script=Latin} .,]+$/u)
      }
    }
  })

  it('label a zone with its city and offset in the reader\'s language', () => {
    expect(zoneLabel('Asia/Bangkok', 'zh', JANUARY)).toBe('曼谷 (UTC+7)')
    expect(zoneLabel('Asia/Bangkok', 'en', JANUARY)).toBe('Bangkok (UTC+7)')
    expect(zoneLabel('Asia/Bangkok', 'th', JANUARY)).toBe('กรุงเทพฯ (UTC+7)')
    expect(zoneLabel('Asia/Phnom_Penh', 'km', JANUARY)).toBe('ភ្នំពេញ (UTC+7)')
    expect(zoneLabel('Asia/Yangon', 'my', JANUARY)).toBe('ရန်ကုန်၊ နေပြည်တော် (UTC+6:30)')
    // A browser's older name reads as the current one; a zone outside the community by the city in its name.
    expect(zoneLabel('Asia/Saigon', 'vi', JANUARY)).toBe('Hà Nội, TP. Hồ Chí Minh (UTC+7)')
    expect(zoneLabel('America/Sao_Paulo', 'vi', JANUARY)).toBe('Sao Paulo (UTC-3)')
    expect(zoneLabel('UTC', 'lo', JANUARY)).toBe('UTC')
  })
})

describe('searching zones', () => {
  const zones = (query: string, locale: string) => searchTimeZones(query, locale, 30, JANUARY).map(c => c.zone)

  it('offers the community\'s zones when nothing is typed', () => {
    expect(zones('', 'km')).toEqual(COMMUNITY_TIME_ZONES)
  })

  it('finds a city by its name in the reader\'s language, accents or not', () => {
    expect(zones('Hà Nội', 'vi')).toEqual(['Asia/Ho_Chi_Minh'])
    expect(zones('ha noi', 'vi')).toEqual(['Asia/Ho_Chi_Minh'])
    expect(zones('曼谷', 'zh')).toEqual(['Asia/Bangkok'])
    expect(zones('ភ្នំពេញ', 'km')).toEqual(['Asia/Phnom_Penh'])
    expect(zones('ວຽງຈັນ', 'lo')).toEqual(['Asia/Vientiane'])
    expect(zones('ရန်ကုန်', 'my')).toEqual(['Asia/Yangon'])
    expect(zones('Maynila', 'fil')).toEqual(['Asia/Manila'])
  })

  it('finds a city by its English name and a zone by its id, in any locale', () => {
    expect(zones('bangkok', 'th')).toEqual(['Asia/Bangkok'])
    expect(zones('Kuala', 'zh')).toEqual(['Asia/Kuala_Lumpur'])
    expect(zones('Asia/Phnom_Penh', 'lo')).toEqual(['Asia/Phnom_Penh'])
    expect(zones('Ho_Chi', 'km')).toEqual(['Asia/Ho_Chi_Minh'])
  })

  it('finds any other zone once typed, after the community\'s, and says it is not one of them', () => {
    const found = searchTimeZones('paris', 'vi', 30, JANUARY)
    expect(found).toEqual([{ zone: 'Europe/Paris', label: 'Paris (UTC+1)', community: false }])
    expect(zones('utc', 'en')).toContain('UTC')
    expect(zones('zzz-nowhere', 'en')).toEqual([])
    expect(searchTimeZones('America', 'en', 5, JANUARY)).toHaveLength(5)
  })
})

describe('a person\'s zone', () => {
  it('is the profile\'s, else the browser\'s, else the institution\'s country\'s, else the community\'s', () => {
    expect(personTimeZone('Asia/Manila', 'Asia/Tokyo', ['TH'])).toBe('Asia/Manila')
    expect(personTimeZone(null, 'Asia/Saigon', ['TH'])).toBe('Asia/Ho_Chi_Minh')
    expect(personTimeZone(null, null, ['KH', 'TH'])).toBe('Asia/Phnom_Penh')
    expect(personTimeZone(null, null, ['FR'])).toBe('Asia/Shanghai')
    expect(personTimeZone(undefined, undefined)).toBe('Asia/Shanghai')
  })
})

describe('isKnownZone', () => {
  it('answers the same when asked again (its answers are kept): a real zone yes, a made-up one or a non-string no', () => {
    for (let i = 0; i < 2; i++) {
      expect(isKnownZone('Asia/Vientiane')).toBe(true)
      expect(isKnownZone('Asia/Nowhere')).toBe(false)
      expect(isKnownZone('')).toBe(false)
      expect(isKnownZone(42)).toBe(false)
      expect(isKnownZone('x'.repeat(65))).toBe(false)
    }
  })
})
