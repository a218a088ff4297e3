import { describe, expect, it } from 'vitest'
import { FORM_SCHEMA_ID, parseFormDefinition, type FormDefinition, type FormDefinitionInput } from '#shared/evaluation/form-definition'
import { flattenAnswers, localeStatus, scoreKnowledge, validateAnswers, visibleQuestions, type Answers } from '#shared/evaluation/answers'

const five = [1, 2, 3, 4, 5].map(n => ({ en: `point ${n}` }))
const opts = (...ids: string[]) => ids.map(id => ({ id, label: { en: id.toUpperCase() } }))

const input: FormDefinitionInput = {
  schema: FORM_SCHEMA_ID,
  title: { en: 'Training week', zh: '培训周', km: 'សប្តាហ៍បណ្តុះបណ្តាល' },
  purpose: 'knowledge',
  level: 2,
  sections: [
    {
      id: 's1', title: { en: 'One', zh: '一' },
      questions: [
        { id: 'useful', type: 'likert', text: { en: 'Useful', zh: '有用' }, required: true, points: 5, labels: five },
        { id: 'stars', type: 'rating', text: { en: 'Stars' }, max: 10 },
        { id: 'nps', type: 'nps', text: { en: 'Recommend' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' }, required: true, showIf: { question: 'nps', in: [0, 1, 2, 3, 4, 5, 6] }, maxLength: 10 },
        { id: 'why-more', type: 'text', text: { en: 'More?' }, showIf: { question: 'why', equals: 'food' }, maxLength: 100 },
      ],
    },
    {
      id: 's2', title: { en: 'Two' },
      questions: [
        { id: 'role', type: 'single', text: { en: 'Role' }, options: opts('teacher', 'student'), other: true, required: true },
        { id: 'subject', type: 'text', text: { en: 'Subject' }, showIf: { question: 'role', equals: 'teacher' }, required: true, maxLength: 50 },
        { id: 'topics', type: 'multiple', text: { en: 'Topics' }, options: opts('ev', 'ai', 'iot'), other: true, min: 1, max: 2 },
        { id: 'plain', type: 'single', text: { en: 'No other' }, options: opts('a', 'b') },
        { id: 'grid', type: 'matrix', text: { en: 'Grid' }, rows: opts('food', 'room'), points: 5, labels: five, required: true },
        { id: 'hours', type: 'number', text: { en: 'Hours' }, min: 0, max: 80, integer: true },
        { id: 'cost', type: 'number', text: { en: 'Cost' }, min: 0 },
        { id: 'start', type: 'date', text: { en: 'Start' }, min: '2026-01-01', max: '2026-12-31' },
        { id: 'capital', type: 'knowledge', text: { en: 'Capital of Laos?' }, options: opts('vte', 'lpb'), correct: ['vte'], points: 2 },
        { id: 'asean', type: 'knowledge', text: { en: 'ASEAN members?' }, options: opts('kh', 'la', 'cn'), correct: ['kh', 'la'], points: 3, multiple: true },
        { id: 'bonus', type: 'knowledge', text: { en: 'Bonus' }, options: opts('x', 'y'), correct: ['x'], showIf: { question: 'role', equals: 'student' } },
      ],
    },
  ],
}

function load(): FormDefinition {
  const parsed = parseFormDefinition(input)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.form
}
const form = load()

/** A complete set of answers that passes. */
const complete = (): Answers => ({ useful: 4, nps: 9, role: { option: 'student' }, grid: { food: 5, room: 3 } })

const issues = (answers: Answers, partial = false) => {
  const result = validateAnswers(form, answers, { partial })
  return result.ok ? [] : result.issues
}
const clean = (answers: Answers, partial = false) => {
  const result = validateAnswers(form, answers, { partial })
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.answers
}

describe('visibleQuestions', () => {
  const ids = (answers: Answers) => visibleQuestions(form, answers).map(q => q.id)

  it('shows a follow-up only when the earlier answer matches', () => {
    expect(ids({ nps: 9 })).not.toContain('why')
    expect(ids({ nps: 3 })).toContain('why')
    expect(ids({ role: { option: 'teacher' } })).toContain('subject')
    expect(ids({ role: { option: 'student' } })).not.toContain('subject')
    expect(ids({ role: { other: 'dean' } })).not.toContain('subject')
  })

  it('hides the whole chain when the first link is hidden', () => {
    expect(ids({ nps: 3, why: 'food' })).toContain('why-more')
    expect(ids({ nps: 10, why: 'food' })).not.toContain('why-more')
  })
})

describe('validateAnswers', () => {
  it('accepts complete answers and keeps only what was asked', () => {
    expect(clean({ ...complete(), stray: 'x', subject: 'Welding' })).toEqual(complete())
  })

  it('asks for every visible required question, but not in a saved draft', () => {
    expect(issues({})).toEqual([
      { question: 'useful', code: 'required' }, { question: 'nps', code: 'required' },
      { question: 'role', code: 'required' }, { question: 'grid', code: 'required' },
    ])
    expect(issues({ ...complete(), nps: 2 })).toEqual([{ question: 'why', code: 'required' }])
    expect(issues({ ...complete(), role: { option: 'teacher' }, subject: '   ' })).toEqual([{ question: 'subject', code: 'required' }])
    expect(clean({ useful: 2 }, true)).toEqual({ useful: 2 })
  })

  it('drops the answer to a question the respondent no longer sees', () => {
    const answers = clean({ ...complete(), nps: 9, why: 'the food' })
    expect(answers).not.toHaveProperty('why')
  })

  it('keeps likert, rating and NPS within their points', () => {
    expect(issues({ ...complete(), useful: 6 })).toEqual([{ question: 'useful', code: 'outOfRange', params: { min: 1, max: 5 } }])
    expect(issues({ ...complete(), useful: 0 })[0]?.code).toBe('outOfRange')
    expect(issues({ ...complete(), useful: 2.5 })[0]?.code).toBe('notInteger')
    expect(issues({ ...complete(), useful: '4' })[0]?.code).toBe('invalid')
    expect(issues({ ...complete(), stars: 10 })).toEqual([])
    expect(issues({ ...complete(), stars: 11 })[0]?.code).toBe('outOfRange')
    expect(issues({ ...complete(), nps: 0, why: 'bad' })).toEqual([])
    expect(issues({ ...complete(), nps: 11 })[0]?.code).toBe('outOfRange')
    expect(issues({ ...complete(), nps: -1 })[0]?.code).toBe('outOfRange')
  })

  it('knows the options of single and multiple choice, and "other" only where offered', () => {
    expect(issues({ ...complete(), role: { option: 'dean' } })).toEqual([{ question: 'role', code: 'unknownOption' }])
    expect(clean({ ...complete(), role: { other: '  Dean ' } }).role).toEqual({ other: 'Dean' })
    expect(issues({ ...complete(), plain: { other: 'c' } })).toEqual([{ question: 'plain', code: 'unknownOption' }])
    expect(issues({ ...complete(), role: { option: 'teacher', other: 'x' } })[0]?.code).toBe('invalid')
    expect(issues({ ...complete(), role: 'teacher' })[0]?.code).toBe('invalid')
    expect(issues({ ...complete(), topics: { options: ['ev', 'vr'] } })).toEqual([{ question: 'topics', code: 'unknownOption' }])
    expect(issues({ ...complete(), topics: { options: ['ev', 'ai', 'iot'] } })).toEqual([{ question: 'topics', code: 'tooMany', params: { max: 2 } }])
    expect(issues({ ...complete(), topics: { options: ['ev', 'ai'], other: 'robots' } })[0]?.code).toBe('tooMany')
    expect(clean({ ...complete(), topics: { options: ['ev', 'ev'], other: 'robots' } }).topics).toEqual({ options: ['ev'], other: 'robots' })
  })

  it('keeps a matrix to its rows and points and asks for every row when required', () => {
    expect(issues({ ...complete(), grid: { food: 5, bed: 3 } })).toEqual([{ question: 'grid', code: 'unknownOption' }])
    expect(issues({ ...complete(), grid: { food: 8, room: 3 } })[0]?.code).toBe('outOfRange')
    expect(issues({ ...complete(), grid: { food: 5 } })).toEqual([{ question: 'grid', code: 'required' }])
    expect(clean({ ...complete(), grid: { food: 5 } }, true).grid).toEqual({ food: 5 })
  })

  it('checks numbers, integers, dates and text length', () => {
    expect(issues({ ...complete(), hours: 81 })).toEqual([{ question: 'hours', code: 'outOfRange', params: { min: 0, max: 80 } }])
    expect(issues({ ...complete(), hours: 1.5 })[0]?.code).toBe('notInteger')
    expect(issues({ ...complete(), cost: 1.5 })).toEqual([])
    expect(issues({ ...complete(), cost: -1 })).toEqual([{ question: 'cost', code: 'outOfRange', params: { min: 0 } }])
    expect(issues({ ...complete(), cost: Number.NaN })[0]?.code).toBe('invalid')
    expect(issues({ ...complete(), start: '2026-02-30' })[0]?.code).toBe('invalid')
    expect(issues({ ...complete(), start: '2027-01-01' })[0]).toEqual({ question: 'start', code: 'outOfRange', params: { min: '2026-01-01', max: '2026-12-31' } })
    expect(issues({ ...complete(), start: '2026-06-01' })).toEqual([])
    expect(issues({ ...complete(), nps: 1, why: 'x'.repeat(11) })).toEqual([{ question: 'why', code: 'tooLong', params: { max: 10 } }])
    expect(issues({ ...complete(), nps: 1, why: 'ស្អាតណាស់' })).toEqual([])
    expect(issues({ ...complete(), nps: 1, why: 'a\u0000b' })[0]?.code).toBe('invalid')
  })

  it('takes one option on a one-answer knowledge question', () => {
    expect(issues({ ...complete(), capital: { options: ['vte', 'lpb'] } })[0]?.code).toBe('tooMany')
    expect(issues({ ...complete(), capital: { options: ['hanoi'] } })[0]?.code).toBe('unknownOption')
    expect(issues({ ...complete(), asean: { options: ['kh', 'la', 'cn'] } })).toEqual([])
  })
})

describe('scoreKnowledge', () => {
  it('gives the points of exactly right answers out of the questions shown', () => {
    expect(scoreKnowledge(form, { role: { option: 'teacher' } })).toEqual({ score: 0, max: 5 })
    expect(scoreKnowledge(form, { role: { option: 'teacher' }, capital: { options: ['vte'] }, asean: { options: ['kh'] } })).toEqual({ score: 2, max: 5 })
    expect(scoreKnowledge(form, { role: { option: 'student' }, capital: { options: ['vte'] }, asean: { options: ['la', 'kh'] }, bonus: { options: ['x'] } }))
      .toEqual({ score: 6, max: 6 })
    expect(scoreKnowledge(form, { asean: { options: ['kh', 'la', 'cn'] } })).toEqual({ score: 0, max: 5 })
  })
})

describe('flattenAnswers', () => {
  it('gives one row per scalar, as evaluation_answers stores them', () => {
    const answers = clean({
      ...complete(), stars: 8, topics: { options: ['ev', 'ai'] }, hours: 12, start: '2026-06-01',
      role: { other: 'Dean' }, capital: { options: ['lpb'] }, asean: { options: ['kh', 'la'] }, nps: 3, why: 'food',
    })
    const rows = flattenAnswers(form, answers)
    const base = { rowId: null, optionId: null, numberValue: null, textValue: null, dateValue: null }
    expect(rows).toEqual([
      { ...base, questionId: 'useful', numberValue: 4 },
      { ...base, questionId: 'stars', numberValue: 8 },
      { ...base, questionId: 'nps', numberValue: 3 },
      { ...base, questionId: 'why', textValue: 'food' },
      { ...base, questionId: 'role', optionId: 'other', textValue: 'Dean' },
      { ...base, questionId: 'topics', optionId: 'ev' },
      { ...base, questionId: 'topics', optionId: 'ai' },
      { ...base, questionId: 'grid', rowId: 'food', numberValue: 5 },
      { ...base, questionId: 'grid', rowId: 'room', numberValue: 3 },
      { ...base, questionId: 'hours', numberValue: 12 },
      { ...base, questionId: 'start', dateValue: '2026-06-01' },
      { ...base, questionId: 'capital', optionId: 'lpb' },
      { ...base, questionId: 'capital', numberValue: 0 },
      { ...base, questionId: 'asean', optionId: 'kh' },
      { ...base, questionId: 'asean', optionId: 'la' },
      { ...base, questionId: 'asean', numberValue: 3 },
    ])
  })

  it('gives no rows for hidden questions', () => {
    expect(flattenAnswers(form, { nps: 9, why: 'food' }).map(r => r.questionId)).toEqual(['nps'])
  })
})

describe('localeStatus', () => {
  it('counts the filled texts of each locale', () => {
    const status = localeStatus(form)
    expect(Object.keys(status)).toHaveLength(10)
    const total = 45 // title, 2 section titles, 19 question texts, 13 option and row labels, 10 scale labels
    expect(status.en).toEqual({ done: total, total })
    expect(status.zh).toEqual({ done: 3, total }) // the title, section one and the likert question
    expect(status.km).toEqual({ done: 1, total })
    expect(status.lo).toEqual({ done: 0, total })
  })
})
