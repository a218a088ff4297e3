import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { calendarWords, englishShare, englishVocabulary, localeStrings, visibleText, vocabularyOf, wordsOf } from '../api/english-share'

const messages = (code: string): unknown => JSON.parse(readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'))
const english = englishVocabulary(messages('en'))
const vocabulary = (code: string, language: string) => ({ english, own: vocabularyOf(localeStrings(messages(code)), language) })
const page = (body: string) => `<!DOCTYPE html><html><head><title>Head is not read</title><style>.a{}</style></head><body>${body}<script>window.__NUXT__={"en":"English payload"}</script></body></html>`

describe('the English word counter', () => {
  it('reads what a person sees: text and the alt, placeholder and label attributes, not scripts, styles or comments', () => {
    const text = visibleText(page('<!-- a comment --><h1>Tom &amp; Jerry</h1><img alt="A logo"><input placeholder="Search here"><template><p>hidden</p></template>'))
    expect(text.split('\n')).toEqual(['Tom & Jerry', 'A logo', 'Search here'])
  })

  it('fails a page of English shown to a Thai reader', () => {
    const html = page('<h1>Member institutions</h1><p>A vocational college for mechatronics and automation, working with enterprises of the Eastern Economic Corridor.</p>')
    const result = englishShare(visibleText(html), 'th-TH', vocabulary('th', 'th-TH'))
    expect(result.share).toBeGreaterThan(0.5)
    expect(result.english).toEqual(expect.arrayContaining(['Member', 'institutions', 'college', 'and', 'with', 'the']))
  })

  it('passes a page of Thai, cutting Thai words though Thai writes no spaces between them', () => {
    const html = page('<h1>สถาบันสมาชิก</h1><p>วิทยาลัยอาชีวศึกษาด้านเมคคาทรอนิกส์และระบบอัตโนมัติ ร่วมมือกับสถานประกอบการในเขตเศรษฐกิจพิเศษภาคตะวันออก</p><p>PLC 2026</p>')
    const result = englishShare(visibleText(html), 'th-TH', vocabulary('th', 'th-TH'))
    expect(result.words).toBeGreaterThan(10)
    expect(result.english).toEqual([])
    expect(result.share).toBe(0)
  })

  it('does not count a Latin-script language’s own words as English: Indonesian "data" and "program", Filipino "at"', () => {
    expect(englishShare('Program dan data mahasiswa', 'id-ID', vocabulary('id', 'id-ID')).english).toEqual([])
    expect(englishShare('Mga estudyante at guro', 'fil-PH', vocabulary('fil', 'fil-PH')).english).toEqual([])
    expect(englishShare('Students and teachers', 'fil-PH', vocabulary('fil', 'fil-PH')).english).toEqual(['Students', 'and', 'teachers'])
  })

  it('leaves out proper names as whole phrases, and web and mail addresses, but still counts the same words in a sentence', () => {
    const names = ['Chao Phraya Technical College', 'Nonthaburi']
    const text = visibleText(page('<h1>Chao Phraya Technical College</h1><p>นนทบุรี · Nonthaburi</p><a href="#">https://cptc.example</a><p>office@cptc.example</p>'))
    const result = englishShare(text, 'th-TH', vocabulary('th', 'th-TH'), names)
    expect(result.english).toEqual([])
    expect(result.words).toBe(1)
    const sentence = englishShare('วิทยาลัย the Technical College', 'th-TH', vocabulary('th', 'th-TH'), names)
    expect(sentence.english).toEqual(['the', 'College'])
  })

  it('knows a language’s month names as its own words: Filipino "Ago" in a date is not English "ago"', () => {
    expect(calendarWords('fil-PH').has('ago')).toBe(true)
    expect(calendarWords('fil-PH').has('agosto')).toBe(true)
  })

  it('does not count numbers as words, and acronyms are not English', () => {
    expect(wordsOf('2026 年 12 月', 'zh-CN')).toEqual(['年', '月'])
    expect(englishShare('ภาษาจีน HSK3 PLC ASEAN', 'th-TH', vocabulary('th', 'th-TH')).english).toEqual([])
  })
})
