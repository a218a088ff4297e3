import { z } from 'zod'
import type { LocaleCode } from '../locales'
import { filledLocales, resolveLocalizedText, type LocalizedText, type ResolvedText } from '../localized-text'
import { localizedTextSchema } from '../schemas/localized'
import { isoDate } from '../schemas/primitives'

/**
 * An evaluation form as the builder writes it, the renderer shows it, the server validates answers against
 * it and an instance exports it as JSON (docs/evaluation-form-schema.md). One definition is one immutable
 * version once published: the database keeps it as jsonb, the answers point to the version.
 */

/** The `schema` field of every form JSON: an import with another value is refused rather than guessed. */
export const FORM_SCHEMA_ID = 'portal.evaluation-form/1'

export const FORM_PURPOSES = ['reaction', 'knowledge', 'behaviour', 'results', 'competence', 'demand', 'feedback', 'other'] as const
export type FormPurpose = (typeof FORM_PURPOSES)[number]

export const QUESTION_TYPES = ['likert', 'rating', 'nps', 'single', 'multiple', 'matrix', 'number', 'date', 'text', 'knowledge'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** The option id an "other" answer is stored under (flattenAnswers): no option may use it. */
export const OTHER_OPTION_ID = 'other'

/** Limits that keep a form renderable on a phone and storable in one jsonb row. */
export const FORM_LIMITS = {
  idLength: 64,
  titleLength: 300,
  textLength: 1000,
  helpLength: 2000,
  labelLength: 300,
  sections: 30,
  questions: 200,
  options: 50,
  matrixRows: 30,
  textMaxLength: 10_000,
  otherLength: 500,
  points: 1000,
} as const

/** Ids are slugs (lowercase letters, digits, - and _) so they read well in exports, CSV headers and SQL. */
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/
const id = z.string().min(1).max(FORM_LIMITS.idLength).regex(ID_PATTERN, { message: 'not_a_slug' })

const title = localizedTextSchema(FORM_LIMITS.titleLength)
const questionText = localizedTextSchema(FORM_LIMITS.textLength)
const help = localizedTextSchema(FORM_LIMITS.helpLength)
const label = localizedTextSchema(FORM_LIMITS.labelLength)

const optionSchema = z.strictObject({ id, label })
export type Option = z.output<typeof optionSchema>

const showIfValue = z.union([z.string().max(FORM_LIMITS.labelLength), z.number()])
const showIfSchema = z.strictObject({
  question: id,
  equals: showIfValue.optional(),
  in: z.array(showIfValue).min(1).max(FORM_LIMITS.options).optional(),
}).refine(s => (s.equals === undefined) !== (s.in === undefined), { message: 'equals_or_in' })
export type ShowIf = z.output<typeof showIfSchema>

const common = {
  id,
  text: questionText,
  help: help.optional(),
  required: z.boolean().default(false),
  showIf: showIfSchema.optional(),
}

const points = z.union([z.literal(5), z.literal(7)])
const options = z.array(optionSchema).min(1).max(FORM_LIMITS.options)

const likert = z.strictObject({ ...common, type: z.literal('likert'), points, labels: z.array(label).max(7) })
const rating = z.strictObject({ ...common, type: z.literal('rating'), max: z.union([z.literal(5), z.literal(10)]) })
const nps = z.strictObject({ ...common, type: z.literal('nps') })
const single = z.strictObject({ ...common, type: z.literal('single'), options, other: z.boolean().default(false) })
const multiple = z.strictObject({
  ...common, type: z.literal('multiple'), options, other: z.boolean().default(false),
  min: z.number().int().min(0).max(FORM_LIMITS.options + 1).optional(),
  max: z.number().int().min(1).max(FORM_LIMITS.options + 1).optional(),
})
const matrix = z.strictObject({
  ...common, type: z.literal('matrix'), rows: z.array(optionSchema).min(1).max(FORM_LIMITS.matrixRows), points, labels: z.array(label).max(7),
})
const number = z.strictObject({
  ...common, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(false),
})
const date = z.strictObject({ ...common, type: z.literal('date'), min: isoDate.optional(), max: isoDate.optional() })
const text = z.strictObject({
  ...common, type: z.literal('text'), long: z.boolean().default(false), maxLength: z.number().int().min(1).max(FORM_LIMITS.textMaxLength).default(1000),
})
const knowledge = z.strictObject({
  ...common, type: z.literal('knowledge'), options: options.min(2),
  correct: z.array(id).min(1).max(FORM_LIMITS.options),
  points: z.number().positive().max(FORM_LIMITS.points).default(1),
  /** Added: whether the respondent may choose several options (checkboxes) or exactly one (radios, one correct option). */
  multiple: z.boolean().default(false),
})

const questionSchema = z.discriminatedUnion('type', [likert, rating, nps, single, multiple, matrix, number, date, text, knowledge])
export type Question = z.output<typeof questionSchema>
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>

const sectionSchema = z.strictObject({
  id,
  title,
  help: help.optional(),
  questions: z.array(questionSchema).max(FORM_LIMITS.questions),
})
export type Section = z.output<typeof sectionSchema>

export const formDefinitionSchema = z.strictObject({
  schema: z.literal(FORM_SCHEMA_ID),
  title,
  intro: help.optional(),
  purpose: z.enum(FORM_PURPOSES),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().default(null),
  sections: z.array(sectionSchema).min(1).max(FORM_LIMITS.sections),
})
export type FormDefinition = z.output<typeof formDefinitionSchema>
/** What an import or the builder may send: defaults (required: false, other: false…) may be left out. */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>

/**
 * One thing wrong with a form definition: where (a dotted path like sections.0.questions.2.labels) and a
 * code that is an i18n key under evaluation.form.issues (unknownSchema, duplicateId, showIfForward…).
 */
export interface FormIssue {
  path: string
  code: FormIssueCode
  /** The zod issue code or refinement reason behind code 'invalid', for a developer reading an export's errors. */
  detail?: string
}

export const FORM_ISSUE_CODES = [
  'notJson', 'unknownSchema', 'invalid', 'duplicateId', 'reservedId', 'showIfMissing', 'showIfForward', 'showIfType',
  'labelsCount', 'correctNotOption', 'correctCount', 'minAboveMax', 'noQuestions', 'tooManyQuestions',
] as const
export type FormIssueCode = (typeof FORM_ISSUE_CODES)[number]

export type FormParseResult = { ok: true; form: FormDefinition } | { ok: false; issues: FormIssue[] }

/** Every question of the form in order (sections flattened). */
export function allQuestions(form: Pick<FormDefinition, 'sections'>): Question[] {
  return form.sections.flatMap(s => s.questions)
}

/** Question types whose answer show-if can compare (a matrix has no single value). */
const COMPARABLE: ReadonlySet<QuestionType> = new Set(['likert', 'rating', 'nps', 'single', 'multiple', 'number', 'date', 'text', 'knowledge'])

/** The checks zod cannot express: ids unique, show-if backwards, labels per point, correct options that exist. */
function crossCheck(form: FormDefinition): FormIssue[] {
  const issues: FormIssue[] = []
  const seenQuestions = new Map<string, Question>()
  const seenSections = new Set<string>()
  let count = 0
  form.sections.forEach((section, s) => {
    const at = `sections.${s}`
    if (seenSections.has(section.id)) issues.push({ path: `${at}.id`, code: 'duplicateId' })
    seenSections.add(section.id)
    section.questions.forEach((question, q) => {
      const here = `${at}.questions.${q}`
      count++
      if (seenQuestions.has(question.id)) issues.push({ path: `${here}.id`, code: 'duplicateId' })
      if (question.showIf) {
        const target = question.showIf.question
        const earlier = seenQuestions.get(target)
        if (earlier) {
          if (!COMPARABLE.has(earlier.type)) issues.push({ path: `${here}.showIf.question`, code: 'showIfType' })
        }
        else {
          const later = allQuestions(form).some(other => other.id === target)
          issues.push({ path: `${here}.showIf.question`, code: later ? 'showIfForward' : 'showIfMissing' })
        }
      }
      if (!seenQuestions.has(question.id)) seenQuestions.set(question.id, question)
      const optionList = question.type === 'matrix'
        ? question.rows
        : 'options' in question ? question.options : []
      const optionKey = question.type === 'matrix' ? 'rows' : 'options'
      const optionIds = new Set<string>()
      optionList.forEach((option, o) => {
        if (optionIds.has(option.id)) issues.push({ path: `${here}.${optionKey}.${o}.id`, code: 'duplicateId' })
        optionIds.add(option.id)
        if (option.id === OTHER_OPTION_ID && question.type !== 'matrix') issues.push({ path: `${here}.${optionKey}.${o}.id`, code: 'reservedId' })
      })
      if ((question.type === 'likert' || question.type === 'matrix') && question.labels.length !== question.points) {
        issues.push({ path: `${here}.labels`, code: 'labelsCount' })
      }
      if (question.type === 'knowledge') {
        question.correct.forEach((c, i) => {
          if (!optionIds.has(c)) issues.push({ path: `${here}.correct.${i}`, code: 'correctNotOption' })
        })
        if (new Set(question.correct).size !== question.correct.length) issues.push({ path: `${here}.correct`, code: 'duplicateId' })
        if (!question.multiple && question.correct.length !== 1) issues.push({ path: `${here}.correct`, code: 'correctCount' })
      }
      if ((question.type === 'multiple' || question.type === 'number') && question.min !== undefined && question.max !== undefined
        && question.min > question.max) issues.push({ path: `${here}.min`, code: 'minAboveMax' })
      if (question.type === 'date' && question.min && question.max && question.min > question.max) issues.push({ path: `${here}.min`, code: 'minAboveMax' })
      if (question.type === 'multiple') {
        const choosable = question.options.length + (question.other ? 1 : 0)
        if (question.min !== undefined && question.min > choosable) issues.push({ path: `${here}.min`, code: 'minAboveMax' })
      }
    })
  })
  if (count === 0) issues.push({ path: 'sections', code: 'noQuestions' })
  if (count > FORM_LIMITS.questions) issues.push({ path: 'sections', code: 'tooManyQuestions' })
  return issues
}

/**
 * Reads a form definition (an import, the builder's draft, a stored version): a form with another schema id is
 * refused with one clear issue instead of a list of mismatches; otherwise every structural and cross-field
 * problem is listed (at most 50) with its path.
 */
export function parseFormDefinition(json: unknown): FormParseResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, issues: [{ path: '', code: 'invalid', detail: 'not_an_object' }] }
  const schema = (json as { schema?: unknown }).schema
  if (schema !== FORM_SCHEMA_ID) return { ok: false, issues: [{ path: 'schema', code: 'unknownSchema' }] }
  const parsed = formDefinitionSchema.safeParse(json)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, 50).map(issue => ({
        path: issue.path.join('.'),
        code: 'invalid' as const,
        detail: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
      })),
    }
  }
  const issues = crossCheck(parsed.data)
  return issues.length ? { ok: false, issues: issues.slice(0, 50) } : { ok: true, form: parsed.data }
}

