import { describe, expect, it } from 'vitest'
import { localeStatus } from '../../shared/evaluation/answers'
import { parseFormDefinition, type FormDefinition } from '../../shared/evaluation/form-definition'
import { EVALUATION_TEMPLATES } from '../../shared/evaluation/templates'
import { LOCALE_CODES, type LocaleCode } from '../../shared/locales'
import type { LocalizedText } from '../../shared/localized-text'

/** Every text a respondent or an office can see in a form, with where it sits (for a readable failure). */
function textsOf(form: FormDefinition): { where: string; text: LocalizedText }[] {
  const texts = [{ where: 'title', text: form.title }, ...(form.intro ? [{ where: 'intro', text: form.intro }] : [])]
  for (const section of form.sections) {
    texts.push({ where: `${section.id}.title`, text: section.title })
    if (section.help) texts.push({ where: `${section.id}.help`, text: section.help })
    for (const q of section.questions) {
      texts.push({ where: q.id, text: q.text })
      if (q.help) texts.push({ where: `${q.id}.help`, text: q.help })
      if ('options' in q) texts.push(...q.options.map(o => ({ where: `${q.id}.${o.id}`, text: o.label })))
      if ('rows' in q) texts.push(...q.rows.map(r => ({ where: `${q.id}.${r.id}`, text: r.label })))
      if ('labels' in q) texts.push(...q.labels.map((l, i) => ({ where: `${q.id}.label${i + 1}`, text: l })))
    }
  }
  return texts
}

const questionsOf = (form: FormDefinition) => form.sections.flatMap(s => s.questions)

/** Month names that Indonesian and Malay write as English does: proper names, not untranslated text. */
const SAME_AS_ENGLISH: Partial<Record<LocaleCode, string[]>> = { id: ['April', 'September'], ms: ['April', 'September'] }

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
    for (const { where, text } of [...textsOf(template.form), { where: 'description', text: template.description }]) {
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
})
