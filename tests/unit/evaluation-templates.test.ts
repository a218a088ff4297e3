import { describe, expect, it } from 'vitest'
import { localeStatus, scoreKnowledge, validateAnswers, type Answers } from '../../shared/evaluation/answers'
import { allQuestions, formTexts, parseFormDefinition, type FormDefinition } from '../../shared/evaluation/form-definition'
import { EVALUATION_TEMPLATES } from '../../shared/evaluation/templates'
import { LOCALE_CODES, type LocaleCode } from '../../shared/locales'

const questionsOf = (form: FormDefinition) => allQuestions(form)

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

  it('gives every knowledge question points and correct answers among its options, wrong ones to choose from too', () => {
    const knowledge = EVALUATION_TEMPLATES.flatMap(t => questionsOf(t.form)).filter(q => q.type === 'knowledge')
    expect(knowledge.length).toBeGreaterThanOrEqual(8)
    for (const q of knowledge) {
      expect(q.points, q.id).toBeGreaterThan(0)
      expect(q.correct.length, q.id).toBeGreaterThan(0)
      const ids = q.options.map(o => o.id)
      for (const c of q.correct) expect(ids, q.id).toContain(c)
      expect(q.options.length - q.correct.length, q.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('asks "why?" only after an earlier answer, so each show-if points back to a question before it', () => {
    const conditional = EVALUATION_TEMPLATES.flatMap(t => {
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
})