/** A form as the JSON file another instance imports (docs/evaluation-form-schema.md). */
export function exportForm(form: FormDefinition): string {
  return `${JSON.stringify(form, null, 2)}\n`
}

/** Reads an exported JSON file: text that is not JSON is one issue 'notJson', the rest as parseFormDefinition. */
export function importForm(source: string): FormParseResult {
  let json: unknown
  try {
    json = JSON.parse(source)
  }
  catch {
    return { ok: false, issues: [{ path: '', code: 'notJson' }] }
  }
  return parseFormDefinition(json)
}

/** The locales the form is written in (its title filled), in registry order: the first is where the renderer falls back. */
export function formLocales(form: Pick<FormDefinition, 'title'>): LocaleCode[] {
  return filledLocales(form.title)
}

/**
 * The locale to show a form in: the wanted one if the form has it, else the form's first language, so the
 * buttons, dates and texts of one page stay in one language (a Khmer reader of a zh+en form gets zh or en
 * throughout, not Khmer buttons around Chinese questions).
 */
export function formDisplayLocale(form: Pick<FormDefinition, 'title'>, wanted: LocaleCode): LocaleCode {
  const available = formLocales(form)
  if (available.includes(wanted)) return wanted
  return available[0] ?? wanted
}

/**
 * One text of a form in the wanted locale, else in the form's own languages in order (so an untranslated
 * question shows in the language the rest of the form falls back to), else as resolveLocalizedText does.
 */
