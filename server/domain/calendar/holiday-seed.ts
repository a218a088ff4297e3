import Holidays from 'date-holidays'
import type { LocaleCode } from '../../../shared/locales'
import { LOCALE_CODES } from '../../../shared/locales'
import type { LocalizedText } from '../../../shared/localized-text'
import type { HolidayKind } from '../../../shared/calendar/holidays'
import { HOLIDAY_SEED_YEARS } from '../../../shared/calendar/holidays'
import { OFFICIAL_HOLIDAYS } from './holiday-official'

/** The installed date-holidays (tests/unit/holiday-seed.test.ts keeps it equal to node_modules). */
export const DATE_HOLIDAYS_VERSION = '3.37.0'
const LIBRARY_SOURCE = `date-holidays ${DATE_HOLIDAYS_VERSION}`

/** One row of public_holidays as the seed writes it. */
export interface HolidaySeedRow {
  country: string
  day: string
  kind: HolidayKind
  name: LocalizedText
  source: string
}

/** Countries whose holidays come from the library; China is here for years without an official list in the seed. */
const LIBRARY_COUNTRIES = ['TH', 'VN', 'MY', 'ID', 'PH'] as const

// The library names few of these holidays in Chinese; the portal's readers are half Chinese.
const ZH_NAMES: Record<string, string> = {
  'New Year\'s Day': '元旦', 'Makha Bucha': '万佛节', 'Chakri Memorial Day': '却克里王朝纪念日', 'Songkran Festival': '宋干节（泼水节）',
  'Coronation Day': '加冕日', 'Vesak Day': '卫塞节（佛诞节）', 'Queen Suthida\'s Birthday': '素提达王后诞辰', 'King\'s Birthday': '国王诞辰',
  'Asalha Puja': '三宝佛节', 'Buddhist Lent': '守夏节', 'The Queen Mother\'s Birthday': '诗丽吉王太后诞辰（母亲节）',
  'King Bhumibol Adulyadej Memorial Day': '普密蓬国王纪念日', 'King Chulalongkorn Day': '朱拉隆功国王纪念日',
  'King Bhumibol Adulyadej\'s Birthday': '普密蓬国王诞辰（父亲节）', 'Constitution Day': '宪法日', 'New Year\'s Eve': '新年前夕',
  'Vietnamese New Year Holidays': '越南春节假期', 'Vietnamese New Year': '越南春节', 'Hung Kings Commemorations': '雄王祭祖日',
  'Day of liberating the South for national reunification': '南方解放日', 'Labour Day': '劳动节', 'National Day': '国庆节',
  'Chinese New Year': '春节（农历新年）', 'Day of Nuzul Al-Quran': '古兰经降世日', 'End of Ramadan (Eid al-Fitr)': '开斋节',
  'Feast of the Sacrifice (Eid al-Adha)': '宰牲节（古尔邦节）', 'Yang di-Pertuan Agong\'s Birthday': '最高元首诞辰',
  'Islamic New Year': '伊斯兰新年', 'Birthday of Muhammad (Mawlid)': '圣纪节', 'Independence Day': '独立日', 'Malaysia Day': '马来西亚日',
  'Deepavali': '屠妖节', 'Christmas Day': '圣诞节', 'Laylat al-Mi\'raj': '登霄节', 'Nyepi': '安宁日（巴厘新年）', 'Good Friday': '耶稣受难日',
  'Ascension Day': '耶稣升天节', 'Pancasila Day': '潘查希拉日', 'Maundy Thursday': '濯足节', 'Easter Sunday': '复活节', 'Day of Valor': '英勇日',
  'National Heroes\' Day': '民族英雄日', 'Bonifacio Day': '博尼法西奥纪念日', 'Rizal Day': '黎刹纪念日',
}

// Where the library's own local name is wrong (Indonesia's Isra Mi'raj is named as the Prophet's birthday).
const LOCAL_FIXES: Record<string, Partial<LocalizedText>> = {
  'ID|Laylat al-Mi\'raj': { id: 'Isra Mikraj Nabi Muhammad' },
}

