import { FORM_PURPOSES, type FormPurpose } from './form-definition'

/** The words of evaluation's tables, the same lists as the enums of migration 20261208000000_evaluation.sql. */
export const EVALUATION_PURPOSES = FORM_PURPOSES
export type EvaluationPurpose = FormPurpose

export const EVALUATION_VERSION_STATES = ['draft', 'published'] as const
export type EvaluationVersionState = typeof EVALUATION_VERSION_STATES[number]

/** What an instance is attached to: an activity (with a timing), a mobility call (on completion), or a list of recipients. */
export const EVALUATION_TARGETS = ['activity', 'mobility', 'list'] as const
export type EvaluationTarget = typeof EVALUATION_TARGETS[number]

export const EVALUATION_TIMINGS = ['before', 'after', 'follow_up'] as const
export type EvaluationTiming = typeof EVALUATION_TIMINGS[number]

export const EVALUATION_ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const
export type EvaluationActionStatus = typeof EVALUATION_ACTION_STATUSES[number]
/** Statuses in which an action past its due date is overdue (and its owner reminded). */
export const OPEN_ACTION_STATUSES: readonly EvaluationActionStatus[] = ['open', 'in_progress']

/** Below this many answers a breakdown is hidden (k-anonymity). */
export const K_ANONYMITY = 5
