/** The words of the conference tables, the same lists as the checks of migration 20261210000000_conferences.sql. */
export const SUBMISSION_TYPES = ['talk', 'poster', 'workshop', 'panel'] as const
export type SubmissionType = typeof SUBMISSION_TYPES[number]

/** What an accepted submission is presented as. */
export const ACCEPTED_TYPES = ['talk', 'poster'] as const
export type AcceptedType = typeof ACCEPTED_TYPES[number]

export const SUBMISSION_STATES = ['draft', 'submitted', 'under_review', 'accepted', 'accepted_with_revisions', 'rejected',
  'camera_ready', 'scheduled', 'withdrawn'] as const
export type SubmissionState = typeof SUBMISSION_STATES[number]

/** Whether reviewers first review without the authors' names and institutions, then openly; or openly from the start. */
export const REVIEW_MODES = ['anonymised_then_open', 'open'] as const
export type ReviewMode = typeof REVIEW_MODES[number]

export const REVIEWER_STATES = ['invited', 'accepted', 'declined'] as const
export type ReviewerState = typeof REVIEWER_STATES[number]

export const DECISION_OUTCOMES = ['accept', 'accept_with_revisions', 'reject'] as const
export type DecisionOutcome = typeof DECISION_OUTCOMES[number]

/** Why a reviewer may not review a submission (private.review_conflicts); 'unknown' when the asker may not know. */
export const CONFLICT_KINDS = ['author', 'institution', 'coauthor', 'declared', 'unknown'] as const
export type ConflictKind = typeof CONFLICT_KINDS[number]

/** What the timetable editor warns about (private.programme_conflicts). */
export const PROGRAMME_CONFLICT_KINDS = ['room_double_booked', 'speaker_double_booked', 'outside_conference_days'] as const
export type ProgrammeConflictKind = typeof PROGRAMME_CONFLICT_KINDS[number]

/** Review scores: each criterion an integer on this scale. */
export const SCORE_MIN = 1
export const SCORE_MAX = 5
export const DEFAULT_REVIEW_CRITERIA = ['relevance', 'originality', 'clarity', 'overall'] as const
