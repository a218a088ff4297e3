import { describe, expect, it } from 'vitest'
import { countWords, localesOverWordLimit } from '../../shared/conferences/words'
import { findSubmissionTransition, submissionActionsFor } from '../../shared/conferences/lifecycle'
import { authorSchema, decisionSchema, reviewSchema, submissionCreateSchema } from '../../shared/schemas/conferences'

describe('words in an abstract', () => {
  it('are counted in scripts without spaces as a reader would, not as characters', () => {
    expect(countWords('Cross-border internships in vocational education', 'en')).toBe(6)
    expect(countWords('การศึกษาข้ามพรมแดน', 'th')).toBeLessThan(6)
    expect(countWords('การศึกษาข้ามพรมแดน', 'th')).toBeGreaterThan(1)
    expect(countWords('职业教育国际合作', 'zh')).toBe(3)
    expect(countWords('Thực tập xuyên biên giới', 'vi')).toBe(5)
  })

  it('names the locales over the limit', () => {
    expect(localesOverWordLimit({ en: 'one two three', th: 'การศึกษา'.repeat(3) }, 5)).toEqual(['th'])
  })
})

describe('the submission lifecycle', () => {
  it('authors submit and withdraw before the decision; chairs review, decide and schedule', () => {
    expect(submissionActionsFor(['author'], 'draft')).toEqual(['submit', 'withdraw'])
    expect(submissionActionsFor(['author'], 'under_review')).toEqual(['withdraw'])
    expect(submissionActionsFor(['author'], 'accepted')).toEqual(['upload_camera_ready'])
    expect(submissionActionsFor(['chair'], 'under_review')).toEqual(['accept', 'accept_with_revisions', 'reject'])
    expect(findSubmissionTransition('withdraw', 'accepted')).toBeUndefined()
    expect(findSubmissionTransition('schedule', 'accepted')).toBeUndefined()
  })
})

describe('inputs', () => {
  it('a decision to accept names talk or poster; a rejection names none', () => {
    expect(() => decisionSchema.parse({ outcome: 'accept' })).toThrow()
    expect(() => decisionSchema.parse({ outcome: 'reject', acceptedType: 'talk' })).toThrow()
    expect(decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' }).acceptedType).toBe('talk')
  })

  it('scores are integers 1–5; a co-author is a person or an email, with an institution', () => {
    expect(() => reviewSchema.parse({ scores: { overall: 0 } })).toThrow()
    expect(() => reviewSchema.parse({ scores: { overall: 4.5 } })).toThrow()
    expect(() => authorSchema.parse({ displayName: 'A', institutionName: 'X', country: 'VN' })).toThrow()
    expect(() => authorSchema.parse({ email: 'a@test.example', displayName: 'A', country: 'VN' })).toThrow()
  })

  it('a huge abstract or an unknown presentation language is refused before the database', () => {
    const base = { type: 'talk', title: { en: 'T' }, presentationLanguage: 'en', submitter: { displayName: 'A', institutionName: 'X', country: 'TH' } }
    expect(() => submissionCreateSchema.parse({ ...base, abstract: { en: 'x'.repeat(40001) } })).toThrow()
    expect(() => submissionCreateSchema.parse({ ...base, presentationLanguage: 'xx' })).toThrow()
    expect(submissionCreateSchema.parse(base).abstract).toEqual({})
  })
})
