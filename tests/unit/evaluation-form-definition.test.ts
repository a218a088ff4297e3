import { describe, expect, it } from 'vitest'
import {
  FORM_SCHEMA_ID, exportForm, formDisplayLocale, formLocales, importForm, parseFormDefinition, resolveFormText, type FormDefinitionInput,
} from '#shared/evaluation/form-definition'

const five = [1, 2, 3, 4, 5].map(n => ({ en: `point ${n}`, zh: `第${n}级` }))

/** A small form that uses every question type. */
function form(): FormDefinitionInput {
  return {
    schema: FORM_SCHEMA_ID,
    title: { zh: '培训周反馈', en: 'Training week feedback' },
    purpose: 'reaction',
    level: 1,
    sections: [
      {
        id: 'general', title: { en: 'General', zh: '总体' },
        questions: [
          { id: 'useful', type: 'likert', text: { en: 'The week was useful' }, required: true, points: 5, labels: five },
          { id: 'stars', type: 'rating', text: { en: 'Stars' }, max: 5 },
          { id: 'recommend', type: 'nps', text: { en: 'Recommend?' } },
          { id: 'why-low', type: 'text', text: { en: 'Why so low?' }, showIf: { question: 'recommend', in: [0, 1, 2, 3, 4, 5, 6] }, long: true, maxLength: 2000 },
        ],
      },
      {
        id: 'details', title: { en: 'Details' },
        questions: [
          { id: 'role', type: 'single', text: { en: 'Role' }, options: [{ id: 'teacher', label: { en: 'Teacher' } }, { id: 'student', label: { en: 'Student' } }], other: true },
          { id: 'topics', type: 'multiple', text: { en: 'Topics' }, options: [{ id: 'ev', label: { en: 'EV' } }, { id: 'ai', label: { en: 'AI' } }], other: false, max: 2 },
          { id: 'grid', type: 'matrix', text: { en: 'Rate' }, rows: [{ id: 'food', label: { en: 'Food' } }, { id: 'room', label: { en: 'Room' } }], points: 5, labels: five },
          { id: 'hours', type: 'number', text: { en: 'Hours' }, min: 0, max: 80, integer: true },
          { id: 'start', type: 'date', text: { en: 'Start' }, min: '2026-01-01', max: '2026-12-31' },
          { id: 'capital', type: 'knowledge', text: { en: 'Capital of Laos?' }, options: [{ id: 'vte', label: { en: 'Vientiane' } }, { id: 'lpb', label: { en: 'Luang Prabang' } }], correct: ['vte'], points: 2 },
        ],
      },
    ],
  }
}

function issuesOf(input: unknown) {
  const result = parseFormDefinition(input)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues
}

