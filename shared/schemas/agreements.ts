import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { localizedTextSchema } from '../localized-text'
import {
  AGREEMENT_KINDS, AGREEMENT_STATES, CONDITION_TYPES, LANGUAGE_LEVELS, LEDGER_CATEGORIES, RESOURCE_KINDS, STUDY_LEVELS,
} from '../agreements/vocabulary'

const uuid = z.string().uuid()
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(v => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v))
const longText = localizedTextSchema(20000).default({})
export const academicYear = z.string().regex(/^\d{4}\/\d{4}$/).refine(v => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1)

export const conditionSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  type: z.enum(CONDITION_TYPES),
  sendingInstitutionId: uuid,
  receivingInstitutionId: uuid,
  placesPerYear: z.number().int().min(0).max(1000),
  monthsPerPlace: z.number().min(0).max(60),
  iscedCode: z.string().regex(/^\d{2,4}$/),
  level: z.enum(STUDY_LEVELS),
  language: z.string().regex(/^[a-z]{2,3}$/),
  languageLevel: z.enum(LANGUAGE_LEVELS),
}).refine(c => c.sendingInstitutionId !== c.receivingInstitutionId, { path: ['receivingInstitutionId'] })

export const resourceSchema = z.object({
  kind: z.enum(RESOURCE_KINDS),
  amount: z.number().min(0).max(1e12),
  unit: z.string().trim().min(1).max(20),
  description: localizedTextSchema(2000).default({}),
})

export const partyTermsSchema = z.object({
  institutionId: uuid,
  divisionOfLabour: longText,
  resources: z.array(resourceSchema).max(50).default([]),
})

export const agreementContentSchema = z.object({
  goals: longText,
  scope: longText,
  parties: z.array(partyTermsSchema).max(50).default([]),
  ipTerms: longText,
  benefitSharing: longText,
  disputeResolution: longText,
  startsOn: isoDate,
  endsOn: isoDate,
  autoRenew: z.boolean().default(false),
  conditions: z.array(conditionSchema).max(100).default([]),
}).refine(c => c.endsOn >= c.startsOn, { path: ['endsOn'] })

export const partyInputSchema = z.object({
  institutionId: uuid,
  signatoryName: z.string().trim().min(1).max(200),
  signatoryTitle: localizedTextSchema(200).default({}),
  contactUserId: uuid.nullable().default(null),
})

export const agreementCreateSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS),
  title: localizedTextSchema(500).refine(v => Object.keys(v).length > 0),
  parties: z.array(partyInputSchema).min(2).max(50),
  content: agreementContentSchema,
}).refine(a => new Set(a.parties.map(p => p.institutionId)).size === a.parties.length, { path: ['parties'] })
  .refine(a => (a.kind === 'bilateral') === (a.parties.length === 2), { path: ['kind'] })

export const agreementEditSchema = z.object({
  /** The version the editor started from; a newer current version means someone else edited: 409. */
  baseVersion: z.number().int().min(1),
  title: localizedTextSchema(500).refine(v => Object.keys(v).length > 0).optional(),
  content: agreementContentSchema,
})

export const agreementTransitionSchema = z.object({
  action: z.enum(['open_negotiation', 'reopen', 'start_renewal', 'terminate']),
  reason: z.string().trim().max(2000).optional(),
})

export const approvalSchema = z.object({ version: z.number().int().min(1), institutionId: uuid })
export const signatureSchema = z.object({
  version: z.number().int().min(1),
  institutionId: uuid,
  signatoryName: z.string().trim().min(1).max(200),
  fileId: uuid.nullable().default(null),
})

export const agreementFilterSchema = z.object({
  state: z.enum(AGREEMENT_STATES).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  institutionId: uuid.optional(),
  q: z.string().trim().max(200).optional(),
})

export const compareQuerySchema = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })

const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
export const pdfQuerySchema = z.object({ left: localeCode, right: localeCode })
export const quotaQuerySchema = z.object({ year: academicYear.optional() })

export const ledgerEntrySchema = z.object({
  institutionId: uuid,
  entryDate: isoDate,
  amount: z.number().min(0).max(1e12).multipleOf(0.01),
  currency: z.string().regex(/^[A-Z]{3}$/),
  category: z.enum(LEDGER_CATEGORIES),
  note: localizedTextSchema(2000).default({}),
  fileId: uuid.nullable().default(null),
})

export type AgreementCreate = z.infer<typeof agreementCreateSchema>
export type AgreementEdit = z.infer<typeof agreementEditSchema>
export type AgreementFilter = z.infer<typeof agreementFilterSchema>
export type LedgerEntryInput = z.infer<typeof ledgerEntrySchema>
export type PartyInput = z.infer<typeof partyInputSchema>
