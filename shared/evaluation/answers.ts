import { LOCALE_CODES, type LocaleCode } from '../locales'
import { isStorableText } from '../schemas/primitives'
import { FORM_LIMITS, OTHER_OPTION_ID, allQuestions, formTexts, type FormDefinition, type Question, type QuestionOf } from './form-definition'

/**
 * A respondent's answers, keyed by question id, as the renderer's v-model holds them and the server receives
 * them. Shapes per type (docs/evaluation-form-schema.md): likert/rating/nps/number a number, single
 * { option } or { other }, multiple { options, other? }, matrix { rowId: point }, date 'YYYY-MM-DD', text a
 * string, knowledge { options }.
 */
export type Answers = Record<string /* question id */, unknown>

export type SingleAnswer = { option: string } | { other: string }
export interface MultipleAnswer { options: string[]; other?: string }
export type MatrixAnswer = Record<string, number>
export interface KnowledgeAnswer { options: string[] }

/** Why one answer was refused: an i18n key suffix under evaluation.answer (required, outOfRange…). */
export type AnswerIssueCode = 'required' | 'outOfRange' | 'unknownOption' | 'invalid' | 'notInteger' | 'tooLong' | 'tooFew' | 'tooMany'
export interface AnswerIssue {
  question: string
  code: AnswerIssueCode
  /** Numbers or days the message names (min, max), when the code has them. */
  params?: Record<string, number | string>
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] }

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Whether an answer counts as not given: nothing, blank text, no option chosen, an empty matrix. */
export function isBlankAnswer(value: unknown, question?: Question): boolean {
  if (value === undefined || value === null) return true
  if (question?.type === 'matrix') return isRecord(value) && Object.values(value).every(v => v === undefined || v === null)
  if (typeof value === 'string') return !value.trim()
  if (Array.isArray(value)) return value.length === 0
  if (isRecord(value)) {
    if ('options' in value || 'other' in value || 'option' in value) {
      const chosen = Array.isArray(value.options) ? value.options.length : 0
      const other = typeof value.other === 'string' ? value.other.trim() : ''
      const option = typeof value.option === 'string' ? value.option : ''
      return chosen === 0 && !other && !option
    }
    return Object.values(value).every(v => v === undefined || v === null)
  }
  return false
}

/** The values of an answer that show-if compares: option ids for choices ("other" for other text), else the value. */
function comparableValues(question: Question, value: unknown): (string | number)[] {
  if (isBlankAnswer(value, question)) return []
  switch (question.type) {
    case 'single':
      if (!isRecord(value)) return []
      if (typeof value.option === 'string') return [value.option]
      return typeof value.other === 'string' ? [OTHER_OPTION_ID] : []
    case 'multiple':
    case 'knowledge': {
      if (!isRecord(value)) return []
      const chosen = Array.isArray(value.options) ? value.options.filter((o): o is string => typeof o === 'string') : []
      return typeof value.other === 'string' && value.other.trim() ? [...chosen, OTHER_OPTION_ID] : chosen
    }
    case 'matrix':
      return []
    default:
      return typeof value === 'number' || typeof value === 'string' ? [value] : []
  }
}

const same = (a: string | number, b: string | number) => a === b || String(a) === String(b)

/**
 * The questions a respondent sees, in order: a question with show-if is shown when the earlier question it
 * names is itself shown and its answer equals the value (or one of the values); hiding cascades.
 */
export function visibleQuestions(form: FormDefinition, answers: Answers): Question[] {
  const shown = new Map<string, Question>()
  for (const question of allQuestions(form)) {
    const rule = question.showIf
    if (rule) {
      const target = shown.get(rule.question)
      if (!target) continue
      const values = comparableValues(target, answers[rule.question])
      const wanted = rule.in ?? (rule.equals === undefined ? [] : [rule.equals])
      if (!values.some(v => wanted.some(w => same(v, w)))) continue
    }
    shown.set(question.id, question)
  }
  return [...shown.values()]
}

/** One answer checked against its question: the cleaned value, or why it is refused. */
type Checked = { value: unknown } | { issue: AnswerIssueCode; params?: Record<string, number | string> }

function checkScale(value: unknown, min: number, max: number): Checked {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { issue: 'invalid' }
  if (!Number.isInteger(value)) return { issue: 'notInteger' }
  if (value < min || value > max) return { issue: 'outOfRange', params: { min, max } }
  return { value }
}

function checkText(value: unknown, maxLength: number): Checked {
  if (typeof value !== 'string' || !isStorableText(value)) return { issue: 'invalid' }
  const trimmed = value.trim()
  if ([...trimmed].length > maxLength) return { issue: 'tooLong', params: { max: maxLength } }
  return { value: trimmed }
}

