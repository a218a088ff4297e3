import type { ApplicationState } from './vocabulary'

/** Who takes a step: the applicant, the home (sending) office, the host (receiving) office. */
export type ApplicationSide = 'applicant' | 'home' | 'host'

export interface ApplicationTransition {
  action: 'submit' | 'return_for_changes' | 'reject_home' | 'nominate' | 'request_info' | 'answer_info'
    | 'accept' | 'reject_host' | 'confirm' | 'decline' | 'depart' | 'complete' | 'withdraw'
  from: readonly ApplicationState[]
  to: ApplicationState
  by: readonly ApplicationSide[]
  /** The step needs a text: a reason for a refusal, a question, or an answer. */
  textRequired?: boolean
  /** Who is told: the other side(s) of the exchange. */
  notify: readonly ApplicationSide[]
}

export type ApplicationAction = ApplicationTransition['action']

/**
 * The one table of the application lifecycle, read by the service, by the pages (which buttons each
 * side sees) and by the tests. Outgoing (home office) and incoming (host office) views are two views
 * of the same rows.
 */
export const APPLICATION_TRANSITIONS: readonly ApplicationTransition[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', by: ['applicant'], notify: ['home'] },
  { action: 'return_for_changes', from: ['submitted'], to: 'returned', by: ['home'], textRequired: true, notify: ['applicant'] },
  { action: 'reject_home', from: ['submitted'], to: 'home_rejected', by: ['home'], textRequired: true, notify: ['applicant'] },
  { action: 'nominate', from: ['submitted'], to: 'nominated', by: ['home'], notify: ['applicant', 'host'] },
  { action: 'request_info', from: ['nominated'], to: 'info_requested', by: ['host'], textRequired: true, notify: ['applicant', 'home'] },
  { action: 'answer_info', from: ['info_requested'], to: 'nominated', by: ['applicant'], textRequired: true, notify: ['host', 'home'] },
  { action: 'accept', from: ['nominated'], to: 'accepted', by: ['host'], notify: ['applicant', 'home'] },
  { action: 'reject_host', from: ['nominated', 'info_requested'], to: 'host_rejected', by: ['host'], textRequired: true, notify: ['applicant', 'home'] },
  { action: 'confirm', from: ['accepted'], to: 'confirmed', by: ['applicant'], notify: ['home', 'host'] },
  { action: 'decline', from: ['accepted'], to: 'declined', by: ['applicant'], notify: ['home', 'host'] },
  { action: 'depart', from: ['confirmed'], to: 'in_mobility', by: ['home', 'host'], notify: ['applicant', 'home', 'host'] },
  { action: 'complete', from: ['in_mobility'], to: 'completed', by: ['home', 'host'], notify: ['applicant', 'home', 'host'] },
  {
    action: 'withdraw', from: ['draft', 'submitted', 'returned', 'nominated', 'info_requested', 'accepted', 'confirmed'],
    to: 'withdrawn', by: ['applicant'], notify: ['home', 'host'],
  },
]

/** The applicant edits the form only here. */
export const APPLICANT_EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'returned']
/** The host office sees an application from the nomination on. */
export const HOST_VISIBLE_STATES: readonly ApplicationState[] = [
  'nominated', 'info_requested', 'host_rejected', 'accepted', 'confirmed', 'declined', 'in_mobility', 'completed',
]
/** A nomination holds a place under the agreement's quota in these states; leaving them gives the place back. */
export const PLACE_HOLDING_STATES: readonly ApplicationState[] = ['nominated', 'info_requested', 'accepted', 'confirmed', 'in_mobility', 'completed']

export function findApplicationTransition(action: ApplicationAction, from: ApplicationState) {
  return APPLICATION_TRANSITIONS.find(t => t.action === action && t.from.includes(from))
}

/** The steps one side can take from a state: the buttons that side sees. */
export function actionsFor(side: ApplicationSide, state: ApplicationState): ApplicationAction[] {
  return APPLICATION_TRANSITIONS.filter(t => t.by.includes(side) && t.from.includes(state)).map(t => t.action)
}
