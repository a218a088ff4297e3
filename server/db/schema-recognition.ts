import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { LocalizedText } from '../../shared/localized-text'
import type { GradePart } from '../../shared/recognition/grade-combination'
import type { RecognitionOutcome, RecognitionState, TranscriptResultStatus, TranscriptState } from '../../shared/recognition/lifecycle'
import type { DefaultTimestamp } from './column-types'

type Numeric = ColumnType<string, number | string, number | string>
type NullableNumeric = ColumnType<string | null, number | string | null | undefined, number | string | null>
type NullableLocalized = JSONColumnType<LocalizedText | null, string | null | undefined, string | null>

export interface Transcripts {
  id: Generated<string>
  learning_agreement_id: string
  version_id: string
  state: Generated<TranscriptState>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  issued_by: ColumnType<string | null, never, never>
  issued_at: ColumnType<Date | null, never, never>
}

export interface TranscriptResults {
  id: Generated<string>
  transcript_id: string
  component_id: string
  status: TranscriptResultStatus
  grade_scale_id: string | null
  grade_value: string | null
  credits: Numeric
  shared_with_home: Generated<boolean>
  entered_by: Generated<string>
  updated_at: DefaultTimestamp
}

export interface RecognitionDecisions {
  id: Generated<string>
  learning_agreement_id: string
  home_component_id: string
  /** Copied from the learning agreement by the database. */
  sending_institution_id: ColumnType<string, string | undefined, never>
  receiving_institution_id: ColumnType<string, string | undefined, never>
  state: Generated<RecognitionState>
  outcome: RecognitionOutcome | null
  recognized_code: string | null
  recognized_title: NullableLocalized
  credits: NullableNumeric
  conversion_id: string | null
  grade_scale_id: string | null
  grade_value: string | null
  grade_note: string | null
  /** Each passed host result's converted grade, when they were combined (shared/recognition/grade-combination.ts). */
  grade_parts: JSONColumnType<GradePart[] | null, string | null | undefined, string | null>
  /** The learning agreement's programme when decided: set by the database. */
  home_programme: ColumnType<string | null, never, never>
  justification: NullableLocalized
  justification_language: string | null
  decided_by: ColumnType<string | null, never, never>
  decided_at: ColumnType<Date | null, never, never>
  appeal_comment: string | null
  appealed_at: ColumnType<Date | null, never, never>
  resolution_comment: string | null
  resolved_by: ColumnType<string | null, never, never>
  resolved_at: ColumnType<Date | null, never, never>
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface RecognitionTransitions {
  from_state: RecognitionState
  to_state: RecognitionState
  actor: 'student' | 'sending'
}

export interface RecognitionTotals {
  learning_agreement_id: string
  application_id: string
  credits_recognized: string
  credits_refused: string
  credits_pending: string
  components_recognized: number
  components_refused: number
}

export interface RecognitionTables {
  transcripts: Transcripts
  transcript_results: TranscriptResults
  recognition_decisions: RecognitionDecisions
  recognition_transitions: RecognitionTransitions
  recognition_totals: RecognitionTotals
}
