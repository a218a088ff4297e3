import { describe, expect, it } from 'vitest'
import { filledLocales, resolveLocalizedText } from '#shared/localized-text'
import { localizedTextSchema } from '#shared/schemas/localized'

describe('resolveLocalizedText', () => {
  const name = { zh: '南宁智能制造职业技术学院', en: 'Nanning Polytechnic', th: 'วิทยาลัยหนานหนิง' }

  it('shows the viewer their own language when it is there', () => {
    expect(resolveLocalizedText(name, 'th')).toEqual({ text: 'วิทยาลัยหนานหนิง', locale: 'th', isFallback: false })
  })

  it('falls back to English, then Chinese, and says so', () => {
    expect(resolveLocalizedText(name, 'km')).toEqual({ text: 'Nanning Polytechnic', locale: 'en', isFallback: true })
    expect(resolveLocalizedText({ zh: '柳州', lo: 'ລິ່ວໂຈ່ວ' }, 'vi')).toEqual({ text: '柳州', locale: 'zh', isFallback: true })
  })

  it('falls back to any filled language when neither English nor Chinese exists', () => {
    expect(resolveLocalizedText({ lo: 'ວຽງຈັນ' }, 'my')).toEqual({ text: 'ວຽງຈັນ', locale: 'lo', isFallback: true })
  })

  it('treats blank texts as missing', () => {
    expect(resolveLocalizedText({ th: '   ', en: 'Bangkok' }, 'th').locale).toBe('en')
    expect(resolveLocalizedText(null, 'en')).toEqual({ text: '', locale: null, isFallback: false })
  })
})

describe('localizedTextSchema', () => {
  const schema = localizedTextSchema(20)

  it('drops empty translations and trims', () => {
    expect(schema.parse({ en: ' Hanoi ', vi: '' })).toEqual({ en: 'Hanoi' })
    expect(filledLocales({ en: 'Hanoi', vi: 'Hà Nội', th: ' ' })).toEqual(['en', 'vi'])
  })

  it('refuses unknown locales and over-long texts', () => {
    expect(schema.safeParse({ fr: 'Hanoï' }).success).toBe(false)
    expect(schema.safeParse({ en: 'x'.repeat(21) }).success).toBe(false)
  })
})
