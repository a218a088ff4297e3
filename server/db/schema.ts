import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { LocaleCode } from '../../shared/locales'
import type { InstitutionKind, MemberRole } from '../../shared/roles'
import type { InstitutionMembershipStatus } from '../../shared/governance/vocabulary'
import type { AgreementTables } from './schema-agreements'
import type { CalendarTables } from './schema-calendar'
import type { CalendarFeedTables } from './schema-calendar-feeds'
import type { GovernanceTables } from './schema-governance'
import type { MobilityTables } from './schema-mobility'
import type { RegistrationTables } from './schema-registrations'
import type { HolidayTables } from './schema-holidays'
import type { ActivityPlanTables } from './schema-activity-plans'
import type { EvaluationTables } from './schema-evaluation'
import type { ConferenceTables } from './schema-conferences'
import type { CourseTables } from './schema-courses'
import type { CreditTables } from './schema-credits'
import type { LearningAgreementTables } from './schema-learning-agreements'
import type { RecognitionTables } from './schema-recognition'
import type { CredentialTables } from './schema-credentials'
import type { CertificateTables } from './schema-certificates'
import type { Timestamp, DefaultTimestamp, Localized } from './column-types'

export interface AuthUsers {
  id: Generated<string>
  email: string | null
  encrypted_password: string | null
  email_confirmed_at: Timestamp | null
  raw_app_meta_data: JSONColumnType<Record<string, unknown>>
  raw_user_meta_data: JSONColumnType<Record<string, unknown>>
  last_sign_in_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface PasswordResetTokens {
  token_hash: string
  user_id: string
  expires_at: Timestamp
  used_at: Timestamp | null
}

export interface AuthSessions {
  id: Generated<string>
  user_id: string
  created_at: DefaultTimestamp
}

export interface Profiles {
  id: string
  email: string
  display_name: string
  preferred_locale: LocaleCode
  /** Chosen, or the browser's stored at sign-up or first sign-in; null until known (shared/time-zones.ts personTimeZone). */
  time_zone: string | null
  thai_buddhist_calendar: Generated<boolean>
  avatar_file_id: string | null
  erased_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface Institutions {
  id: Generated<string>
  slug: string
  kind: InstitutionKind
  country: string
  city: Localized
  name: Localized
  description: Localized
  website: string | null
  logo_file_id: string | null
  membership_status: Generated<InstitutionMembershipStatus>
  member_since: ColumnType<string, string | undefined, string>
  member_until: ColumnType<string | null, string | null | undefined, string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface Memberships {
  id: Generated<string>
  user_id: string
  institution_id: string
  role: MemberRole
  created_at: DefaultTimestamp
}

export interface Files {
  id: Generated<string>
  owner_id: string
  storage_key: string
  filename: string
  content_type: string
  size_bytes: ColumnType<string, number, number>
  sha256: string
  created_at: DefaultTimestamp
}

export interface AuditLog {
  id: Generated<string>
  actor_id: string | null
  action: string
  entity: string
  entity_id: string | null
  before: JSONColumnType<Record<string, unknown>> | null
  after: JSONColumnType<Record<string, unknown>> | null
  at: DefaultTimestamp
}

export interface MailOutbox {
  id: Generated<string>
  to_email: string
  to_user_id: string | null
  locale: LocaleCode
  template: string
  subject: string
  body: string
  created_at: DefaultTimestamp
  sent_at: Timestamp | null
}

/** The secretariat's view of mail: who got which kind of mail and when, never its subject or body. */
export type MailDelivery = Omit<MailOutbox, 'subject' | 'body'>
/** Acceptance of a notice (terms, privacy) at a version, in the language it was shown in. */
export interface Consents {
  id: Generated<string>
  user_id: string
  document: 'terms' | 'privacy'
  version: string
  locale: LocaleCode
  accepted_at: DefaultTimestamp
}

/** The durable job queue (server/jobs/queue.ts); only the service reads or writes it. */
export interface Jobs {
  id: Generated<string>
  kind: string
  payload: JSONColumnType<Record<string, unknown>>
  unique_key: string | null
  state: Generated<'pending' | 'running' | 'done' | 'failed'>
  run_at: DefaultTimestamp
  attempts: Generated<number>
  max_attempts: Generated<number>
  backoff_ms: Generated<number>
  lease_ms: Generated<number>
  locked_by: string | null
  locked_until: Timestamp | null
  last_error: string | null
  created_at: DefaultTimestamp
  finished_at: Timestamp | null
}

export interface Database extends GovernanceTables, AgreementTables, MobilityTables, CalendarTables, RegistrationTables, HolidayTables,
  CalendarFeedTables, ActivityPlanTables, EvaluationTables, ConferenceTables, CourseTables, CreditTables,
  LearningAgreementTables, RecognitionTables, CredentialTables, CertificateTables {
  'auth.users': AuthUsers
  'auth.password_reset_tokens': PasswordResetTokens
  'auth.sessions': AuthSessions
  'profiles': Profiles
  'institutions': Institutions
  'memberships': Memberships
  'files': Files
  'audit_log': AuditLog
  'mail_outbox': MailOutbox
  'mail_deliveries': MailDelivery
  'consents': Consents
  'jobs': Jobs
}
