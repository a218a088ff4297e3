import { describe, expect, it } from 'vitest'
import { languageLevelMeets, unmetRequirements } from '../../shared/mobility/eligibility'
import type { Eligibility } from '../../shared/schemas/mobility'

const OPEN: Eligibility = { levels: [], iscedCodes: [], language: null, languageLevel: null }
const SPRING: Eligibility = { levels: ['cn_higher_vocational', 'eqf_5'], iscedCodes: ['07'], language: 'zh', languageLevel: 'HSK2' }
const form = (over: Partial<Parameters<typeof unmetRequirements>[1]> = {}) => ({ studyLevel: null, fieldOfStudy: null, languageCertificates: [], ...over })

describe('language levels', () => {
  it('compare within CEFR and within HSK, never across', () => {
    expect(languageLevelMeets('C1', 'B2')).toBe(true)
    expect(languageLevelMeets('B1', 'B2')).toBe(false)
    expect(languageLevelMeets('HSK4', 'HSK2')).toBe(true)
    expect(languageLevelMeets('HSK1', 'HSK2')).toBe(false)
    expect(languageLevelMeets('C2', 'HSK1')).toBe(false)
    expect(languageLevelMeets('HSK9', 'A1')).toBe(false)
  })
})

describe('unmet requirements', () => {
  it('are none for a program open to all', () => {
    expect(unmetRequirements(OPEN, form(), false)).toEqual([])
  })

  it('name every field a student has not answered to the program', () => {
    expect(unmetRequirements(SPRING, form(), false)).toEqual(['studyLevel', 'fieldOfStudy', 'languageCertificates'])
  })

  it('accept a listed level, a narrower ISCED field and a high enough certificate in the language', () => {
    const ok = form({ studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level: 'HSK3', issuer: '' }] })
    expect(unmetRequirements(SPRING, ok, false)).toEqual([])
  })

  it('refuse a level not listed, a broader or other field, and a certificate too low or in another language', () => {
    expect(unmetRequirements({ ...SPRING, iscedCodes: ['0714'] }, form({ studyLevel: 'cn_master', fieldOfStudy: '07', languageCertificates: [{ language: 'zh', level: 'HSK1', issuer: '' }] }), false))
      .toEqual(['studyLevel', 'fieldOfStudy', 'languageCertificates'])
    expect(unmetRequirements(SPRING, form({ studyLevel: 'eqf_5', fieldOfStudy: '0411', languageCertificates: [{ language: 'en', level: 'C2', issuer: '' }] }), false))
      .toEqual(['fieldOfStudy', 'languageCertificates'])
  })

  it('ask staff visits only for the language, not for a level or field of study', () => {
    expect(unmetRequirements(SPRING, form(), true)).toEqual(['languageCertificates'])
    expect(unmetRequirements(SPRING, form({ languageCertificates: [{ language: 'zh', level: 'HSK2', issuer: '' }] }), true)).toEqual([])
  })

  it('take any certificate in the language when the program names no level', () => {
    expect(unmetRequirements({ ...OPEN, language: 'th' }, form({ languageCertificates: [{ language: 'th', level: 'A1', issuer: '' }] }), false)).toEqual([])
  })
})
