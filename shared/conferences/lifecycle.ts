import type { SubmissionState } from './vocabulary'

/** Who takes a step of a submission: its authors, or the conference's chairs. */
export type SubmissionSide = 'author' | 'chair'

export interface SubmissionTransition {
  action: 'submit' | 'withdraw' | 'start_review' | 'accept' | 'accept_with_revisions' | 'reject' | 'upload_camera_ready'
    | 'schedule' | 'unschedule'
  from: SubmissionState
  to: SubmissionState
  by: SubmissionSide
}
export type SubmissionAction = SubmissionTransition['action']

/**
 * The one table of a submission's lifecycle, read by the service, the pages (which buttons to show) and the tests;
 * migration 20261210000000_conferences.sql copies it into public.conference_submission_transitions and its guard
 * enforces it (a db test keeps the two equal). Withdrawal is open in any state before the decision.
 */
export const SUBMISSION_TRANSITIONS: readonly SubmissionTransition[] = [
  { action: 'submit', from: 'draft', to: 'submitted', by: 'author' },
  { action: 'withdraw', from: 'draft', to: 'withdrawn', by: 'author' },
  { action: 'withdraw', from: 'submitted', to: 'withdrawn', by: 'author' },
  { action: 'withdraw', from: 'under_review', to: 'withdrawn', by: 'author' },
  { action: 'start_review', from: 'submitted', to: 'under_review', by: 'chair' },
  { action: 'accept', from: 'under_review', to: 'accepted', by: 'chair' },
  { action: 'accept_with_revisions', from: 'under_review', to: 'accepted_with_revisions', by: 'chair' },
  { action: 'reject', from: 'under_review', to: 'rejected', by: 'chair' },
  { action: 'upload_camera_ready', from: 'accepted', to: 'camera_ready', by: 'author' },
  { action: 'upload_camera_ready', from: 'accepted_with_revisions', to: 'camera_ready', by: 'author' },
  { action: 'schedule', from: 'camera_ready', to: 'scheduled', by: 'chair' },
  { action: 'unschedule', from: 'scheduled', to: 'camera_ready', by: 'chair' },
]

export function findSubmissionTransition(action: SubmissionAction, from: SubmissionState) {
  return SUBMISSION_TRANSITIONS.find(t => t.action === action && t.from === from)
}

/** The steps a person on these sides may take from a state: the buttons they see. */
export function submissionActionsFor(sides: readonly SubmissionSide[], state: SubmissionState): SubmissionAction[] {
  return SUBMISSION_TRANSITIONS.filter(t => t.from === state && sides.includes(t.by)).map(t => t.action)
}

/** Content (title, abstract, authors, file) is edited in these states, before the deadline. */
export const EDITABLE_SUBMISSION_STATES: readonly SubmissionState[] = ['draft', 'submitted']
