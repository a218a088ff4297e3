import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { GRADE_NOTES, RESULT_STATUSES } from '../recognition/lifecycle'
import { homeProgrammeSchema } from './learning-agreements'
import { localizedTextSchema } from './localized'
import { decimal, nameText, text } from './primitives'

const uuid = z.string().uuid()
const locale = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])

/** One result of the transcript, for a host component (named by its id or its code). */
export const transcriptResultSchema = z.object({
  componentId: uuid.optional(),
  code: nameText(40).optional(),
  status: z.enum(RESULT_STATUSES),
  grade: z.object({ scaleId: uuid, value: nameText(20) }).nullable().default(null),
  credits: decimal(6, 2, 999),
}).refine(r => r.componentId || r.code, { message: 'required', path: ['componentId'] })
  .refine(r => r.status === 'not_taken' || r.grade !== null, { message: 'required', path: ['grade'] })
export type TranscriptResultInput = z.output<typeof transcriptResultSchema>

export const transcriptResultsSchema = z.object({ results: z.array(transcriptResultSchema).min(1).max(60) })
export const shareResultSchema = z.object({ shared: z.boolean() })

/** How the converted grade is found: a fixed table, two Egracons grading tables, or none with a reason. */
export const gradeMethodSchema = z.union([
  z.object({ conversionTableId: uuid }).strict(),
  z.object({ fromTableId: uuid, toTableId: uuid }).strict(),
  z.object({ none: z.enum(GRADE_NOTES) }).strict(),
])

const justification = localizedTextSchema(4000).refine(j => Object.keys(j).length > 0, { message: 'required' })

/** The sending office's decision on one home line. A refusal needs a justification and the language it is written in. */
export const decisionSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('home_course'), gradeMethod: gradeMethodSchema.default({ none: 'noTable' }) }),
  z.object({ outcome: z.literal('free_elective'), gradeMethod: gradeMethodSchema.default({ none: 'noTable' }) }),
  z.object({ outcome: z.literal('not_recognized'), justification, justificationLanguage: locale }),
])
export type DecisionInput = z.output<typeof decisionSchema>

export const decideSchema = z.object({ homeComponentId: uuid, decision: decisionSchema })
export const appealSchema = z.object({ comment: text(2000).pipe(z.string().min(1)) })
export const resolveAppealSchema = z.object({
  result: z.enum(['upheld', 'revised']),
  comment: text(2000).pipe(z.string().min(1)),
  decision: decisionSchema.optional(),
}).refine(r => r.result === 'upheld' || r.decision, { message: 'required', path: ['decision'] })
export type ResolveAppealInput = z.output<typeof resolveAppealSchema>

/**
 * A host course whose earlier decisions are asked for: by catalogue unit, or by host institution and code; with a
 * programme, only the decisions taken for students of that home programme (case-insensitive).
 */
export const precedentQuerySchema = z.object({
  institutionId: uuid,
  hostInstitutionId: uuid.optional(),
  code: nameText(40).optional(),
  courseUnitId: uuid.optional(),
  programme: homeProgrammeSchema.optional(),
}).refine(q => q.courseUnitId || (q.hostInstitutionId && q.code), { message: 'required', path: ['code'] })
export type PrecedentQuery = z.output<typeof precedentQuerySchema>

/** A transcript file (XLSX or CSV, base64 in JSON): columns code, status, grade, credits; grades on the scale named. */
export const transcriptImportSchema = z.object({
  filename: z.string().trim().min(1).max(255),
  content: z.string().max(1_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'not_base64' }),
  scaleId: uuid,
  dryRun: z.boolean().default(false),
})
export type TranscriptImport = z.output<typeof transcriptImportSchema>
