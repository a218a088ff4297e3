import type { ColumnType, Generated } from 'kysely'
import type { LearningAgreementParty, LearningAgreementSide, LearningAgreementVersionState } from '../../shared/learning-agreements/lifecycle'
import type { DefaultTimestamp, Localized } from './column-types'

export interface LearningAgreements {
  id: Generated<string>
  application_id: string
  /** Filled from the application by the database, whatever is sent. */
  student_id: ColumnType<string, string | undefined, never>
  sending_institution_id: ColumnType<string, string | undefined, never>
  receiving_institution_id: ColumnType<string, string | undefined, never>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  /** The student's home programme (short text), set by the drafters while a draft is open. */
  home_programme: string | null
}

export interface LearningAgreementVersions {
  id: Generated<string>
  learning_agreement_id: string
  number: number
  state: Generated<LearningAgreementVersionState>
  revision: Generated<number>
  content_hash: ColumnType<string | null, never, never>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  proposed_by: ColumnType<string | null, never, never>
  proposed_at: ColumnType<Date | null, never, never>
  rejected_by: ColumnType<string | null, never, never>
  rejected_at: ColumnType<Date | null, never, never>
  rejection_comment: string | null
  signed_at: ColumnType<Date | null, never, never>
  updated_at: DefaultTimestamp
}

export interface LearningAgreementComponents {
  id: Generated<string>
  version_id: string
  side: LearningAgreementSide
  position: number
  code: string
  title: Localized
  /** numeric(6,2): read as text. */
  credits: ColumnType<string, number | string, number | string>
  credit_label: string
  term: string
  recognition_group: string | null
  course_unit_id: string | null
}

export interface LearningAgreementSignatures {
  id: Generated<string>
  version_id: string
  party: LearningAgreementParty
  content_hash: string
  signed_by: Generated<string>
  signed_at: ColumnType<Date, never, never>
}

export interface LearningAgreementTransitions {
  action: string
  from_state: LearningAgreementVersionState
  to_state: LearningAgreementVersionState
  party: LearningAgreementParty
}

export interface LearningAgreementTables {
  learning_agreements: LearningAgreements
  learning_agreement_versions: LearningAgreementVersions
  learning_agreement_components: LearningAgreementComponents
  learning_agreement_signatures: LearningAgreementSignatures
  learning_agreement_transitions: LearningAgreementTransitions
}
