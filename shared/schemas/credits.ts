import { z } from 'zod'
import { STUDY_LEVELS } from '../agreements/vocabulary'
import { COMPONENT_KINDS, ROUNDING_RULES } from '../credits/conversion'
import { localizedNameSchema } from './localized'
import { decimal, iscedCode, nameText, text } from './primitives'

const uuid = z.string().uuid()
const requiredName = (max: number) => localizedNameSchema(max).refine(v => Object.keys(v).length > 0, { message: 'required' })

export const creditIdParam = uuid

/** An institution's credit rule: a new version each time it is saved. */
export const creditRuleSchema = z.object({
  systemVersionId: uuid,
  factorOverride: decimal(6, 2, 1000).refine(v => v > 0, { message: 'too_small' }).nullable(),
  rounding: z.enum(ROUNDING_RULES),
  decimals: z.number().int().min(0).max(2).default(1),
})
export type CreditRuleInput = z.output<typeof creditRuleSchema>

/** A conversion preview into the institution's own system: credits of a source system (a partner's rule if named). */
export const conversionPreviewSchema = z.object({
  credits: decimal(8, 2, 1000),
  sourceVersionId: uuid,
  sourceInstitutionId: uuid.nullable().default(null),
  workloadHours: decimal(8, 2, 100000).nullable().default(null),
  contactHours: decimal(8, 2, 100000).nullable().default(null),
  kind: z.enum(COMPONENT_KINDS).nullable().default(null),
})
export type ConversionPreviewInput = z.output<typeof conversionPreviewSchema>

const gradeValue = nameText(20)

/** A grading scale with its grades, best first. */
export const gradingScaleSchema = z.object({
  name: requiredName(200),
  passMark: decimal(8, 2).nullable().default(null),
  maxValue: decimal(8, 2).nullable().default(null),
  grades: z.array(z.object({ value: gradeValue, label: localizedNameSchema(100).default({}), passing: z.boolean() })).min(2).max(200)
    .refine(gs => new Set(gs.map(g => g.value)).size === gs.length, { message: 'duplicate' })
    .refine(gs => gs.some(g => g.passing), { message: 'no_passing_grade' }),
}).refine(s => s.passMark === null || s.maxValue === null || s.passMark <= s.maxValue, { message: 'pass_mark_above_maximum', path: ['passMark'] })
export type GradingScaleInput = z.output<typeof gradingScaleSchema>

/** An Egracons grading table: counts of passing grades of one scale, for a field and level over two or three years. */
export const gradingTableSchema = z.object({
  scaleId: uuid,
  iscedCode,
  level: z.enum(STUDY_LEVELS),
  fromYear: z.number().int().min(1990).max(2200),
  toYear: z.number().int().min(1990).max(2200),
  counts: z.array(z.object({ value: gradeValue, count: z.number().int().min(0).max(100_000_000) })).min(1).max(200)
    .refine(cs => new Set(cs.map(c => c.value)).size === cs.length, { message: 'duplicate' }),
}).refine(t => t.toYear - t.fromYear >= 1 && t.toYear - t.fromYear <= 2, { message: 'two_or_three_years', path: ['toYear'] })
export type GradingTableInput = z.output<typeof gradingTableSchema>

/** A fixed conversion table between two scales. */
export const gradeConversionTableSchema = z.object({
  fromScaleId: uuid,
  toScaleId: uuid,
  note: text(2000).default(''),
  rows: z.array(z.object({ fromValue: gradeValue, toValue: gradeValue })).min(1).max(200)
    .refine(rs => new Set(rs.map(r => r.fromValue)).size === rs.length, { message: 'duplicate' }),
}).refine(t => t.fromScaleId !== t.toScaleId, { message: 'same_scale', path: ['toScaleId'] })
export type GradeConversionTableInput = z.output<typeof gradeConversionTableSchema>

/** A grade with its scale, converted by a fixed table or between two grading tables. */
export const gradeConvertSchema = z.union([
  z.object({ grade: z.object({ scaleId: uuid, value: gradeValue }), conversionTableId: uuid }).strict(),
  z.object({ grade: z.object({ scaleId: uuid, value: gradeValue }), fromTableId: uuid, toTableId: uuid }).strict(),
])
export type GradeConvertInput = z.output<typeof gradeConvertSchema>
