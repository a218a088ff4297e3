import { z } from 'zod'
import { CERTIFICATE_FIELDS } from '../certificates/lifecycle'
import { LOCALE_CODES, type LocaleCode } from '../locales'
import { localizedNameSchema, localizedTextSchema } from './localized'
import { decimal, isoDate, nameText, text } from './primitives'

const uuid = z.string().uuid()
const locale = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const required = <T extends z.ZodType<Record<string, string>>>(schema: T) => schema.refine(v => Object.keys(v).length > 0, { message: 'required' })

/** e.g. CAEC-{YYYY}-{SEQ:5}: letters, digits and . / _ - around one {SEQ:n} and at most one {YYYY} (the database checks the same). */
export const serialSchemeSchema = z.string().trim().regex(/^[A-Za-z0-9./_{}:-]{1,60}$/, { message: 'serial_scheme' })
  .refine(s => (s.match(/\{SEQ:[1-9]\}/g) ?? []).length === 1 && (s.match(/\{YYYY\}/g) ?? []).length <= 1
    && !/[{}]/.test(s.replace(/\{YYYY\}|\{SEQ:[1-9]\}/g, '')), { message: 'serial_scheme' })

export const templateIssuerSchema = z.object({
  institutionId: uuid,
  signatoryName: required(localizedNameSchema(200)),
  signatoryTitle: localizedNameSchema(200).default({}),
  logoFileId: uuid.nullable().default(null),
})

/** A template as its owner's staff write it (a new one without id; an edit of a draft with its id). */
export const templateSchema = z.object({
  id: uuid.optional(),
  ownerInstitutionId: uuid,
  languages: z.array(locale).min(2).max(3).refine(l => new Set(l).size === l.length, { message: 'duplicate' }),
  title: required(localizedNameSchema(300)),
  programme: localizedNameSchema(300).default({}),
  body: localizedTextSchema(4000).default({}),
  outcomes: localizedTextSchema(4000).default({}),
  hours: decimal(6, 1, 10000).positive().nullable().default(null),
  credits: decimal(6, 2, 999).positive().nullable().default(null),
  creditLabel: nameText(40).nullable().default(null),
  shownFields: z.array(z.enum(CERTIFICATE_FIELDS)).max(CERTIFICATE_FIELDS.length).default(['native_name', 'latin_name', 'programme', 'dates'])
    .refine(f => new Set(f).size === f.length, { message: 'duplicate' }),
  validityMonths: z.number().int().min(1).max(600).nullable().default(null),
  serialScheme: serialSchemeSchema,
  issuers: z.array(templateIssuerSchema).min(1).max(20).refine(i => new Set(i.map(x => x.institutionId)).size === i.length, { message: 'duplicate' }),
})
export type TemplateInput = z.output<typeof templateSchema>

/** POST /api/certificates/templates: save a draft, move a template along its lifecycle, or delete a draft. */
export const templateActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('save'), template: templateSchema }),
  z.object({ action: z.enum(['activate', 'archive', 'reactivate', 'delete']), templateId: uuid }),
])

/** The holder's name as the certificate prints it: in their own script and in Latin letters. */
export const holderNamesSchema = z.object({ native: nameText(200), latin: nameText(200) })

/** Details of one certificate over the template's (dates of the programme, hours, credits). */
export const certificateFieldsSchema = z.object({
  startsOn: isoDate.nullable().optional(),
  endsOn: isoDate.nullable().optional(),
  hours: decimal(6, 1, 10000).nullable().optional(),
  credits: decimal(6, 2, 999).nullable().optional(),
}).refine(f => !f.startsOn || !f.endsOn || f.startsOn <= f.endsOn, { message: 'ends_before_start', path: ['endsOn'] })
export type CertificateFieldsInput = z.output<typeof certificateFieldsSchema>

export const certificateSourceSchema = z.discriminatedUnion('kind', [
  /** A registrant who checked in at least `threshold` of the activity's sessions (a share, 0–1). */
  z.object({ kind: z.literal('activity'), activityId: uuid, holderId: uuid, threshold: z.number().min(0).max(1).default(0.8) }),
  z.object({ kind: z.literal('mobility'), applicationId: uuid }),
  /** An author (a person of the portal) of an accepted submission. */
  z.object({ kind: z.literal('conference'), submissionId: uuid, holderId: uuid }),
  z.object({ kind: z.literal('manual'), holderId: uuid }),
])
export type CertificateSourceInput = z.output<typeof certificateSourceSchema>

/** POST /api/certificates: draft one certificate from a source (and submit it), or queue a whole activity's. */
export const certificateCreateSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('issue'), templateId: uuid, source: certificateSourceSchema,
    names: holderNamesSchema.optional(), fields: certificateFieldsSchema.optional(), submit: z.boolean().default(true),
  }),
  z.object({ action: z.literal('batch'), templateId: uuid, activityId: uuid, threshold: z.number().min(0).max(1).default(0.8) }),
])
export type CertificateCreateInput = z.output<typeof certificateCreateSchema>

/** POST /api/certificates/:id: a step on one certificate. */
export const certificateActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('edit'), names: holderNamesSchema.optional(), fields: certificateFieldsSchema.optional() }),
  z.object({ action: z.enum(['submit', 'return', 'delete']) }),
  z.object({ action: z.literal('approve'), institutionId: uuid, contentHash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'hash' }) }),
  z.object({ action: z.literal('revoke'), reason: text(2000).pipe(z.string().min(1)), language: locale }),
  /** A correction: a new certificate (same template, holder and source) that supersedes this one once issued. */
  z.object({ action: z.literal('correct'), names: holderNamesSchema.optional(), fields: certificateFieldsSchema.optional(), submit: z.boolean().default(true) }),
])
export type CertificateAction = z.output<typeof certificateActionSchema>

/** GET /api/certificates: the holder's own, the approvals waiting for my institutions, my institutions' certificates, templates, or a template's preview. */
export const certificateListSchema = z.object({
  view: z.enum(['mine', 'pending', 'issued', 'templates', 'preview', 'people']).default('mine'),
  templateId: uuid.optional(),
  locale: locale.optional(),
  /** view=people: a part of a name (two letters at least) or a whole email address, to name a holder by hand. */
  q: z.string().trim().min(2).max(200).optional(),
}).refine(q => q.view !== 'preview' || q.templateId, { message: 'required', path: ['templateId'] })
  .refine(q => q.view !== 'people' || q.q, { message: 'required', path: ['q'] })

export const publicIdSchema = z.string().regex(/^[0-9a-f]{40}$/)
export const verifyQuerySchema = z.object({ publicId: publicIdSchema })

/** GET /api/certificates/:id?format=pdf|credential: the stored PDF or credential instead of the JSON view. */
export const certificateFormatSchema = z.object({ format: z.enum(['pdf', 'credential']).optional() })

/** A file dropped on the public page: a PDF's bytes as base64 (the JSON body limit is 1 MB), or a credential's text. */
export const certificateFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf'), base64: z.string().min(4).max(1_000_000).regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'base64' }) }),
  z.object({ kind: z.literal('credential'), text: z.string().min(1).max(200_000) }),
])
export type CertificateFileInput = z.output<typeof certificateFileSchema>

/** POST /api/certificates/verify: is this file the certificate under this public id, unchanged? */
export const verifyFileSchema = z.object({ publicId: publicIdSchema, file: certificateFileSchema })
