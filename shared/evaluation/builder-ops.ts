import type { LocalizedText } from '../localized-text'
import {
  allQuestions, FORM_SCHEMA_ID, OTHER_OPTION_ID,
  type FormDefinition, type Option, type Question, type QuestionOf, type QuestionType, type Section,
} from './form-definition'

/**
 * The builder's editing operations, pure: each takes a form and returns a new one (the input is never changed),
 * so the page can keep one draft, undo is a matter of keeping the old value, and every rule is unit-tested.
 * They keep the cross-field rules parseFormDefinition checks: ids unique, show-ifs pointing only backwards to a
 * comparable question and to options that exist, one label per scale point, correct answers among the options.
 */

/** Question types a show-if may compare (a matrix has no single value). */
export const SHOW_IF_SOURCES: ReadonlySet<QuestionType> = new Set(['likert', 'rating', 'nps', 'single', 'multiple', 'number', 'date', 'text', 'knowledge'])

/** Forms are plain JSON; a JSON copy also works on the reactive proxies a page holds them in (structuredClone does not). */
const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)) as T)

/** Ids already used anywhere in the form (sections, questions). */
function usedIds(form: FormDefinition): Set<string> {
  return new Set([...form.sections.map(s => s.id), ...allQuestions(form).map(q => q.id)])
}

/** A slug not yet in `taken`: base, base-2, base-3… */
export function uniqueId(taken: Iterable<string>, base: string): string {
  const set = new Set(taken)
  const slug = base.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 56) || 'q'
  if (!set.has(slug)) return slug
  for (let n = 2; ; n++) {
    if (!set.has(`${slug}-${n}`)) return `${slug}-${n}`
  }
}

const emptyLabels = (points: number): LocalizedText[] => Array.from({ length: points }, () => ({}))
const option = (id: string): Option => ({ id, label: {} })

/** A form with one empty section, for "new blank form". */
export function blankForm(title: LocalizedText = {}): FormDefinition {
  return {
    schema: FORM_SCHEMA_ID, title, purpose: 'other', level: null,
    sections: [{ id: 'section-1', title: {}, questions: [] }],
  }
}

/** A new question of a type with the defaults the builder starts from. */
export function newQuestion(type: QuestionType, id: string, text: LocalizedText = {}): Question {
  const common = { id, text, required: false }
  switch (type) {
    case 'likert': return { ...common, type, points: 5, labels: emptyLabels(5) }
    case 'rating': return { ...common, type, max: 5 }
    case 'nps': return { ...common, type }
    case 'single': return { ...common, type, options: [option('a'), option('b')], other: false }
    case 'multiple': return { ...common, type, options: [option('a'), option('b')], other: false }
    case 'matrix': return { ...common, type, rows: [option('row-1')], points: 5, labels: emptyLabels(5) }
    case 'number': return { ...common, type, integer: false }
    case 'date': return { ...common, type }
    case 'text': return { ...common, type, long: false, maxLength: 1000 }
    case 'knowledge': return { ...common, type, options: [option('a'), option('b')], correct: ['a'], points: 1, multiple: false }
  }
}

/** Where a question sits: its section's index and its index there (null when it is not in the form). */
export function locate(form: FormDefinition, questionId: string): { section: number; index: number } | null {
  for (let s = 0; s < form.sections.length; s++) {
    const index = form.sections[s]!.questions.findIndex(q => q.id === questionId)
    if (index >= 0) return { section: s, index }
  }
  return null
}

/** The values a show-if on this question may compare, as the renderer stores answers (option ids, numbers). */
export function showIfChoices(question: Question): (string | number)[] | null {
  switch (question.type) {
    case 'single': return [...question.options.map(o => o.id), ...(question.other ? [OTHER_OPTION_ID] : [])]
    case 'multiple': return [...question.options.map(o => o.id), ...(question.other ? [OTHER_OPTION_ID] : [])]
    case 'knowledge': return question.options.map(o => o.id)
    case 'likert': return Array.from({ length: question.points }, (_, i) => i + 1)
    case 'rating': return Array.from({ length: question.max }, (_, i) => i + 1)
    case 'nps': return Array.from({ length: 11 }, (_, i) => i)
    default: return null
  }
}

/**
 * Drops the show-ifs that no longer hold after an edit: pointing to a missing or later question, to one whose
 * answer cannot be compared, or to values that question can no longer give. The rest of each question stays.
 */