function checkOptionList(value: unknown, known: Set<string>): { ids: string[] } | { issue: AnswerIssueCode } {
  if (!Array.isArray(value) || value.some(o => typeof o !== 'string')) return { issue: 'invalid' }
  const ids = [...new Set(value as string[])]
  if (ids.some(o => !known.has(o))) return { issue: 'unknownOption' }
  return { ids }
}

function checkOther(value: unknown, allowed: boolean): { other?: string } | { issue: AnswerIssueCode; params?: Record<string, number> } {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return {}
  if (!allowed) return { issue: 'unknownOption' }
  const checked = checkText(value, FORM_LIMITS.otherLength)
  return 'issue' in checked ? checked as { issue: AnswerIssueCode } : { other: checked.value as string }
}

function checkAnswer(question: Question, value: unknown, partial: boolean): Checked {
  switch (question.type) {
    case 'likert':
      return checkScale(value, 1, question.points)
    case 'rating':
      return checkScale(value, 1, question.max)
    case 'nps':
      return checkScale(value, 0, 10)
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { issue: 'invalid' }
      if (question.integer && !Number.isInteger(value)) return { issue: 'notInteger' }
      if ((question.min !== undefined && value < question.min) || (question.max !== undefined && value > question.max)) {
        return { issue: 'outOfRange', params: { ...(question.min === undefined ? {} : { min: question.min }), ...(question.max === undefined ? {} : { max: question.max }) } }
      }
      return { value }
    }
    case 'date': {
      if (typeof value !== 'string' || !isIsoDay(value)) return { issue: 'invalid' }
      if ((question.min && value < question.min) || (question.max && value > question.max)) {
        return { issue: 'outOfRange', params: { ...(question.min ? { min: question.min } : {}), ...(question.max ? { max: question.max } : {}) } }
      }
      return { value }
    }
    case 'text':
      return checkText(value, question.maxLength)
    case 'single': {
      if (!isRecord(value)) return { issue: 'invalid' }
      const keys = Object.keys(value)
      if (keys.length !== 1) return { issue: 'invalid' }
      if ('option' in value) {
        if (typeof value.option !== 'string') return { issue: 'invalid' }
        return question.options.some(o => o.id === value.option) ? { value: { option: value.option } } : { issue: 'unknownOption' }
      }
      if ('other' in value) {
        const other = checkOther(value.other, question.other)
        return 'issue' in other ? other : { value: { other: other.other } }
      }
      return { issue: 'invalid' }
    }
    case 'multiple': {
      if (!isRecord(value) || Object.keys(value).some(k => k !== 'options' && k !== 'other')) return { issue: 'invalid' }
      const list = checkOptionList(value.options ?? [], new Set(question.options.map(o => o.id)))
      if ('issue' in list) return list
      const other = checkOther(value.other, question.other)
      if ('issue' in other) return other
      const count = list.ids.length + (other.other ? 1 : 0)
      if (question.max !== undefined && count > question.max) return { issue: 'tooMany', params: { max: question.max } }
      if (!partial && question.min !== undefined && count < question.min) return { issue: 'tooFew', params: { min: question.min } }
      return { value: other.other ? { options: list.ids, other: other.other } : { options: list.ids } }
    }
    case 'matrix': {
      if (!isRecord(value)) return { issue: 'invalid' }
      const rows = new Set(question.rows.map(r => r.id))
      const cleaned: MatrixAnswer = {}
      for (const [row, point] of Object.entries(value)) {
        if (!rows.has(row)) return { issue: 'unknownOption' }
        if (point === undefined || point === null) continue
        const checked = checkScale(point, 1, question.points)
        if ('issue' in checked) return checked
        cleaned[row] = point as number
      }
      if (!partial && question.required && Object.keys(cleaned).length < rows.size) return { issue: 'required' }
      return { value: cleaned }
    }
    case 'knowledge': {
      if (!isRecord(value) || Object.keys(value).some(k => k !== 'options')) return { issue: 'invalid' }
      const list = checkOptionList(value.options, new Set(question.options.map(o => o.id)))
      if ('issue' in list) return list
      if (!question.multiple && list.ids.length > 1) return { issue: 'tooMany', params: { max: 1 } }
      return { value: { options: list.ids } }
    }
  }
}

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d))
  return y >= 1900 && y <= 2200 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}

/**
 * Checks a respondent's answers against the form, as the server does before storing and the renderer does
 * before sending: types, ranges, known options, and (unless partial, i.e. a saved draft) every visible
 * required question answered. Answers to hidden or unknown questions are dropped, texts trimmed, repeated
 * options collapsed; the cleaned answers are what to store.
 */