const SUBSTITUTE = ' (substitute day)'
const SUBSTITUTE_SUFFIX: Partial<Record<LocaleCode, string>> = {
  en: SUBSTITUTE, zh: '（补假）', ms: ' (cuti ganti)', id: ' (cuti pengganti)', th: ' (ชดเชย)', vi: ' (nghỉ bù)', fil: ' (kapalit na araw)',
}

/** YYYY-MM-DD plus n days, on the calendar (no zone). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

interface LibraryHoliday { date: string; start: Date; end: Date; name: string; type: string; substitute?: boolean }

/**
 * The library's public holidays of a country and year, each day of a multi-day holiday a row of its own, named in
 * every locale the library really has a name in (a name it falls back to English for is left out, so the page shows
 * the fallback visibly), plus Chinese from ZH_NAMES.
 */
export function libraryHolidays(country: string, year: number): HolidaySeedRow[] {
  const hd = new Holidays(country)
  const languages = hd.getLanguages() as string[]
  const primary = languages[0] ?? 'en'
  const inEnglish = hd.getHolidays(year, 'en') as LibraryHoliday[]
  const inPrimary = hd.getHolidays(year, primary) as LibraryHoliday[]
  const byLocale = new Map(LOCALE_CODES.map(code => [code, hd.getHolidays(year, code) as LibraryHoliday[]]))
  const rows = new Map<string, HolidaySeedRow>()
  inEnglish.forEach((holiday, index) => {
    if (holiday.type !== 'public') return
    const english = holiday.name.replace(SUBSTITUTE, '')
    const name: LocalizedText = {}
    for (const code of LOCALE_CODES) {
      const text = byLocale.get(code)?.[index]?.name
      if (!text) continue
      // The library falls back to English (or its first language) for a name it lacks: that is no translation.
      const real = code === 'en' || code === primary || (text !== holiday.name && text !== inPrimary[index]?.name)
      if (real) name[code] = text
    }
    const zh = ZH_NAMES[english]
    if (zh) name.zh = holiday.substitute ? `${zh}${SUBSTITUTE_SUFFIX.zh}` : zh
    for (const [code, text] of Object.entries(LOCAL_FIXES[`${country}|${english}`] ?? {})) name[code as LocaleCode] = text
    if (holiday.substitute) {
      for (const [code, suffix] of Object.entries(SUBSTITUTE_SUFFIX) as [LocaleCode, string][]) {
        const text = name[code]
        if (text && code !== 'zh') name[code] = `${text.replace(SUBSTITUTE, '')}${suffix}`
      }
    }
    const first = holiday.date.slice(0, 10)
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000))
    for (let i = 0; i < days; i++) {
      const day = addDays(first, i)
      const key = `${country}|${day}`
      const existing = rows.get(key)
      // Two holidays on one day (Christmas and Isra Mi'raj in Indonesia, 2027) are one row named for both.
      if (existing) existing.name = joinNames(existing.name, name)
      else rows.set(key, { country, day, kind: 'public', name: { ...name }, source: LIBRARY_SOURCE })
    }
  })
  return [...rows.values()]
}

function joinNames(a: LocalizedText, b: LocalizedText): LocalizedText {
  const joined: LocalizedText = { ...a }
  for (const [code, text] of Object.entries(b) as [LocaleCode, string][]) {
    const mine = joined[code]
    joined[code] = mine && mine !== text ? `${mine} / ${text}` : text
  }
  return joined
}

/**
 * Every row the seed holds for the years: the library's countries, then the official lists (China's State Council
 * schedule with its make-up working days; Cambodia, Laos and Myanmar, which the library has no data for).
 */
export function holidaySeed(years: readonly number[] = HOLIDAY_SEED_YEARS): HolidaySeedRow[] {
  const rows: HolidaySeedRow[] = []
  for (const year of years) {
    for (const country of LIBRARY_COUNTRIES) rows.push(...libraryHolidays(country, year))
  }
  rows.push(...OFFICIAL_HOLIDAYS.filter(row => years.includes(Number(row.day.slice(0, 4)))))
  return rows
}