export function pruneShowIfs(form: FormDefinition): FormDefinition {
  const seen = new Map<string, Question>()
  const sections = form.sections.map(section => ({
    ...section,
    questions: section.questions.map((question) => {
      let out = question
      if (question.showIf) {
        const target = seen.get(question.showIf.question)
        const choices = target ? showIfChoices(target) : null
        const values = question.showIf.in ?? (question.showIf.equals === undefined ? [] : [question.showIf.equals])
        const ok = target && SHOW_IF_SOURCES.has(target.type) && (choices === null || values.every(v => choices.includes(v)))
        if (!ok) {
          const { showIf: _dropped, ...rest } = question
          out = rest as Question
        }
      }
      seen.set(question.id, out)
      return out
    }),
  }))
  return { ...form, sections }
}

function withSections(form: FormDefinition, sections: Section[]): FormDefinition {
  return pruneShowIfs({ ...form, sections })
}

/** Adds a question of a type at the end of a section (or after a given position), with a fresh id. Returns the form and the id. */
export function addQuestion(form: FormDefinition, sectionIndex: number, type: QuestionType, at?: number): { form: FormDefinition; id: string } {
  const id = uniqueId(usedIds(form), `q${allQuestions(form).length + 1}`)
  const sections = clone(form.sections)
  const section = sections[sectionIndex]
  if (!section) return { form, id }
  section.questions.splice(at ?? section.questions.length, 0, newQuestion(type, id))
  return { form: withSections(form, sections), id }
}

/** Replaces one question (same id) with an edited copy; show-ifs that no longer hold are dropped. */
export function updateQuestion(form: FormDefinition, questionId: string, next: Question): FormDefinition {
  const where = locate(form, questionId)
  if (!where) return form
  const sections = clone(form.sections)
  sections[where.section]!.questions[where.index] = clone(next)
  return withSections(form, sections)
}

/**
 * Moves a question one place up (-1) or down (+1); at a section's edge it moves into the neighbouring section.
 * A show-if that would then point forward is dropped (the renderer could never show that question).
 */
export function moveQuestion(form: FormDefinition, questionId: string, delta: -1 | 1): FormDefinition {
  const where = locate(form, questionId)
  if (!where) return form
  const sections = clone(form.sections)
  const from = sections[where.section]!
  const [question] = from.questions.splice(where.index, 1)
  const target = where.index + delta
  if (target >= 0 && target <= from.questions.length && !(delta === 1 && where.index === from.questions.length)) {
    from.questions.splice(target, 0, question!)
  }
  else {
    const next = sections[where.section + delta]
    if (!next) return form
    if (delta === -1) next.questions.push(question!)
    else next.questions.unshift(question!)
  }
  return withSections(form, sections)
}

/** Whether moveQuestion can move the question that way (not first of the form up, not last down). */
export function canMoveQuestion(form: FormDefinition, questionId: string, delta: -1 | 1): boolean {
  const where = locate(form, questionId)
  if (!where) return false
  if (delta === -1) return where.index > 0 || where.section > 0
  return where.index < form.sections[where.section]!.questions.length - 1 || where.section < form.sections.length - 1
}

/** A copy of a question right after it, with a fresh id (its own show-if kept, nothing points to the copy). */
export function duplicateQuestion(form: FormDefinition, questionId: string): { form: FormDefinition; id: string } {
  const where = locate(form, questionId)
  if (!where) return { form, id: questionId }
  const id = uniqueId(usedIds(form), questionId)
  const sections = clone(form.sections)
  const copy = { ...clone(sections[where.section]!.questions[where.index]!), id }
  sections[where.section]!.questions.splice(where.index + 1, 0, copy)
  return { form: withSections(form, sections), id }
}

/** Removes a question, and the show-ifs of later questions that pointed to it (those questions then always show). */
export function removeQuestion(form: FormDefinition, questionId: string): FormDefinition {
  const sections = form.sections.map(s => ({ ...s, questions: s.questions.filter(q => q.id !== questionId) }))
  return withSections(form, sections)
}

/**
 * Changes a question's type keeping what carries over: id, text, help, required, show-if; options between
 * single, multiple and knowledge (and matrix rows); points and labels between likert and matrix.
 */
