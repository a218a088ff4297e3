import { describe, expect, it } from 'vitest'
import { ACTIVITY_KINDS } from '../../shared/calendar/vocabulary'
import { localeStatus, scoreKnowledge, validateAnswers, visibleQuestions, type Answers } from '../../shared/evaluation/answers'
import { allQuestions, exportForm, formTexts, importForm, parseFormDefinition, type FormDefinition, type Question } from '../../shared/evaluation/form-definition'
import { EVALUATION_TEMPLATES, formFromTemplate } from '../../shared/evaluation/templates'
import { AGREE_5, AGREE_7, FREQUENCY_5, QUALITY_5 } from '../../shared/evaluation/templates/scales'
import { LOCALE_CODES, type LocaleCode } from '../../shared/locales'

const questionsOf = (form: FormDefinition) => allQuestions(form)
const template = (id: string) => EVALUATION_TEMPLATES.find(t => t.id === id)!.form
const question = (form: FormDefinition, id: string) => questionsOf(form).find(q => q.id === id)!
const shownIds = (form: FormDefinition, answers: Answers) => visibleQuestions(form, answers).map(q => q.id)
const optionIds = (q: Question) => ('options' in q ? q.options.map(o => o.id) : [])

/** Month names that Indonesian and Malay write as English does: proper names, not untranslated text. */
const SAME_AS_ENGLISH: Partial<Record<LocaleCode, string[]>> = { id: ['April', 'September', 'November'], ms: ['April', 'September', 'November'] }

