import type { ApiReply } from './api'
import type { LocalizedText } from '#shared/localized-text'
import type { CertificateField } from '#shared/certificates/lifecycle'
import type { LocaleCode } from '#shared/locales'

/** GET /api/certificates replies, by view. */
type Listing = ApiReply<'/api/certificates'>
export type CertificateListItem = Extract<Listing, { items: unknown }>['items'][number]
export type CertificateTemplate = Extract<Listing, { templates: unknown }>['templates'][number]
export type CertificatePreview = Extract<Listing, { preview: unknown }>['preview']
export type DirectoryPerson = Extract<Listing, { people: unknown }>['people'][number]

/** GET /api/certificates/:id. */
export type CertificateView = ApiReply<'/api/certificates/:id'>

/** GET /api/certificates/verify?publicId= (pdfAvailable arrives with the downloads). */
export type PublicCertificate = ApiReply<'/api/certificates/verify'> & { pdfAvailable?: boolean }

/** POST /api/certificates/verify: a dropped PDF or credential file compared with what was issued. */
export type CertificateFile = { kind: 'pdf'; base64: string } | { kind: 'credential'; text: string }
export interface CertificateFileCheck {
  kind: 'pdf' | 'credential'
  unchanged: boolean
  valid: boolean
  status: 'valid' | 'revoked' | 'superseded' | 'expired'
  report: ApiReply<'/api/credentials/check', 'post'> | null
}

/** A co-issuer as the template editor holds it. */
export interface IssuerDraft {
  institutionId: string
  signatoryName: LocalizedText
  signatoryTitle: LocalizedText
  logoFileId: string | null
}

/** A template as its editor holds it (the body of POST /api/certificates {action: 'save'}). */
export interface TemplateDraft {
  id?: string
  ownerInstitutionId: string
  languages: LocaleCode[]
  title: LocalizedText
  programme: LocalizedText
  body: LocalizedText
  outcomes: LocalizedText
  hours: number | null
  credits: number | null
  creditLabel: string | null
  shownFields: CertificateField[]
  validityMonths: number | null
  serialScheme: string
  issuers: IssuerDraft[]
}
