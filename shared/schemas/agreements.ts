import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { academicYear, amount, decimal, int4, iscedCode, isoDate, nameText, queryInt, text } from './primitives'
import {
  AGREEMENT_KINDS, AGREEMENT_STATES, CONDITION_TYPES, LANGUAGE_LEVELS, LEDGER_CATEGORIES, RESOURCE_KINDS, STUDY_LEVELS,
} from '../agreements/vocabulary'

const uuid = z.string().uuid()
/** Kept here too: governance and mobility schemas imported them from this file first. */
export { academicYear, isoDate }
const longText = localizedTextSchema(20000).default({})
const title = localizedNameSchema(500).refine(v => Object.keys(v).length > 0)

export const conditionSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  type: z.enum(CONDITION_TYPES),
  sendingInstitutionId: uuid,
  receivingInstitutionId: uuid,
  placesPerYear: z.number().int().min(0).max(1000),
  monthsPerPlace: decimal(4, 2, 60),
  iscedCode,
  level: z.enum(STUDY_LEVELS),
  language: z.string().regex(/^[a-z]{2,3}$/),
  languageLevel: z.enum(LANGUAGE_LEVELS),
}).refine(c => c.sendingInstitutionId !== c.receivingInstitutionId, { path: ['receivingInstitutionId'] })

export const resourceSchema = z.object({
  kind: z.enum(RESOURCE_KINDS),
  amount,
  unit: text(20).min(1),
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
  signatoryName: nameText(200),
  signatoryTitle: localizedNameSchema(200).default({}),
  contactUserId: uuid.nullable().default(null),
})

export const agreementCreateSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS),
  title,
  parties: z.array(partyInputSchema).min(2).max(50),
  content: agreementContentSchema,
}).refine(a => new Set(a.parties.map(p => p.institutionId)).size === a.parties.length, { path: ['parties'] })
  .refine(a => (a.kind === 'bilateral') === (a.parties.length === 2), { path: ['kind'] })

export const agreementEditSchema = z.object({
  /** The version the editor started from; a newer current version means someone else edited: 409. */
  baseVersion: int4(1),
  title: title.optional(),
  content: agreementContentSchema,
})

export const agreementTransitionSchema = z.object({
  action: z.enum(['open_negotiation', 'reopen', 'start_renewal', 'terminate']),
  reason: text(2000).optional(),
})

export const approvalSchema = z.object({ version: int4(1), institutionId: uuid })
export const signatureSchema = z.object({
  version: int4(1),
  institutionId: uuid,
  signatoryName: nameText(200),
  fileId: uuid.nullable().default(null),
})

export const agreementFilterSchema = z.object({
  /** One state, or `in_force`: every state of IN_FORCE_STATES. */
  state: z.enum([...AGREEMENT_STATES, 'in_force']).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  institutionId: uuid.optional(),
  q: text(200).optional(),
})

export const compareQuerySchema = z.object({ from: queryInt(1), to: queryInt(1) })

const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
export const pdfQuerySchema = z.object({ left: localeCode, right: localeCode })
export const quotaQuerySchema = z.object({ year: academicYear.optional() })

export const ledgerEntrySchema = z.object({
  institutionId: uuid,
  entryDate: isoDate,
  amount,
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
