import { z } from 'zod'
import { isIscedCode } from '../isced'
import { COURSE_CODE_PATTERN, COURSE_TERMS, EQF_LEVELS, IMPORT_MODES, ISCED_LEVELS } from '../courses/catalogue'
import { localizedNameSchema, localizedTextSchema } from './localized'

export const courseCode = z.string().trim().max(40).regex(COURSE_CODE_PATTERN, { message: 'bad_code' })
const withDecimals = (v: number, scale: number) => Math.abs(v * 10 ** scale - Math.round(v * 10 ** scale)) < 1e-6
const hours = (max: number) => z.number().min(0).max(max).refine(v => withDecimals(v, 1), { message: 'too_many_decimals' })

/** A course unit as an editor (or one row of an import) writes it. */
export const courseUnitInputSchema = z.object({
  title: localizedNameSchema(300).refine(t => Object.keys(t).length > 0, { message: 'required' }),
  description: localizedTextSchema(20000).default({}),
  learningOutcomes: localizedTextSchema(20000).default({}),
  credits: z.number().min(0).max(1000).refine(v => withDecimals(v, 2), { message: 'too_many_decimals' }),
  contactHours: hours(10000).nullable().default(null),
  workloadHours: hours(20000).refine(v => v > 0, { message: 'required' }),
  eqfLevel: z.number().int().refine(v => (EQF_LEVELS as readonly number[]).includes(v), { message: 'bad_level' }).nullable().default(null),
  iscedLevel: z.number().int().refine(v => (ISCED_LEVELS as readonly number[]).includes(v), { message: 'bad_level' }).nullable().default(null),
  iscedField: z.string().refine(isIscedCode, { message: 'bad_isced' }).nullable().default(null),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'bad_language' })).min(1).max(10)
    .transform(list => [...new Set(list)]),
  term: z.enum(COURSE_TERMS),
  active: z.boolean().default(true),
})
  .refine(u => u.eqfLevel !== null || u.iscedLevel !== null, { message: 'level_required', path: ['eqfLevel'] })
  .refine(u => u.contactHours === null || u.contactHours <= u.workloadHours, { message: 'contact_above_workload', path: ['contactHours'] })
export type CourseUnitInput = z.output<typeof courseUnitInputSchema>

/** Search and filters of a public catalogue. */
export const courseQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  field: z.string().regex(/^[0-9]{2,4}$/).optional(),
  eqfLevel: z.coerce.number().int().min(1).max(8).optional(),
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
  term: z.enum(COURSE_TERMS).optional(),
})
export type CourseQuery = z.output<typeof courseQuerySchema>

/** An import: the file itself, base64, its name (for the type), and what to do with failed rows. */
export const courseImportSchema = z.object({
  filename: z.string().trim().min(1).max(255),
  content: z.string().max(1_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'not_base64' }),
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
  dryRun: z.boolean().default(false),
})
export type CourseImport = z.output<typeof courseImportSchema>

export const catalogueExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  template: z.enum(['0', '1']).default('0'),
})
