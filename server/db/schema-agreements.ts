import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { VersionedContent, AgreementKind, AgreementState, LedgerCategory } from '../../shared/agreements/vocabulary'
import type { Timestamp, DefaultTimestamp, DateOnly, Localized } from './column-types'

export interface Agreements {
  id: Generated<string>
  kind: AgreementKind
  state: Generated<AgreementState>
  title: Localized
  current_version: Generated<number>
  starts_on: DateOnly | null
  ends_on: DateOnly | null
  auto_renew: Generated<boolean>
  renewed_from: string | null
  state_reason: string | null
  state_changed_at: DefaultTimestamp
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface AgreementParties {
  agreement_id: string
  institution_id: string
  signatory_name: string
  signatory_title: Localized
  contact_user_id: string | null
}

export interface AgreementVersions {
  agreement_id: string
  number: number
  content: JSONColumnType<VersionedContent, string, string>
  content_hash: string
  created_by: Generated<string>
  created_at: DefaultTimestamp
}

export interface AgreementApprovals {
  id: Generated<string>
  agreement_id: string
  version_number: number
  institution_id: string
  content_hash: string
  approved_by: Generated<string>
  approved_at: DefaultTimestamp
  voided_at: Timestamp | null
}

export interface AgreementSignatures {
  id: Generated<string>
  agreement_id: string
  version_number: number
  institution_id: string
  content_hash: string
  signatory_name: string
  signed_by: Generated<string>
  signed_at: DefaultTimestamp
  file_id: string | null
}

export interface AgreementQuotaUsage {
  id: Generated<string>
  agreement_id: string
  condition_id: string
  academic_year: string
  places: number
  source: string
  source_id: string | null
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
}

export interface AgreementLedger {
  id: Generated<string>
  agreement_id: string
  institution_id: string
  entry_date: DateOnly
  /** numeric comes back as a string: exact money, never a float. */
  amount: ColumnType<string, string | number, string | number>
  currency: string
  category: LedgerCategory
  note: Localized
  file_id: string | null
  created_by: Generated<string>
  created_at: DefaultTimestamp
}

export interface AgreementReminders {
  agreement_id: string
  threshold_days: number
  ends_on: DateOnly
  sent_at: DefaultTimestamp
}

/** The steps a party takes by hand, copied from shared/agreements/lifecycle.ts for the state guard. */
export interface AgreementPartyTransitions {
  action: string
  from_state: AgreementState
  to_state: AgreementState
}

export interface AgreementTables {
  agreements: Agreements
  agreement_parties: AgreementParties
  agreement_versions: AgreementVersions
  agreement_approvals: AgreementApprovals
  agreement_signatures: AgreementSignatures
  agreement_quota_usage: AgreementQuotaUsage
  agreement_ledger: AgreementLedger
  agreement_reminders: AgreementReminders
  agreement_party_transitions: AgreementPartyTransitions
}
