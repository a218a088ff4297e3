import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATE_HOLIDAYS_VERSION, holidaySeed, libraryHolidays } from '../../server/domain/calendar/holiday-seed'
import { HOLIDAY_COUNTRIES } from '../../shared/calendar/holidays'

const seed = holidaySeed()
const on = (country: string, day: string) => seed.filter(r => r.country === country && r.day === day)

describe('the holiday seed', () => {
  it('names the installed date-holidays version as the source of library rows', () => {
    const installed = JSON.parse(readFileSync('node_modules/date-holidays/package.json', 'utf8')) as { version: string }
    expect(DATE_HOLIDAYS_VERSION).toBe(installed.version)
    expect(on('TH', '2026-04-13')[0]?.source).toBe(`date-holidays ${installed.version}`)
  })
  it('has Songkran 2026 on 13, 14 and 15 April for Thailand, named in Thai, English and Chinese', () => {
    for (const day of ['2026-04-13', '2026-04-14', '2026-04-15']) {
      const [row] = on('TH', day)
      expect(row?.kind).toBe('public')
      expect(row?.name).toMatchObject({ th: 'วันสงกรานต์', en: 'Songkran Festival', zh: '宋干节（泼水节）' })
    }
  })
  it('keeps China\'s 2026 make-up working days as working days, not holidays, and the nine-day Spring Festival', () => {
    for (const day of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(on('CN', day).map(r => r.kind)).toEqual(['makeup_workday'])
    }
    const spring = seed.filter(r => r.country === 'CN' && r.kind === 'public' && r.name.zh === '春节' && r.day.startsWith('2026')).map(r => r.day)
    expect(spring).toEqual(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'])
    expect(on('CN', '2026-03-08')).toEqual([]) // a half day for women only is not a public holiday
    expect(on('CN', '2026-02-14')[0]?.source).toMatch(/国务院办公厅关于2026年部分节假日安排的通知/)
  })
  it('covers every country for both years, each row with a source and names in the local language, English and Chinese', () => {
    const local: Record<string, string> = { CN: 'zh', TH: 'th', VN: 'vi', MY: 'ms', ID: 'id', PH: 'fil', KH: 'km', LA: 'lo', MM: 'my' }
    for (const country of HOLIDAY_COUNTRIES) {
      for (const year of ['2026', '2027']) expect(seed.some(r => r.country === country && r.day.startsWith(year)), `${country} ${year}`).toBe(true)
    }
    for (const row of seed) {
      expect(row.source.length).toBeGreaterThan(5)
      expect(Object.keys(row.name), `${row.country} ${row.day}`).toEqual(expect.arrayContaining(['en', 'zh', local[row.country]]))
    }
  })
  it('has one row per country, day and kind (what the table\'s unique key asks)', () => {
    const keys = seed.map(r => `${r.country}|${r.day}|${r.kind}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
  it('spreads a holiday of several days over each of its days, and leaves out names the library only has in English', () => {
    const tet = libraryHolidays('VN', 2026).filter(r => r.day >= '2026-02-16' && r.day <= '2026-02-20')
    expect(tet).toHaveLength(5)
    expect(tet[0]?.name.vi).toBe('Giao thừa Tết Nguyên Đán')
    expect(tet[0]?.name.th).toBeUndefined()
    expect(libraryHolidays('TH', 2026).find(r => r.day === '2026-04-06')?.name.th).toBe('วันจักรี')
  })
})
