import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { ApplicationState, ChecklistKey, ChecklistStatus, IncidentSeverity, IncidentType, ProgramType } from '../../shared/mobility/vocabulary'
import type { ApplicationForm, Eligibility, RequiredDocument } from '../../shared/schemas/mobility'
import type { Timestamp, DefaultTimestamp, DateOnly, Localized } from './column-types'

export interface Programs {
  id: Generated<string>
  type: ProgramType
  title: Localized
  description: Localized
  host_institution_id: string
  agreement_id: string | null
  condition_id: string | null
  starts_on: DateOnly
  ends_on: DateOnly
  places: number
  passport_margin_months: ColumnType<number, number | undefined, number>
  eligibility: JSONColumnType<Eligibility, string, string>
  required_documents: JSONColumnType<RequiredDocument[], string, string>
  costs: Localized
  funding: Localized
  checklist: ColumnType<{ key: ChecklistKey; required: boolean }[], string | undefined, string>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ProgramSendingInstitutions {
  program_id: string
  institution_id: string
}

export interface Calls {
  id: Generated<string>
  program_id: string
  title: Localized
  opens_at: Timestamp
  closes_at: Timestamp
  time_zone: string
  academic_year: string
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface CallPlaces {
  call_id: string
  sending_institution_id: string
  places: number
}

export interface Applications {
  id: Generated<string>
  call_id: string
  applicant_id: Generated<string>
  home_institution_id: string
  host_institution_id: string
  state: Generated<ApplicationState>
  revision: Generated<number>
  form: JSONColumnType<ApplicationForm, string, string>
  score: ColumnType<string | null, string | number | null, string | number | null>
  submitted_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ApplicationPrivate {
  application_id: string
  passport_number: string | null
  passport_expiry: DateOnly | null
  nationality: string | null
  updated_at: DefaultTimestamp
}

export interface ApplicationDocuments {
  application_id: string
  document_key: string
  file_id: string
  added_at: DefaultTimestamp
}

export interface ApplicationEvents {
  id: Generated<string>
  application_id: string
  action: string
  from_state: ApplicationState | null
  to_state: ApplicationState
  actor_id: Generated<string | null>
  text: string | null
  at: DefaultTimestamp
}

export interface ApplicationTransitions {
  action: string
  from_state: ApplicationState
  to_state: ApplicationState
  side: string
}

export interface ChecklistItems {
  application_id: string
  item_key: ChecklistKey
  status: Generated<ChecklistStatus>
  file_id: string | null
  note: string | null
  updated_by: Generated<string | null>
  updated_at: DefaultTimestamp
}

export interface Incidents {
  id: Generated<string>
  application_id: string
  type: IncidentType
  severity: IncidentSeverity
  description: string
  occurred_at: Timestamp
  time_zone: string
  reported_by: Generated<string>
  created_at: DefaultTimestamp
}

export interface IncidentNotes {
  id: Generated<string>
  incident_id: string
  text: string
  author_id: Generated<string>
  created_at: DefaultTimestamp
}

export interface MobilityTables {
  checklist_items: ChecklistItems
  incidents: Incidents
  incident_notes: IncidentNotes
  programs: Programs
  program_sending_institutions: ProgramSendingInstitutions
  calls: Calls
  call_places: CallPlaces
  applications: Applications
  application_private: ApplicationPrivate
  application_documents: ApplicationDocuments
  application_events: ApplicationEvents
  application_transitions: ApplicationTransitions
}
