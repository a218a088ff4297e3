import { z } from 'zod'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { LANGUAGE_LEVELS, STUDY_LEVELS } from '../agreements/vocabulary'
import { APPLICATION_STATES, PROGRAM_TYPES } from '../mobility/vocabulary'
import { MAX_PASSPORT_MARGIN_MONTHS } from '../mobility/passport'
import { academicYear, decimal, int4, iscedCode, isoDate, localDateTime, nameText, text } from './primitives'
import { phoneNumber } from './phone'
import { timeZone } from './platform'

const uuid = z.string().uuid()
const requiredName = (max: number) => localizedNameSchema(max).refine(v => Object.keys(v).length > 0)
const country = z.string().regex(/^[A-Z]{2}$/)

export const eligibilitySchema = z.object({
  levels: z.array(z.enum(STUDY_LEVELS)).max(10).default([]),
  iscedCodes: z.array(iscedCode).max(20).default([]),
  language: z.string().regex(/^[a-z]{2,3}$/).nullable().default(null),
  languageLevel: z.enum(LANGUAGE_LEVELS).nullable().default(null),
})

export const requiredDocumentSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/),
  required: z.boolean(),
  instructions: localizedTextSchema(2000).default({}),
})

export const programInputSchema = z.object({
  type: z.enum(PROGRAM_TYPES),
  title: requiredName(300),
  description: localizedTextSchema(20000).default({}),
  hostInstitutionId: uuid,
  sendingInstitutionIds: z.array(uuid).min(1).max(50),
  agreementId: uuid.nullable().default(null),
  conditionId: z.string().max(64).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null),
  startsOn: isoDate,
  endsOn: isoDate,
  places: z.number().int().min(0).max(10000),
  /** Months past endsOn an applicant's passport must stay valid; absent, the column's default (six). */
  passportMarginMonths: z.number().int().min(0).max(MAX_PASSPORT_MARGIN_MONTHS).optional(),
  eligibility: eligibilitySchema.default({ levels: [], iscedCodes: [], language: null, languageLevel: null }),
  requiredDocuments: z.array(requiredDocumentSchema).max(30).default([]),
  costs: localizedTextSchema(5000).default({}),
  funding: localizedTextSchema(5000).default({}),
}).refine(p => p.endsOn >= p.startsOn, { path: ['endsOn'] })
  .refine(p => (p.agreementId === null) === (p.conditionId === null), { path: ['conditionId'] })

/** A call opens and closes at wall-clock times in its own time zone, e.g. 2027-03-01T09:00 Asia/Bangkok. */
export const callInputSchema = z.object({
  programId: uuid,
  title: requiredName(300),
  opensAtLocal: localDateTime,
  closesAtLocal: localDateTime,
  timeZone,
  academicYear,
  places: z.array(z.object({ sendingInstitutionId: uuid, places: z.number().int().min(0).max(10000) })).min(1).max(50),
}).refine(c => c.closesAtLocal > c.opensAtLocal, { path: ['closesAtLocal'] })

/** A name on the form may stay empty in a draft. */
const name = (max: number) => nameText(max, 0)

/** The application form; every field may be empty in a draft — completeness is checked on submission. */
export const applicationFormSchema = z.object({
  latinName: name(200).default(''),
  nativeName: name(200).default(''),
  emergencyContact: z.object({ name: name(200).default(''), phone: phoneNumber(true).default(''), relation: text(100).default('') })
    .default({ name: '', phone: '', relation: '' }),
  preferredCourses: text(5000).default(''),
  /** Students: level and field of study (an ISCED-F code), as the program's eligibility asks. */
  studyLevel: z.enum(STUDY_LEVELS).nullable().default(null),
  fieldOfStudy: iscedCode.nullable().default(null),
  languageCertificates: z.array(z.object({ language: z.string().regex(/^[a-z]{2,3}$/), level: z.enum(LANGUAGE_LEVELS), issuer: text(200).default('') })).max(10).default([]),
  motivation: text(20000).default(''),
  /** Teachers and staff: what they will teach or learn, and for how many hours. */
  teachingPlan: text(20000).default(''),
  teachingHours: z.number().int().min(0).max(2000).nullable().default(null),
})

export const applicationPrivateSchema = z.object({
  passportNumber: z.string().trim().regex(/^[A-Za-z0-9]{3,30}$/).nullable().default(null),
  passportExpiry: isoDate.nullable().default(null),
  nationality: country.nullable().default(null),
})

export const applicationCreateSchema = z.object({
  callId: uuid,
  homeInstitutionId: uuid,
})

export const applicationSaveSchema = z.object({
  revision: int4(1),
  form: applicationFormSchema,
  private: applicationPrivateSchema.optional(),
})

export const applicationStepSchema = z.object({
  action: z.enum(['submit', 'return_for_changes', 'reject_home', 'nominate', 'request_info', 'answer_info',
    'accept', 'reject_host', 'confirm', 'decline', 'depart', 'complete', 'withdraw']),
  /** The revision the person acted on; a newer one means someone else acted first: 409. */
  revision: int4(1),
  text: text(5000).optional(),
})

export const applicationFilterSchema = z.object({
  view: z.enum(['mine', 'outgoing', 'incoming']).default('mine'),
  callId: uuid.optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  hostInstitutionId: uuid.optional(),
  country: country.optional(),
})

export const scoreSchema = z.object({ revision: int4(1), score: decimal(6, 2, 1000).nullable() })

export type Eligibility = z.infer<typeof eligibilitySchema>
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>
export type ProgramInput = z.infer<typeof programInputSchema>
export type CallInput = z.infer<typeof callInputSchema>
export type ApplicationForm = z.infer<typeof applicationFormSchema>
export type ApplicationPrivateInput = z.infer<typeof applicationPrivateSchema>
export type ApplicationStep = z.infer<typeof applicationStepSchema>
export type ApplicationFilter = z.infer<typeof applicationFilterSchema>

export const checklistUpdateSchema = z.object({
  status: z.enum(['pending', 'done', 'not_needed']),
  fileId: uuid.nullable().default(null),
  note: text(2000).nullable().default(null),
})

/** When it happened, as the reporter's wall clock in the place it happened. */
export const incidentInputSchema = z.object({
  type: z.enum(['health', 'accident', 'security', 'legal', 'lost_documents', 'natural_disaster', 'other']),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  description: text(10000).min(1),
  occurredAtLocal: localDateTime,
  timeZone,
})
export const incidentNoteSchema = z.object({ text: text(5000).min(1) })

export type ChecklistUpdate = z.infer<typeof checklistUpdateSchema>
export type IncidentInput = z.infer<typeof incidentInputSchema>
