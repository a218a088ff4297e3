import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ISCED_CODES, iscedLevel, iscedNameKey, iscedOptions, isIscedCode, searchIsced, type IscedCode } from '../../shared/isced'
import { LOCALES } from '../../shared/locales'
import { applicationFormSchema, eligibilitySchema } from '../../shared/schemas/mobility'
import { conditionSchema } from '../../shared/schemas/agreements'
import { loadMessages, translate } from '../../server/i18n/messages'
import { documentDate, fieldOfStudyIn, languageNameIn } from '../../server/i18n/names'

type Tree = { [key: string]: string | Tree }
const read = (file: string): Tree => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'))
const fieldsOf = (file: string) => (read(file).isced as Tree).fields as Record<string, string>
beforeAll(() => loadMessages(read))

const byLevel = (level: string) => ISCED_CODES.filter(c => iscedLevel(c) === level)
/** The classification's own fields, without the inter-disciplinary (…8) and "not elsewhere classified" (…9) codes. */
const core = (codes: readonly string[]) => codes.filter(c => !/[89]$/.test(c))

describe('the ISCED-F 2013 list', () => {
  it('has 11 broad, 29 narrow and 80 detailed fields, plus 19 inter-disciplinary or unclassified narrow and 38 detailed codes', () => {
    expect(byLevel('broad')).toHaveLength(11)
    expect(core(byLevel('narrow'))).toHaveLength(29)
    expect(core(byLevel('detailed'))).toHaveLength(80)
    expect(byLevel('narrow')).toHaveLength(48)
    expect(byLevel('detailed')).toHaveLength(118)
    expect(new Set(ISCED_CODES).size).toBe(ISCED_CODES.length)
  })

  it('places every narrow and detailed field under a parent in the list', () => {
    for (const code of ISCED_CODES.filter(c => c.length > 2)) expect(isIscedCode(code.slice(0, -1)), code).toBe(true)
  })

  it('knows the codes the demo and partners use, and no made-up or "not further defined" ones', () => {
    for (const code of ['07', '071', '0714', '0619', '0788', '1099']) expect(isIscedCode(code), code).toBe(true)
    for (const code of ['0718', '0700', '9999', '7', '00714', '']) expect(isIscedCode(code), code).toBe(false)
  })

  it.each(LOCALES.map(l => [l.code, l.file] as const))('names every code in %s, and nothing else', (code, file) => {
    const names = fieldsOf(file)
    expect(Object.keys(names).sort()).toEqual(ISCED_CODES.map(c => `f${c}`).sort())
    for (const c of ISCED_CODES) expect(names[`f${c}`]?.trim(), c).toBeTruthy()
  })

  it('names fields in each language, not in English, wherever the script differs', () => {
    const en = fieldsOf('en.json')
    for (const file of ['zh.json', 'th.json', 'km.json', 'lo.json', 'my.json']) {
      const names = fieldsOf(file)
      expect(ISCED_CODES.filter(c => names[`f${c}`] === en[`f${c}`]), file).toEqual([])
    }
  })
})

describe('searching the list', () => {
  const options = (locale: string) => iscedOptions(c => translate(locale, iscedNameKey(c)), c => translate('en', iscedNameKey(c)))
  const codes = (found: { code: IscedCode }[]) => found.map(o => o.code)

  it('finds a code and the fields under it by its first digits', () => {
    expect(codes(searchIsced(options('th'), '071'))).toEqual(['071', '0711', '0712', '0713', '0714', '0715', '0716', '0719'])
    expect(codes(searchIsced(options('th'), '0714'))).toEqual(['0714'])
  })

  it('finds a field by its name in the reader\'s language and in English', () => {
    expect(codes(searchIsced(options('th'), 'อิเล็กทรอนิกส์'))).toContain('0714')
    expect(codes(searchIsced(options('th'), 'electronics'))).toContain('0714')
    expect(codes(searchIsced(options('zh'), '自动化'))).toEqual(['0714'])
    expect(codes(searchIsced(options('my'), 'အီလက်ထရောနစ်'))).toContain('0714')
  })

  it('matches Vietnamese without its accents and every word in any order', () => {
    expect(codes(searchIsced(options('vi'), 'dien tu'))).toContain('0714')
    expect(codes(searchIsced(options('vi'), 'tự động điện'))).toEqual(['0714'])
    expect(codes(searchIsced(options('en'), 'AUTOMATION electronics'))).toEqual(['0714'])
  })

  it('offers the whole list for an empty query and nothing for a query nothing matches', () => {
    expect(searchIsced(options('lo'), '  ')).toHaveLength(ISCED_CODES.length)
    expect(searchIsced(options('lo'), 'quantum basket weaving')).toEqual([])
    expect(searchIsced(options('lo'), '99999')).toEqual([])
  })
})

describe('validating codes', () => {
  it('accepts a listed field and refuses any other code, naming the field', () => {
    expect(applicationFormSchema.safeParse({ fieldOfStudy: '0714' }).success).toBe(true)
    const refused = applicationFormSchema.safeParse({ fieldOfStudy: '0718' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.path).toEqual(['fieldOfStudy'])
    expect(eligibilitySchema.safeParse({ iscedCodes: ['07', '0714'] }).success).toBe(true)
    expect(eligibilitySchema.safeParse({ iscedCodes: ['07', '0700'] }).error?.issues[0]?.path).toEqual(['iscedCodes', 1])
    const condition = { id: 'c1', type: 'student_study', sendingInstitutionId: crypto.randomUUID(), receivingInstitutionId: crypto.randomUUID(),
      placesPerYear: 2, monthsPerPlace: 5, level: 'eqf_5', language: 'en', languageLevel: 'B1' }
    expect(conditionSchema.safeParse({ ...condition, iscedCode: '0714' }).success).toBe(true)
    expect(conditionSchema.safeParse({ ...condition, iscedCode: '1234' }).success).toBe(false)
  })
})

describe('names and dates in documents', () => {
  it('print a field as its code and its name in the document\'s language', () => {
    expect(fieldOfStudyIn('th', '0714')).toBe('0714 อิเล็กทรอนิกส์และระบบอัตโนมัติ')
    expect(fieldOfStudyIn('zh', '07')).toBe('07 工程、制造与建筑')
    expect(fieldOfStudyIn('en', '0799')).toBe('0799 Engineering, manufacturing and construction not elsewhere classified')
    expect(fieldOfStudyIn('vi', '0718')).toBe('ISCED 0718')
  })

  it('name a language in the document\'s language, not by its code', () => {
    expect(languageNameIn('th', 'zh')).toBe('จีน')
    expect(languageNameIn('en', 'zh')).toBe('Chinese')
    expect(languageNameIn('zh', 'th')).toBe('泰语')
    expect(languageNameIn('km', 'en')).toMatch(/[\u1780-\u17FF]/)
  })

  it('write dates as each language does, with its own calendar and digits', () => {
    expect(documentDate('th', '2026-12-05')).toBe('5 ธันวาคม 2569')
    expect(documentDate('zh', '2026-12-05')).toBe('2026年12月5日')
    expect(documentDate('en', '2026-12-05')).toBe('December 5, 2026')
    expect(documentDate('vi', '2026-12-05')).toBe('5 tháng 12, 2026')
    expect(documentDate('my', '2026-12-05')).toBe('၂၀၂၆ ဒီဇင်ဘာ ၅')
    // An instant is printed as its UTC day.
    expect(documentDate('en', new Date('2026-12-05T23:30:00Z'))).toBe('December 5, 2026')
  })
})
