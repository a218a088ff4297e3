import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { CertificateSource, CertificateState, CertificateTemplateState } from '../../shared/certificates/lifecycle'
import type { LocalizedText } from '../../shared/localized-text'
import type { DefaultTimestamp, Localized } from './column-types'

type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>
type LocalizedDefault = JSONColumnType<LocalizedText, LocalizedText | string | undefined, LocalizedText | string>
/** Set by the database (from the template, or at a step); a client value is ignored or refused. */
type ByDatabase<T> = ColumnType<T, never, never>

/** One co-issuer as the certificate keeps it (copied from the template when drafted). */
export interface IssuerSnapshot {
  institutionId: string
  name: LocalizedText
  position: number
  signatoryName: LocalizedText
  signatoryTitle: LocalizedText
  logoFileId: string | null
}

/** A certificate's own details; shown as the template's shown_fields say. */
export interface CertificateFields {
  programme?: LocalizedText
  hours?: number | null
  credits?: number | null
  creditLabel?: string | null
  startsOn?: string | null
  endsOn?: string | null
  outcomes?: LocalizedText
  body?: LocalizedText
}

export interface CertificateTemplates {
  id: Generated<string>
  owner_institution_id: string
  state: Generated<CertificateTemplateState>
  languages: string[]
  title: Localized
  programme: LocalizedDefault
  body: LocalizedDefault
  outcomes: LocalizedDefault
  hours: NullableNumeric
  credits: NullableNumeric
  credit_label: string | null
  shown_fields: ColumnType<string[], string[] | undefined, string[]>
  validity_months: number | null
  serial_scheme: string
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface CertificateTemplateIssuers {
  template_id: string
  institution_id: string
  position: number
  signatory_name: Localized
  signatory_title: LocalizedDefault
  logo_file_id: string | null
}

export interface Certificates {
  id: Generated<string>
  template_id: string
  holder_id: string
  holder_name_native: string
  holder_name_latin: string
  languages: ByDatabase<string[]>
  title: ByDatabase<LocalizedText>
  shown_fields: ByDatabase<string[]>
  issuers: ByDatabase<IssuerSnapshot[]>
  issuer_ids: ByDatabase<string[]>
  fields: JSONColumnType<CertificateFields, string, string>
  source_kind: CertificateSource
  source_id: string | null
  state: Generated<CertificateState>
  serial: ByDatabase<string | null>
  content_hash: ByDatabase<string | null>
  public_id: ByDatabase<string>
  supersedes_id: string | null
  /** The Verifiable Credentials library's bit (docs/certificates.md): set once, by the service. */
  status_index: ColumnType<number | null, never, number>
  submitted_at: ByDatabase<Date | null>
  issued_at: ByDatabase<Date | null>
  expires_at: ByDatabase<Date | null>
  revoked_at: ByDatabase<Date | null>
  revoked_by: ByDatabase<string | null>
  revocation_reason: ColumnType<string | null, never, string | null>
  revocation_language: ColumnType<string | null, never, string | null>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface CertificateApprovals {
  id: Generated<string>
  certificate_id: string
  institution_id: string
  content_hash: string
  approved_by: Generated<string>
  approved_at: DefaultTimestamp
}

/** An issued certificate's signed credential and PDF, stored once by the service (docs/certificates.md). */
export interface CertificateDocuments {
  id: Generated<string>
  certificate_id: string
  credential: string
  pdf: Uint8Array
  pdf_sha256: ColumnType<string, never, never>
  created_at: DefaultTimestamp
}

export interface CertificateTransitions {
  action: string
  from_state: CertificateState
  to_state: CertificateState
  by_database: boolean
}

export interface CertificateTemplateTransitions {
  action: string
  from_state: CertificateTemplateState
  to_state: CertificateTemplateState
}

export interface CertificateTables {
  certificate_templates: CertificateTemplates
  certificate_template_issuers: CertificateTemplateIssuers
  certificates: Certificates
  certificate_approvals: CertificateApprovals
  certificate_documents: CertificateDocuments
  certificate_transitions: CertificateTransitions
  certificate_template_transitions: CertificateTemplateTransitions
}
