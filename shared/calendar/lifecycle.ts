import type { ActivityState } from './vocabulary'

export interface ActivityTransition {
  action: 'publish' | 'open_registration' | 'close_registration' | 'reopen_registration' | 'mark_held' | 'mark_evaluated' | 'cancel'
  from: readonly ActivityState[]
  to: ActivityState
  /** The step needs a reason (a cancellation tells registrants why). */
  reasonRequired?: boolean
  /** Registrants are told of this step in their language. */
  notifyRegistrants?: boolean
}
export type ActivityAction = ActivityTransition['action']

/**
 * The one table of the activity lifecycle, read by the service, the pages (which buttons organisers see) and the
 * tests; public.activity_transitions holds the same rows (a test compares them). Organisers take every step.
 */
export const ACTIVITY_TRANSITIONS: readonly ActivityTransition[] = [
  { action: 'publish', from: ['draft'], to: 'published' },
  { action: 'open_registration', from: ['published'], to: 'registration_open' },
  { action: 'close_registration', from: ['registration_open'], to: 'closed' },
  { action: 'reopen_registration', from: ['closed'], to: 'registration_open' },
  { action: 'mark_held', from: ['registration_open', 'closed'], to: 'held' },
  { action: 'mark_evaluated', from: ['held'], to: 'evaluated' },
  { action: 'cancel', from: ['draft', 'published', 'registration_open', 'closed'], to: 'cancelled', reasonRequired: true, notifyRegistrants: true },
]

export function findActivityTransition(action: ActivityAction, from: ActivityState) {
  return ACTIVITY_TRANSITIONS.find(t => t.action === action && t.from.includes(from))
}

/** The steps organisers can take from a state: the buttons they see. */
export function activityActionsFrom(state: ActivityState): ActivityAction[] {
  return ACTIVITY_TRANSITIONS.filter(t => t.from.includes(state)).map(t => t.action)
}