/** The script each locale is written in; a text in another ASEAN script is a copy-paste slip a reader would see. */
const SCRIPTS: Partial<Record<LocaleCode, RegExp>> = {
  zh: /\p{Script=Han}/u, th: /\p{Script=Thai}/u, km: /\p{Script=Khmer}/u, lo: /\p{Script=Lao}/u, my: /\p{Script=Myanmar}/u,
}
const FOREIGN_SCRIPT = /[\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/u

describe('the template library of evaluation forms', () => {
  it('has the eight templates the issue names, each with a unique id, and levels 1 to 4 all covered', () => {
    const ids = EVALUATION_TEMPLATES.map(t => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(8)
    expect(new Set(EVALUATION_TEMPLATES.map(t => t.level))).toEqual(new Set([1, 2, 3, 4, null]))
    expect(EVALUATION_TEMPLATES.map(t => t.purpose)).toEqual(expect.arrayContaining(['reaction', 'knowledge', 'behaviour', 'results', 'competence', 'demand', 'feedback']))
  })

  it.each(EVALUATION_TEMPLATES.map(t => [t.id, t] as const))('%s is a valid form whose level and purpose match the library entry', (_id, template) => {
    const parsed = parseFormDefinition(JSON.parse(JSON.stringify(template.form)))
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    expect(template.form.level).toBe(template.level)
    expect(template.form.purpose).toBe(template.purpose)
  })

  it.each(EVALUATION_TEMPLATES.map(t => [t.id, t] as const))('%s is written in all ten locales, none of them left in English', (_id, template) => {
    const problems: string[] = []
    for (const { path: where, value: text } of [...formTexts(template.form), { path: 'description', value: template.description }]) {
      for (const code of LOCALE_CODES) {
        const value = text[code]?.trim() ?? ''
        if (!value) problems.push(`${where}: no ${code}`)
        else if (code !== 'en' && value === text.en?.trim() && !SAME_AS_ENGLISH[code]?.includes(value)) problems.push(`${where}: ${code} is the English text`)
        const script = SCRIPTS[code]
        if (script && value && !script.test(value)) problems.push(`${where}: ${code} is not in its script`)
        const foreign = value.replace(new RegExp(script?.source ?? '$^', 'gu'), '')
        if (FOREIGN_SCRIPT.test(foreign)) problems.push(`${where}: ${code} has another language's script`)
      }
    }
    expect(problems).toEqual([])
  })

  it.each(EVALUATION_TEMPLATES.map(t => [t.id, t] as const))('%s shows a complete translation status in every locale', (_id, template) => {
    const status = localeStatus(template.form)
    for (const code of LOCALE_CODES) {
      expect(status[code].total, code).toBeGreaterThan(0)
      expect(status[code].done, code).toBe(status[code].total)
    }
  })

  it('gives every knowledge question points, correct answers among its options, wrong ones and an "I don\'t know" that never scores', () => {
    const knowledge = EVALUATION_TEMPLATES.flatMap(t => questionsOf(t.form)).filter(q => q.type === 'knowledge')
    expect(knowledge.length).toBeGreaterThanOrEqual(8)
    for (const q of knowledge) {
      expect(q.points, q.id).toBeGreaterThan(0)
      expect(q.correct.length, q.id).toBeGreaterThan(0)
      const ids = q.options.map(o => o.id)
      for (const c of q.correct) expect(ids, q.id).toContain(c)
      expect(q.options.length - q.correct.length, q.id).toBeGreaterThanOrEqual(2)
      expect(ids, q.id).toContain('dont_know')
      expect(q.correct, q.id).not.toContain('dont_know')
    }
  })

  it('asks "why?" only after an earlier answer, so each show-if points back to a question before it', () => {
    const conditional = EVALUATION_TEMPLATES.flatMap((t) => {
      const qs = questionsOf(t.form)
      return qs.flatMap((q, i) => (q.showIf ? [{ template: t.id, at: i, target: qs.findIndex(p => p.id === q.showIf!.question) }] : []))
    })
    expect(conditional.length).toBeGreaterThanOrEqual(5)
    for (const c of conditional) expect(c.target, c.template).toBeGreaterThanOrEqual(0)
    for (const c of conditional) expect(c.target, c.template).toBeLessThan(c.at)
  })

  it('scores the knowledge test: all correct answers give full marks, a wrong one loses that question\'s points', () => {
    const form = EVALUATION_TEMPLATES.find(t => t.purpose === 'knowledge')!.form
    const knowledge = questionsOf(form).filter(q => q.type === 'knowledge')
    const right: Answers = Object.fromEntries(knowledge.map(q => [q.id, { options: q.correct }]))
    const checked = validateAnswers(form, right, { partial: false })
    expect(checked.ok).toBe(true)
    const full = scoreKnowledge(form, right)
    expect(full.max).toBe(knowledge.reduce((sum, q) => sum + q.points, 0))
    expect(full.score).toBe(full.max)
    const first = knowledge[0]!
    const wrong = first.options.find(o => !first.correct.includes(o.id))!
    expect(scoreKnowledge(form, { ...right, [first.id]: { options: [wrong.id] } }).score).toBe(full.max - first.points)
  })

  it.each(EVALUATION_TEMPLATES.map(t => [t.id, t] as const))('%s moves between instances: exported as JSON and imported again, it is the same form', (_id, t) => {
    const imported = importForm(exportForm(t.form))
    expect(imported.ok ? imported.form : imported.issues).toEqual(t.form)
  })

  it('labels every Likert point from one shared set, so the same point reads the same in every form and language', () => {
    const sets = [AGREE_5, AGREE_7, FREQUENCY_5, QUALITY_5]
    for (const q of EVALUATION_TEMPLATES.flatMap(t => questionsOf(t.form))) {
      if (q.type !== 'likert' && q.type !== 'matrix') continue
      expect(sets, q.id).toContainEqual(q.labels)
    }
    for (const set of sets) {
      for (const code of LOCALE_CODES) expect(new Set(set.map(label => label[code])).size, code).toBe(set.length)
    }
    expect([AGREE_7[0], AGREE_7[1], AGREE_7[3], AGREE_7[5], AGREE_7[6]]).toEqual(AGREE_5)
  })

  it('asks a participant who scores the activity 0–6 what would make it higher, and drops that answer once the score is raised', () => {
    const form = template('reaction')
    expect(shownIds(form, { recommend: 4 })).toContain('recommend_why')
    expect(shownIds(form, { recommend: 9 })).not.toContain('recommend_why')
    const answers: Answers = {
      relevance: 5, engagement: 4, facilitator: 5, organisation: 4, interpretation: { option: 'not_needed' }, recommend: 9, recommend_why: 'More practice',
    }
    const checked = validateAnswers(form, answers, { partial: false })
    expect(checked.ok).toBe(true)
    if (checked.ok) expect(checked.answers).toEqual({ ...answers, recommend_why: undefined })
    expect(validateAnswers(form, { ...answers, interpretation: { option: 'used' } }, { partial: false })).toEqual({
      ok: false, issues: [{ question: 'interpretation_quality', code: 'required' }],
    })
  })

  it('does not ask an online participant about the venue or catering, and their form is complete without them', () => {
    const form = template('event-feedback')
    const answers: Answers = { attended: { option: 'online' }, information: 4, online_link: 2, online_problems: 'The sound kept dropping', accessibility: 5, overall: 4 }
    expect(shownIds(form, answers)).not.toContain('venue')
    expect(shownIds(form, answers)).not.toContain('catering')
    expect(shownIds(form, answers)).toContain('online_problems')
    expect(validateAnswers(form, answers, { partial: false }).ok).toBe(true)
    const onSite = validateAnswers(form, { ...answers, attended: { option: 'in_person' } }, { partial: false })
    expect(onSite.ok ? [] : onSite.issues.map(i => i.question)).toEqual(['venue', 'catering'])
  })

  it('has self and supervisor rate the same six behaviours on the same scale; only the question is in the third person', () => {
    const self = question(template('behaviour-self'), 'practice')
    const supervisor = question(template('behaviour-supervisor'), 'practice')
    if (self.type !== 'matrix' || supervisor.type !== 'matrix') throw new Error('practice is a matrix')
    expect(self.rows.length).toBe(6)
    expect(supervisor.rows).toEqual(self.rows)
    expect(supervisor.labels).toEqual(self.labels)
    for (const code of LOCALE_CODES) expect(supervisor.text[code], code).not.toBe(self.text[code])
  })

  it('does not ask a supervisor who rarely sees the participant at such work to rate it', () => {
    const form = template('behaviour-supervisor')
    expect(shownIds(form, { observed: { option: 'rarely' } })).toEqual(['observed', 'support_needed'])
    expect(validateAnswers(form, { observed: { option: 'rarely' } }, { partial: false }).ok).toBe(true)
    expect(shownIds(form, { observed: { option: 'weekly' } })).toEqual(expect.arrayContaining(['practice', 'improved']))
  })

  it('offers the calendar\'s activity kinds and the portal\'s ten languages in the needs survey, and takes at most five topics', () => {
    const form = template('demand')
    expect(optionIds(question(form, 'activity_kinds'))).toEqual([...ACTIVITY_KINDS])
    expect(optionIds(question(form, 'languages'))).toEqual(LOCALE_CODES)
    expect(optionIds(question(form, 'months'))).toHaveLength(12)
    const topics = optionIds(question(form, 'topics'))
    const answers: Answers = {
      activity_kinds: { options: ['training'] }, topics: { options: topics.slice(0, 6) }, format: { option: 'hybrid' },
      languages: { options: ['zh', 'km'] }, months: { options: ['apr', 'oct'] }, budget: { option: 'undecided' }, enterprises: { option: 'no' },
    }
    const tooMany = validateAnswers(form, answers, { partial: false })
    expect(tooMany.ok ? [] : tooMany.issues.map(i => [i.question, i.code])).toEqual([['topics', 'tooMany']])
    expect(validateAnswers(form, { ...answers, topics: { options: topics.slice(0, 5) } }, { partial: false }).ok).toBe(true)
  })

  it('asks each institution indicator before and after a period, and refuses an employer rating above 5', () => {
    const form = template('results-institution')
    const ids = questionsOf(form).map(q => q.id)
    const befores = ids.filter(id => id.endsWith('_before'))
    expect(befores.length).toBeGreaterThanOrEqual(5)
    for (const id of befores) expect(ids).toContain(id.replace(/_before$/, '_after'))
    const answers: Answers = { period_start: '2025-09-01', period_end: '2026-08-31', partners_before: 12, partners_after: 15, partners_retained: 11 }
    expect(validateAnswers(form, answers, { partial: false }).ok).toBe(true)
    const high = validateAnswers(form, { ...answers, employer_rating_after: 6 }, { partial: false })
    expect(high.ok ? [] : high.issues.map(i => [i.question, i.code])).toEqual([['employer_rating_after', 'outOfRange']])
  })

  it('gives the builder an editable copy of a template, and an edit of that copy leaves the library as it was', () => {
    const copy = formFromTemplate('reaction')!
    const first = copy.sections[0]!.questions[0]!
    if (first.type !== 'likert') throw new Error('relevance is a Likert question')
    first.labels[0]!.en = 'Not at all'
    copy.title.en = 'Training week feedback'
    expect(template('reaction').title.en).toBe('Your feedback on the activity')
    expect(AGREE_5[0]!.en).toBe('Strongly disagree')
    expect(() => { (AGREE_5[0] as { en: string }).en = 'changed' }).toThrow(TypeError)
    expect(formFromTemplate('no-such-template')).toBeNull()
  })
})
