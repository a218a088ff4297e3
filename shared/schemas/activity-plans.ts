import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { PLAN_ITEM_KINDS, PLAN_ITEM_STATES } from '../calendar/plan-vocabulary'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { academicYear, amount, int4 } from './primitives'
import { activityInputSchema } from './calendar'

const uuid = z.string().uuid()
const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])

/** A year in a URL, 2026-2027, read as the academic year 2026/2027. */
export const planYearParam = z.string().regex(/^\d{4}-\d{4}$/).transform(v => v.replace('-', '/')).pipe(academicYear)

export const planInputSchema = z.object({ academicYear })

/** The first day of a month, e.g. 2027-03-01. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, { message: 'not_a_day' })

export const planItemInputSchema = z.object({
  kind: z.enum(PLAN_ITEM_KINDS),
  title: localizedNameSchema(300).refine(v => Object.keys(v).length > 0),
  audience: localizedTextSchema(2000).default({}),
  month,
  organiserInstitutionId: uuid,
  budgetLine: localizedTextSchema(300).default({}),
  budgetAmount: amount.nullable().default(null),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().default(null),
  expectedParticipants: int4(0).max(1_000_000).nullable().default(null),
}).refine(i => (i.budgetAmount === null) === (i.currency === null), { path: ['currency'] })
export type PlanItemInput = z.output<typeof planItemInputSchema>

export const planItemDecisionSchema = z.object({ state: z.enum(PLAN_ITEM_STATES) })

export const planStepSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit') }),
  z.object({ action: z.literal('return') }),
  z.object({ action: z.literal('approve'), meetingId: uuid.nullable().default(null) }),
])
export type PlanStep = z.output<typeof planStepSchema>

export const planExportQuerySchema = z.object({ left: localeCode, right: localeCode })

/** Where an activity made from a plan item happens; the rest comes from the item. */
export const planActivitySchema = activityInputSchema.pick({ mode: true, venueId: true, onlineUrl: true, timeZone: true })
export type PlanActivityInput = z.output<typeof planActivitySchema>