export function validateAnswers(form: FormDefinition, answers: Answers, { partial }: { partial: boolean }): AnswersResult {
  if (!isRecord(answers)) return { ok: false, issues: [{ question: '', code: 'invalid' }] }
  const issues: AnswerIssue[] = []
  const cleaned: Answers = {}
  for (const question of visibleQuestions(form, answers)) {
    const value = answers[question.id]
    if (isBlankAnswer(value, question)) {
      if (question.required && !partial) issues.push({ question: question.id, code: 'required' })
      continue
    }
    const checked = checkAnswer(question, value, partial)
    if ('issue' in checked) {
      issues.push({ question: question.id, code: checked.issue, ...(checked.params ? { params: checked.params } : {}) })
      continue
    }
    if (isBlankAnswer(checked.value, question)) {
      if (question.required && !partial) issues.push({ question: question.id, code: 'required' })
      continue
    }
    cleaned[question.id] = checked.value
  }
  return issues.length ? { ok: false, issues } : { ok: true, answers: cleaned }
}

/** Whether a knowledge answer is right: exactly the correct options chosen (no partial credit). */
export function isCorrect(question: QuestionOf<'knowledge'>, value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.options)) return false
  const chosen = new Set(value.options)
  return chosen.size === question.correct.length && question.correct.every(c => chosen.has(c))
}

/**
 * A level-2 test's score: the points of every knowledge question answered exactly right, out of the points of
 * every knowledge question the respondent was shown (a hidden question neither counts nor costs).
 */
export function scoreKnowledge(form: FormDefinition, answers: Answers): { score: number; max: number } {
  let score = 0
  let max = 0
  for (const question of visibleQuestions(form, answers)) {
    if (question.type !== 'knowledge') continue
    max += question.points
    if (isCorrect(question, answers[question.id])) score += question.points
  }
  return { score, max }
}

/** One stored scalar of an answer: a row of evaluation_answers, so analytics aggregate in SQL. */
export interface AnswerRow {
  questionId: string
  /** The matrix row; null elsewhere. */
  rowId: string | null
  /** The chosen option ('other' with the text in textValue); null for scales, numbers, dates and texts. */
  optionId: string | null
  numberValue: number | null
  textValue: string | null
  dateValue: string | null
}

const row = (questionId: string, fields: Partial<Omit<AnswerRow, 'questionId'>>): AnswerRow => ({
  questionId, rowId: null, optionId: null, numberValue: null, textValue: null, dateValue: null, ...fields,
})

/**
 * Validated answers as rows: one per scalar. A multiple choice gives one row per chosen option, a matrix one
 * row per answered row, "other" text a row with optionId 'other'. A knowledge question gives one row per
 * chosen option and one score row (optionId null, numberValue = the points earned), so a test's score is
 * a SUM in SQL. Answers to hidden questions give no rows.
 */
export function flattenAnswers(form: FormDefinition, answers: Answers): AnswerRow[] {
  const rows: AnswerRow[] = []
  for (const question of visibleQuestions(form, answers)) {
    const value = answers[question.id]
    if (isBlankAnswer(value, question)) continue
    const id = question.id
    switch (question.type) {
      case 'likert':
      case 'rating':
      case 'nps':
      case 'number':
        if (typeof value === 'number') rows.push(row(id, { numberValue: value }))
        break
      case 'date':
        if (typeof value === 'string') rows.push(row(id, { dateValue: value }))
        break
      case 'text':
        if (typeof value === 'string') rows.push(row(id, { textValue: value }))
        break
      case 'single': {
        const v = value as Partial<{ option: string; other: string }>
        if (typeof v.option === 'string') rows.push(row(id, { optionId: v.option }))
        else if (typeof v.other === 'string') rows.push(row(id, { optionId: OTHER_OPTION_ID, textValue: v.other }))
        break
      }
      case 'multiple': {
        const v = value as Partial<MultipleAnswer>
        for (const option of v.options ?? []) rows.push(row(id, { optionId: option }))
        if (typeof v.other === 'string' && v.other) rows.push(row(id, { optionId: OTHER_OPTION_ID, textValue: v.other }))
        break
      }
      case 'matrix':
        for (const r of question.rows) {
          const point = (value as MatrixAnswer)[r.id]
          if (typeof point === 'number') rows.push(row(id, { rowId: r.id, numberValue: point }))
        }
        break
      case 'knowledge': {
        const v = value as Partial<KnowledgeAnswer>
        for (const option of v.options ?? []) rows.push(row(id, { optionId: option }))
        rows.push(row(id, { numberValue: isCorrect(question, value) ? question.points : 0 }))
        break
      }
    }
  }
  return rows
}

/** How much of the form is translated into each locale: texts filled out of all texts (title, questions, options, labels, help). */
export function localeStatus(form: FormDefinition): Record<LocaleCode, { done: number; total: number }> {
  const texts = formTexts(form)
  const status = {} as Record<LocaleCode, { done: number; total: number }>
  for (const code of LOCALE_CODES) {
    status[code] = { done: texts.filter(t => Boolean(t.value[code]?.trim())).length, total: texts.length }
  }
  return status
}