describe('parseFormDefinition', () => {
  it('accepts a form with every question type and fills the defaults', () => {
    const result = parseFormDefinition(form())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const questions = result.form.sections.flatMap(s => s.questions)
    expect(questions.map(q => q.type)).toEqual(['likert', 'rating', 'nps', 'text', 'single', 'multiple', 'matrix', 'number', 'date', 'knowledge'])
    expect(questions.find(q => q.id === 'stars')?.required).toBe(false)
    expect(questions.find(q => q.id === 'capital')).toMatchObject({ multiple: false, points: 2 })
  })

  it('refuses a form of another schema with one clear issue', () => {
    expect(issuesOf({ ...form(), schema: 'surveyjs/2' })).toEqual([{ path: 'schema', code: 'unknownSchema' }])
    expect(issuesOf({ title: { en: 'x' } })).toEqual([{ path: 'schema', code: 'unknownSchema' }])
    expect(issuesOf([1, 2])[0]?.code).toBe('invalid')
  })

  it('names the field of a structural mistake', () => {
    const bad = form()
    ;(bad.sections[0]!.questions[1] as { max: number }).max = 6
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ path: 'sections.0.questions.1.max', code: 'invalid' }))
    const typo = form()
    ;(typo.sections[0]!.questions[0] as Record<string, unknown>).requried = true
    expect(issuesOf(typo)[0]).toMatchObject({ code: 'invalid', detail: 'unrecognized_keys' })
    const badId = form()
    badId.sections[0]!.questions[0]!.id = 'Useful Question'
    expect(issuesOf(badId)).toContainEqual({ path: 'sections.0.questions.0.id', code: 'invalid', detail: 'not_a_slug' })
  })

  it('refuses duplicate question, section and option ids', () => {
    const dup = form()
    dup.sections[1]!.questions[0]!.id = 'useful'
    dup.sections[1]!.id = 'general'
    ;(dup.sections[1]!.questions[1] as { options: { id: string }[] }).options[1]!.id = 'ev'
    expect(issuesOf(dup)).toEqual(expect.arrayContaining([
      { path: 'sections.1.id', code: 'duplicateId' },
      { path: 'sections.1.questions.0.id', code: 'duplicateId' },
      { path: 'sections.1.questions.1.options.1.id', code: 'duplicateId' },
    ]))
  })

  it('refuses show-if that points forward, to itself or to nothing, or at a matrix', () => {
    const forward = form()
    forward.sections[0]!.questions[0]!.showIf = { question: 'role', equals: 'teacher' }
    expect(issuesOf(forward)).toEqual([{ path: 'sections.0.questions.0.showIf.question', code: 'showIfForward' }])
    const self = form()
    self.sections[0]!.questions[1]!.showIf = { question: 'stars', equals: 5 }
    expect(issuesOf(self)).toEqual([{ path: 'sections.0.questions.1.showIf.question', code: 'showIfForward' }])
    const missing = form()
    missing.sections[0]!.questions[3]!.showIf = { question: 'nothing', equals: 1 }
    expect(issuesOf(missing)).toEqual([{ path: 'sections.0.questions.3.showIf.question', code: 'showIfMissing' }])
    const onMatrix = form()
    onMatrix.sections[1]!.questions[3]!.showIf = { question: 'grid', equals: 1 }
    expect(issuesOf(onMatrix)).toEqual([{ path: 'sections.1.questions.3.showIf.question', code: 'showIfType' }])
    const neither = form()
    neither.sections[0]!.questions[3]!.showIf = { question: 'recommend' }
    expect(issuesOf(neither)[0]).toMatchObject({ code: 'invalid', detail: 'equals_or_in' })
  })

  it('refuses a scale whose labels do not match its points', () => {
    const bad = form()
    ;(bad.sections[0]!.questions[0] as { points: number }).points = 7
    ;(bad.sections[1]!.questions[2] as { labels: unknown[] }).labels = five.slice(0, 3)
    expect(issuesOf(bad)).toEqual([
      { path: 'sections.0.questions.0.labels', code: 'labelsCount' },
      { path: 'sections.1.questions.2.labels', code: 'labelsCount' },
    ])
  })

  it('refuses correct answers that are not options, and several correct ones on a one-choice question', () => {
    const bad = form()
    ;(bad.sections[1]!.questions[5] as { correct: string[] }).correct = ['hanoi']
    expect(issuesOf(bad)).toEqual([{ path: 'sections.1.questions.5.correct.0', code: 'correctNotOption' }])
    const two = form()
    ;(two.sections[1]!.questions[5] as { correct: string[] }).correct = ['vte', 'lpb']
    expect(issuesOf(two)).toEqual([{ path: 'sections.1.questions.5.correct', code: 'correctCount' }])
    ;(two.sections[1]!.questions[5] as { multiple: boolean }).multiple = true
    expect(parseFormDefinition(two).ok).toBe(true)
  })

  it('refuses min above max, the reserved "other" option id and a form without questions', () => {
    const bad = form()
    Object.assign(bad.sections[1]!.questions[3]!, { min: 10, max: 5 })
    Object.assign(bad.sections[1]!.questions[4]!, { min: '2026-12-01', max: '2026-01-01' })
    ;(bad.sections[1]!.questions[0] as { options: { id: string }[] }).options[0]!.id = 'other'
    expect(issuesOf(bad)).toEqual(expect.arrayContaining([
      { path: 'sections.1.questions.3.min', code: 'minAboveMax' },
      { path: 'sections.1.questions.4.min', code: 'minAboveMax' },
      { path: 'sections.1.questions.0.options.0.id', code: 'reservedId' },
    ]))
    expect(issuesOf({ ...form(), sections: [{ id: 'a', title: { en: 'A' }, questions: [] }] })).toEqual([{ path: 'sections', code: 'noQuestions' }])
  })
})

describe('export and import', () => {
  it('a form survives export → import unchanged', () => {
    const parsed = parseFormDefinition(form())
    if (!parsed.ok) throw new Error('fixture must parse')
    const text = exportForm(parsed.form)
    expect(JSON.parse(text).schema).toBe(FORM_SCHEMA_ID)
    const again = importForm(text)
    expect(again).toEqual({ ok: true, form: parsed.form })
  })

  it('refuses text that is not JSON, and a foreign schema id, each with a clear issue', () => {
    expect(importForm('{"schema": ')).toEqual({ ok: false, issues: [{ path: '', code: 'notJson' }] })
    expect(importForm(JSON.stringify({ ...form(), schema: 'portal.evaluation-form/2' }))).toEqual({ ok: false, issues: [{ path: 'schema', code: 'unknownSchema' }] })
  })
})

describe('display locale', () => {
  const title = { zh: '反馈', km: 'មតិ' }
  it('lists the form languages and falls back to the first one', () => {
    expect(formLocales({ title })).toEqual(['zh', 'km'])
    expect(formDisplayLocale({ title }, 'km')).toBe('km')
    expect(formDisplayLocale({ title }, 'th')).toBe('zh')
  })

  it('shows an untranslated text in the form language first, then as the site falls back', () => {
    expect(resolveFormText({ title }, { km: 'សំណួរ', zh: '问题', en: 'Question' }, 'km')).toEqual({ text: 'សំណួរ', locale: 'km', isFallback: false })
    expect(resolveFormText({ title }, { zh: '问题', en: 'Question' }, 'km')).toEqual({ text: '问题', locale: 'zh', isFallback: true })
    expect(resolveFormText({ title: { km: 'មតិ' } }, { zh: '问题', en: 'Question' }, 'km')).toEqual({ text: 'Question', locale: 'en', isFallback: true })
  })
})

describe('the sample form of the preview page', () => {
  it('parses, has every question type and is written in zh, en, th, km and my throughout', async () => {
    const { SAMPLE_FORM } = await import('#shared/evaluation/sample-form')
    const { localeStatus } = await import('#shared/evaluation/answers')
    const parsed = parseFormDefinition(SAMPLE_FORM)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(new Set(parsed.form.sections.flatMap(s => s.questions.map(q => q.type))).size).toBe(10)
    const status = localeStatus(parsed.form)
    for (const code of ['zh', 'en', 'th', 'km', 'my'] as const) expect(status[code].done, code).toBe(status[code].total)
  })
})