export function resolveFormText(form: Pick<FormDefinition, 'title'>, value: LocalizedText | null | undefined, wanted: LocaleCode): ResolvedText {
  for (const code of [wanted, ...formLocales(form)]) {
    const text = value?.[code]?.trim()
    if (text) return { text, locale: code, isFallback: code !== wanted }
  }
  return resolveLocalizedText(value, wanted)
}

/** Every translatable text of a form with where it sits, in order (translation status, the builder's translation view). */
export function formTexts(form: FormDefinition): { path: string; value: LocalizedText }[] {
  const out: { path: string; value: LocalizedText }[] = [{ path: 'title', value: form.title }]
  if (form.intro) out.push({ path: 'intro', value: form.intro })
  form.sections.forEach((section, s) => {
    const at = `sections.${s}`
    out.push({ path: `${at}.title`, value: section.title })
    if (section.help) out.push({ path: `${at}.help`, value: section.help })
    section.questions.forEach((question, q) => {
      const here = `${at}.questions.${q}`
      out.push({ path: `${here}.text`, value: question.text })
      if (question.help) out.push({ path: `${here}.help`, value: question.help })
      if ('options' in question) question.options.forEach((o, i) => out.push({ path: `${here}.options.${i}.label`, value: o.label }))
      if (question.type === 'matrix') question.rows.forEach((o, i) => out.push({ path: `${here}.rows.${i}.label`, value: o.label }))
      if (question.type === 'likert' || question.type === 'matrix') question.labels.forEach((l, i) => out.push({ path: `${here}.labels.${i}`, value: l }))
    })
  })
  return out
}

/**
 * The JSON Schema (draft 2020-12) of an exported form, generated from the zod schema, for other tools and
 * instances: it describes the shape (what may be left out takes its default); the cross-field rules
 * (unique ids, show-if backwards, labels per point, correct options) are in docs/evaluation-form-schema.md
 * and checked by parseFormDefinition.
 */
export function formJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(formDefinitionSchema, { io: 'input', unrepresentable: 'any' }),
    $id: FORM_SCHEMA_ID,
    title: 'Evaluation form',
    description: 'An evaluation form of the portal: sections of multilingual questions. See docs/evaluation-form-schema.md.',
  }
}
