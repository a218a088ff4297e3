import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { EVALUATION_ACTION_STATUSES, EVALUATION_TIMINGS } from '../evaluation/vocabulary'
import { INVITATION_TOKEN } from '../evaluation/invitation-token'
import { localizedTextSchema } from './localized'
import { isoDate } from './primitives'

const uuid = z.string().uuid()
const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const instant = z.iso.datetime({ offset: true })
/** A form definition is checked by parseFormDefinition (shared/evaluation/form-definition.ts), which names each mistake. */
const definition = z.record(z.string(), z.unknown())

export const evaluationIdParam = uuid

export const formsQuerySchema = z.object({ institutionId: uuid.optional() })

export const instancesQuerySchema = z.object({ activityId: uuid.optional(), formId: uuid.optional() })
  .refine(v => Boolean(v.activityId) !== Boolean(v.formId), { message: 'activity_or_form', path: ['activityId'] })

/** A new form of an institution, from a definition (title, purpose and level are read from it). */
export const formCreateSchema = z.object({
  institutionId: uuid,
  definition,
})
export type FormCreateInput = z.output<typeof formCreateSchema>

/** A new version of a form: a draft, published separately. */
export const versionCreateSchema = z.object({ definition })
export type VersionCreateInput = z.output<typeof versionCreateSchema>

export const versionUpdateSchema = z.object({ definition })

const windowFields = {
  anonymous: z.boolean().default(false),
  opensAt: instant.nullable().default(null),
  closesAt: instant.nullable().default(null),
  openDays: z.number().int().min(1).max(365).default(14),
  reminderDays: z.number().int().min(0).max(60).default(3),
}

/** Attaches a published version: to an activity (with a timing), a mobility call (on completion) or a list of recipients. */
export const instanceCreateSchema = z.discriminatedUnion('target', [
  z.object({
    target: z.literal('activity'), versionId: uuid, activityId: uuid, timing: z.enum(EVALUATION_TIMINGS),
    offsetDays: z.number().int().min(0).max(730).default(0), ...windowFields,
  }),
  z.object({ target: z.literal('mobility'), versionId: uuid, callId: uuid, ...windowFields }),
  z.object({
    target: z.literal('list'), versionId: uuid, ...windowFields, opensAt: instant,
    // Every institution that is a member when the list is attached (the demand survey), besides any chosen here.
    allMembers: z.boolean().default(false),
    institutionIds: z.array(uuid).max(1000).default([]), personIds: z.array(uuid).max(5000).default([]),
  }).refine(v => v.allMembers || v.institutionIds.length + v.personIds.length > 0, { message: 'no_recipients', path: ['institutionIds'] }),
]).refine(v => !v.opensAt || !v.closesAt || Date.parse(v.closesAt) > Date.parse(v.opensAt), { message: 'closes_before_opening', path: ['closesAt'] })
export type InstanceCreateInput = z.output<typeof instanceCreateSchema>

export const instanceUpdateSchema = z.object({
  opensAt: instant.nullable().optional(),
  closesAt: instant.nullable().optional(),
  openDays: z.number().int().min(1).max(365).optional(),
  reminderDays: z.number().int().min(0).max(60).optional(),
}).refine(v => !v.opensAt || !v.closesAt || Date.parse(v.closesAt) > Date.parse(v.opensAt), { message: 'closes_before_opening', path: ['closesAt'] })
export type InstanceUpdateInput = z.output<typeof instanceUpdateSchema>

/** A personal link's secret (43 base64url characters, as issued). */
export const invitationTokenParam = z.string().regex(INVITATION_TOKEN)
/** An anonymous respondent's secret for resuming their partial answers. */
export const resumeKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

/** Opening one's response to an instance: the language it is answered in, and for an anonymous one the resume key kept. */
export const responseOpenSchema = z.object({
  locale: localeCode,
  resumeKey: resumeKey.optional(),
})
export type ResponseOpenInput = z.output<typeof responseOpenSchema>

/** Answers keyed by question id, checked against the form by validateAnswers; the locale may change mid-form. */
export const answersSaveSchema = z.object({
  answers: z.record(z.string().max(100), z.unknown()),
  locale: localeCode.optional(),
  resumeKey: resumeKey.optional(),
})
export type AnswersSaveInput = z.output<typeof answersSaveSchema>

export const findingCreateSchema = z.object({
  instanceId: uuid.optional(),
  activityId: uuid.optional(),
  text: localizedTextSchema(4000).refine(t => Object.keys(t).length > 0, { message: 'required' }),
}).refine(v => Boolean(v.instanceId) !== Boolean(v.activityId), { message: 'instance_or_activity', path: ['instanceId'] })
export type FindingCreateInput = z.output<typeof findingCreateSchema>

export const findingUpdateSchema = z.object({
  text: localizedTextSchema(4000).refine(t => Object.keys(t).length > 0, { message: 'required' }),
})

export const findingsQuerySchema = z.object({
  instanceId: uuid.optional(),
  activityId: uuid.optional(),
}).refine(v => Boolean(v.instanceId) !== Boolean(v.activityId), { message: 'instance_or_activity', path: ['instanceId'] })

export const actionCreateSchema = z.object({
  ownerId: uuid,
  title: localizedTextSchema(1000).refine(t => Object.keys(t).length > 0, { message: 'required' }),
  dueOn: isoDate,
  status: z.enum(EVALUATION_ACTION_STATUSES).default('open'),
})
export type ActionCreateInput = z.output<typeof actionCreateSchema>

export const actionUpdateSchema = z.object({
  ownerId: uuid.optional(),
  title: localizedTextSchema(1000).refine(t => Object.keys(t).length > 0, { message: 'required' }).optional(),
  dueOn: isoDate.optional(),
  status: z.enum(EVALUATION_ACTION_STATUSES).optional(),
})
export type ActionUpdateInput = z.output<typeof actionUpdateSchema>
