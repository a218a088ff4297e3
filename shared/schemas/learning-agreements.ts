import { z } from 'zod'
import { LA_PARTIES, LA_SIDES } from '../learning-agreements/lifecycle'
import { localizedNameSchema } from './localized'
import { decimal, int4, nameText, queryInt, text } from './primitives'

const uuid = z.string().uuid()

/** One component line of a version: at the host (to study) or at home (to be recognized). */
export const componentSchema = z.object({
  side: z.enum(LA_SIDES),
  code: nameText(40),
  title: localizedNameSchema(300).refine(t => Object.keys(t).length > 0, { message: 'required' }),
  credits: decimal(6, 2, 999),
  creditLabel: nameText(40),
  term: text(40).default(''),
  recognitionGroup: z.string().regex(/^[A-Za-z0-9]{1,8}$/).nullable().default(null),
  courseUnitId: uuid.nullable().default(null),
})
export type LearningAgreementComponent = z.output<typeof componentSchema>

/** The student's home programme, e.g. "BEng Mechatronics" (precedents are matched by it). */
export const homeProgrammeSchema = nameText(120)

export const learningAgreementCreateSchema = z.object({ applicationId: uuid })
export const learningAgreementQuerySchema = z.object({ applicationId: uuid.optional() })

/** The draft's lines, replaced as a whole; version and revision say what the editor started from (stale → 409). */
export const draftEditSchema = z.object({
  version: int4(1),
  revision: int4(1),
  components: z.array(componentSchema).max(60),
  /** Left out: unchanged; null: cleared. */
  homeProgramme: homeProgrammeSchema.nullable().optional(),
})
export type DraftEdit = z.output<typeof draftEditSchema>

export const proposeSchema = z.object({ version: int4(1), revision: int4(1) })
/** A signer names the version and the hash they saw: anything else was not what they read. */
export const laSignSchema = z.object({ version: int4(1), party: z.enum(LA_PARTIES), contentHash: z.string().regex(/^[0-9a-f]{64}$/) })
export const laRejectSchema = z.object({ version: int4(1), party: z.enum(LA_PARTIES), comment: text(2000).pipe(z.string().min(1)) })
/** A new draft from the latest version (after a signature: a change proposal; after a rejection: a revision). */
export const newVersionSchema = z.object({ baseVersion: int4(0) })
export const laCompareQuerySchema = z.object({ from: queryInt(1), to: queryInt(1) })
