import type { Generated, JSONColumnType } from 'kysely'
import type { EvaluationActionStatus, EvaluationPurpose, EvaluationTarget, EvaluationTiming, EvaluationVersionState } from '../../shared/evaluation/vocabulary'
import type { DateOnly, DefaultTimestamp, Localized, Timestamp } from './column-types'

export interface EvaluationForms {
  id: Generated<string>
  institution_id: string
  created_by: Generated<string | null>
  title: Localized
  purpose: EvaluationPurpose
  level: number | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationFormVersions {
  id: Generated<string>
  form_id: string
  /** Given by the database (the form's next number); any value inserted is replaced. */
  version: Generated<number>
  /** A FormDefinition (shared/evaluation/form-definition.ts). */
  definition: JSONColumnType<Record<string, unknown>, string, string>
  state: Generated<EvaluationVersionState>
  published_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationInstances {
  id: Generated<string>
  form_id: string
  version_id: string
  target: EvaluationTarget
  activity_id: string | null
  timing: EvaluationTiming | null
  offset_days: Generated<number>
  call_id: string | null
  anonymous: Generated<boolean>
  opens_at: Timestamp | null
  closes_at: Timestamp | null
  open_days: Generated<number>
  reminder_days: Generated<number>
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationRecipients {
  id: Generated<string>
  instance_id: string
  institution_id: string | null
  person_id: string | null
  created_at: DefaultTimestamp
}

export interface EvaluationInvitations {
  id: Generated<string>
  instance_id: string
  person_id: string
  token_hash: string
  invited_at: DefaultTimestamp
  reminded_at: Timestamp | null
}

export interface EvaluationResponses {
  id: Generated<string>
  instance_id: string
  version_id: string
  person_id: string | null
  resume_hash: string | null
  locale: string
  submitted_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationAnswers {
  id: Generated<string>
  response_id: string
  question_id: string
  row_id: string | null
  option_id: string | null
  number_value: number | null
  text_value: string | null
  date_value: DateOnly | null
}

export interface EvaluationParticipation {
  instance_id: string
  person_id: string
}

export interface EvaluationFindings {
  id: Generated<string>
  instance_id: string | null
  activity_id: string | null
  text: Localized
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationActions {
  id: Generated<string>
  finding_id: string
  owner_id: string
  title: Localized
  due_on: DateOnly
  status: Generated<EvaluationActionStatus>
  overdue_reminded_at: Timestamp | null
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface EvaluationTables {
  evaluation_forms: EvaluationForms
  evaluation_form_versions: EvaluationFormVersions
  evaluation_instances: EvaluationInstances
  evaluation_recipients: EvaluationRecipients
  evaluation_invitations: EvaluationInvitations
  evaluation_responses: EvaluationResponses
  evaluation_answers: EvaluationAnswers
  evaluation_participation: EvaluationParticipation
  evaluation_findings: EvaluationFindings
  evaluation_actions: EvaluationActions
}
