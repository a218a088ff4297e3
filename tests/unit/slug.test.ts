import { describe, expect, it } from 'vitest'
import { suggestSlug } from '../../shared/slug'

describe('the web address suggested for a joining institution', () => {
  it('comes from the English name when there is one', () => {
    expect(suggestSlug({ lo: 'ວິທະຍາໄລເຕັກນິກວຽງຈັນ', en: 'Vientiane Technical College' }, 'lo')).toBe('vientiane-technical-college')
  })

  it('is transliterated to Latin from a name in any script', () => {
    expect(suggestSlug({ zh: '南宁职业技术学院' }, 'zh')).toBe('nan-ning-zhi-ye-ji-shu-xue-yuan')
    expect(suggestSlug({ vi: 'Trường Cao đẳng Kỹ thuật Hà Nội' }, 'vi')).toBe('truong-cao-dang-ky-thuat-ha-noi')
    for (const name of ['ວິທະຍາໄລເຕັກນິກທົດສອບ', 'วิทยาลัยเทคนิคเชียงใหม่', 'សាកលវិទ្យាល័យភូមិន្ទ', 'မန္တလေးနည်းပညာတက္ကသိုလ်']) {
      expect(suggestSlug({ th: name }, 'th')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('prefers the reader’s language over others, fits 80 characters and is empty for an empty name', () => {
    expect(suggestSlug({ zh: '南宁', th: 'Chiang Mai' }, 'th')).toBe('chiang-mai')
    expect(suggestSlug({ en: 'a '.repeat(100) }, 'en').length).toBeLessThanOrEqual(80)
    expect(suggestSlug({ en: 'a '.repeat(100) }, 'en')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(suggestSlug({}, 'en')).toBe('')
  })
})
