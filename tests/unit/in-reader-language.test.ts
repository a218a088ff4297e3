import { describe, expect, it } from 'vitest'
import { inReaderLanguage, resolveLocalizedText } from '#shared/localized-text'

const institution = {
  id: 'a1', slug: 'nanning', country: 'CN', founded: 1958, tags: ['robotics'],
  name: { zh: '南宁智能职业技术学院', en: 'Nanning Smart Polytechnic', th: 'วิทยาลัยโปลีเทคนิคอัจฉริยะหนานหนิง' },
  description: { en: 'Robotics and trade', zh: '机器人与贸易' },
  programs: [{ title: { vi: 'Kỹ thuật', en: 'Engineering' }, hours: 40, startsAt: '2027-03-01T09:00:00Z' }],
  empty: {}, note: null,
}

describe('content in the reader\'s language', () => {
  it('keeps, of each text, only the language the reader sees it in', () => {
    const shown = inReaderLanguage(institution, 'th')
    expect(shown.name).toEqual({ th: 'วิทยาลัยโปลีเทคนิคอัจฉริยะหนานหนิง' })
    expect(shown.description).toEqual({ en: 'Robotics and trade' })
    expect(shown.programs[0]!.title).toEqual({ en: 'Engineering' })
  })

  it('shows the same text, with the same fallback, as the whole text would', () => {
    for (const wanted of ['th', 'km', 'vi', 'zh'] as const) {
      const shown = inReaderLanguage(institution, wanted)
      for (const key of ['name', 'description'] as const) expect(resolveLocalizedText(shown[key], wanted)).toEqual(resolveLocalizedText(institution[key], wanted))
      expect(resolveLocalizedText(shown.programs[0]!.title, wanted)).toEqual(resolveLocalizedText(institution.programs[0]!.title, wanted))
    }
  })

  it('leaves everything that is not a multilingual text as it was', () => {
    const shown = inReaderLanguage(institution, 'km')
    expect({ ...shown, name: null, description: null, programs: null }).toEqual({ ...institution, name: null, description: null, programs: null })
    expect(shown.programs[0]).toMatchObject({ hours: 40, startsAt: '2027-03-01T09:00:00Z' })
    expect(inReaderLanguage({ counts: { th: 3, en: 1 } }, 'km')).toEqual({ counts: { th: 3, en: 1 } })
  })
})
