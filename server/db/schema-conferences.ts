import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { LocalizedText } from '../../shared/localized-text'
import type { AcceptedType, DecisionOutcome, ReviewerState, ReviewMode, SubmissionState, SubmissionType } from '../../shared/conferences/vocabulary'
import type { DefaultTimestamp, Localized, Timestamp } from './column-types'

/** A multilingual text the database defaults to {}. */
type DefaultLocalized = ColumnType<LocalizedText, LocalizedText | string | undefined, LocalizedText | string>

export interface Conferences {
  id: Generated<string>
  activity_id: string
  call_text: DefaultLocalized
  submission_languages: Generated<string[]>
  submission_types: Generated<SubmissionType[]>
  word_limit: Generated<number>
  submission_deadline: Timestamp | null
  review_mode: Generated<ReviewMode>
  identities_revealed_at: Timestamp | null
  review_criteria: Generated<string[]>
  coauthor_lookback_years: Generated<number>
  /** Set by the database's clock when a chair publishes. */
  programme_published_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ConferenceChairs {
  conference_id: string
  person_id: string
  created_at: DefaultTimestamp
}

export interface ConferenceTracks {
  id: Generated<string>
  conference_id: string
  name: Localized
  topics: Generated<string[]>
  position: Generated<number>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ConferenceSubmissions {
  id: Generated<string>
  conference_id: string
  track_id: string | null
  type: SubmissionType
  title: Localized
  abstract: DefaultLocalized
  keywords: Generated<string[]>
  presentation_language: string
  file_id: string | null
  camera_ready_file_id: string | null
  state: Generated<SubmissionState>
  accepted_type: AcceptedType | null
  submitted_at: Timestamp | null
  withdrawn_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

/** invite_token_hash is not granted to signed-in people: select named columns (AUTHOR_COLUMNS), never selectAll. */
export interface SubmissionAuthors {
  id: Generated<string>
  submission_id: string
  person_id: string | null
  email: string | null
  display_name: string
  institution_id: string | null
  institution_name: string | null
  country: string
  position: Generated<number>
  is_submitter: Generated<boolean>
  is_presenter: Generated<boolean>
  confirmed_at: Timestamp | null
  invite_token_hash: string | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ConferenceReviewers {
  id: Generated<string>
  conference_id: string
  person_id: string | null
  email: string | null
  state: Generated<ReviewerState>
  track_ids: Generated<string[]>
  topics: Generated<string[]>
  invite_token_hash: string | null
  invited_by: Generated<string | null>
  responded_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ReviewerConflicts {
  id: Generated<string>
  reviewer_id: string
  person_id: string | null
  institution_id: string | null
  submission_id: string | null
  reason: string | null
  declared_by: Generated<string | null>
  created_at: DefaultTimestamp
}

export interface Coauthorships {
  id: Generated<string>
  person_id: string
  coauthor_id: string
  year: number
  created_at: DefaultTimestamp
}

export interface ReviewAssignments {
  id: Generated<string>
  submission_id: string
  reviewer_id: string
  assigned_by: Generated<string | null>
  due_at: Timestamp | null
  created_at: DefaultTimestamp
}

export interface Reviews {
  id: Generated<string>
  assignment_id: string
  scores: JSONColumnType<Record<string, number>, string, string>
  comment_to_authors: Generated<string>
  comment_to_chair: Generated<string>
  submitted_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ConferenceDecisions {
  id: Generated<string>
  submission_id: string
  outcome: DecisionOutcome
  accepted_type: AcceptedType | null
  note_to_authors: Generated<string>
  decided_by: Generated<string | null>
  created_at: DefaultTimestamp
}

export interface ConferenceSubmissionTransitions {
  action: string
  from_state: SubmissionState
  to_state: SubmissionState
  side: 'author' | 'chair'
}

export interface ProgrammeSessions {
  id: Generated<string>
  conference_id: string
  room_id: string | null
  track_id: string | null
  title: DefaultLocalized
  starts_at: Timestamp
  ends_at: Timestamp
  /** Copied from the conference's activity by the database; any value written is replaced. */
  time_zone: ColumnType<string, string | undefined, string>
  language: string
  interpretation_languages: Generated<string[]>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ProgrammeSessionChairs {
  session_id: string
  person_id: string
  created_at: DefaultTimestamp
}

export interface ProgrammeSlots {
  id: Generated<string>
  session_id: string
  submission_id: string
  position: Generated<number>
  starts_at: Timestamp | null
  ends_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

/** A talk a person stars in a published programme, for their agenda (20261211030000_conference_agenda.sql). */
export interface ConferenceAgendaItems {
  person_id: string
  submission_id: string
  created_at: DefaultTimestamp
}

export interface ConferenceTables {
  conferences: Conferences
  conference_agenda_items: ConferenceAgendaItems
  conference_chairs: ConferenceChairs
  conference_tracks: ConferenceTracks
  conference_submissions: ConferenceSubmissions
  submission_authors: SubmissionAuthors
  conference_reviewers: ConferenceReviewers
  reviewer_conflicts: ReviewerConflicts
  coauthorships: Coauthorships
  review_assignments: ReviewAssignments
  reviews: Reviews
  conference_decisions: ConferenceDecisions
  conference_submission_transitions: ConferenceSubmissionTransitions
  programme_sessions: ProgrammeSessions
  programme_session_chairs: ProgrammeSessionChairs
  programme_slots: ProgrammeSlots
}