export function changeType(form: FormDefinition, questionId: string, type: QuestionType): FormDefinition {
  const where = locate(form, questionId)
  if (!where) return form
  const old = form.sections[where.section]!.questions[where.index]!
  if (old.type === type) return form
  const next = newQuestion(type, old.id, clone(old.text)) as Question & Record<string, unknown>
  if (old.help) next.help = clone(old.help)
  next.required = old.required
  if (old.showIf) next.showIf = clone(old.showIf)
  const oldOptions = 'options' in old ? old.options : old.type === 'matrix' ? old.rows : null
  if (oldOptions && oldOptions.length) {
    if (type === 'single' || type === 'multiple') next.options = clone(oldOptions)
    if (type === 'knowledge') {
      const options = clone(oldOptions)
      while (options.length < 2) options.push(option(uniqueId(options.map(o => o.id), 'b')))
      next.options = options
      next.correct = old.type === 'knowledge' ? [...old.correct] : [options[0]!.id]
    }
    if (type === 'matrix') next.rows = clone(oldOptions)
  }
  if ((old.type === 'single' || old.type === 'multiple') && (type === 'single' || type === 'multiple')) next.other = old.other
  if ((old.type === 'likert' || old.type === 'matrix') && (type === 'likert' || type === 'matrix')) {
    next.points = old.points
    next.labels = clone(old.labels)
  }
  return updateQuestion(form, questionId, next as Question)
}

/** Sets a likert or matrix scale to 5 or 7 points, keeping the labels it can and adding empty ones. */
export function setPoints<Q extends QuestionOf<'likert'> | QuestionOf<'matrix'>>(question: Q, points: 5 | 7): Q {
  const labels = question.labels.slice(0, points)
  while (labels.length < points) labels.push({})
  return { ...question, points, labels }
}

/** Adds an option (or a matrix row) with a fresh id. */
export function addOption<Q extends Question>(question: Q): Q {
  if (question.type === 'matrix') {
    return { ...question, rows: [...question.rows, option(uniqueId(question.rows.map(r => r.id), `row-${question.rows.length + 1}`))] }
  }
  if ('options' in question) {
    const ids = [...question.options.map(o => o.id), OTHER_OPTION_ID]
    const letter = String.fromCharCode(97 + (question.options.length % 26))
    return { ...question, options: [...question.options, option(uniqueId(ids, letter))] }
  }
  return question
}

/** Removes an option (or matrix row); a knowledge question's correct answers lose it too. Keeps at least the minimum. */
export function removeOption<Q extends Question>(question: Q, optionId: string): Q {
  if (question.type === 'matrix') {
    if (question.rows.length <= 1) return question
    return { ...question, rows: question.rows.filter(r => r.id !== optionId) }
  }
  if (!('options' in question)) return question
  const min = question.type === 'knowledge' ? 2 : 1
  if (question.options.length <= min) return question
  const options = question.options.filter(o => o.id !== optionId)
  if (question.type === 'knowledge') {
    const correct = question.correct.filter(c => c !== optionId)
    return { ...question, options, correct: correct.length ? correct : [options[0]!.id] }
  }
  return { ...question, options }
}

/** Moves an option (or matrix row) one place up or down. */
export function moveOption<Q extends Question>(question: Q, optionId: string, delta: -1 | 1): Q {
  const key = question.type === 'matrix' ? 'rows' : 'options'
  const list = (question as unknown as Record<string, Option[] | undefined>)[key]
  if (!list) return question
  const i = list.findIndex(o => o.id === optionId)
  const j = i + delta
  if (i < 0 || j < 0 || j >= list.length) return question
  const next = [...list]
  ;[next[i], next[j]] = [next[j]!, next[i]!]
  return { ...question, [key]: next }
}

/** Adds an empty section at the end with a fresh id. */
export function addSection(form: FormDefinition): FormDefinition {
  const id = uniqueId(usedIds(form), `section-${form.sections.length + 1}`)
  return { ...form, sections: [...clone(form.sections), { id, title: {}, questions: [] }] }
}

/** Moves a section up or down; show-ifs that would point forward are dropped. */
export function moveSection(form: FormDefinition, index: number, delta: -1 | 1): FormDefinition {
  const j = index + delta
  if (index < 0 || j < 0 || index >= form.sections.length || j >= form.sections.length) return form
  const sections = clone(form.sections)
  ;[sections[index], sections[j]] = [sections[j]!, sections[index]!]
  return withSections(form, sections)
}

/** Removes a section with its questions (never the last one), dropping show-ifs to them. */
export function removeSection(form: FormDefinition, index: number): FormDefinition {
  if (form.sections.length <= 1 || !form.sections[index]) return form
  return withSections(form, form.sections.filter((_, i) => i !== index))
}

/** The questions before this one a show-if may point to (earlier and comparable). */
export function showIfCandidates(form: FormDefinition, questionId: string): Question[] {
  const out: Question[] = []
  for (const q of allQuestions(form)) {
    if (q.id === questionId) return out
    if (SHOW_IF_SOURCES.has(q.type)) out.push(q)
  }
  return out
}
