import type { AgreementState } from './vocabulary'

/** Who may take a step: a party's staff (or the secretariat), or the system itself (jobs and guards). */
export type Actor = 'party' | 'system'

export interface AgreementTransition {
  action: 'open_negotiation' | 'request_signatures' | 'reopen' | 'activate' | 'flag_expiring' | 'renew' | 'expire' | 'terminate'
  from: readonly AgreementState[]
  to: AgreementState
  by: Actor
  /** A condition checked by the service before the step; the UI shows the step as waiting on it. */
  guard?: 'allPartiesApproved' | 'allPartiesSigned' | 'successorInForce'
  reasonRequired?: boolean
}

export type AgreementAction = AgreementTransition['action']

/**
 * The one list of states in which an agreement is in force: public, renewable, giving quota places.
 * The database has its twin, private.agreement_in_force_states() (a db test keeps them equal).
 */
export const IN_FORCE_STATES = ['active', 'expiring'] as const satisfies readonly AgreementState[]
export type InForceState = (typeof IN_FORCE_STATES)[number]

export function isInForce(state: AgreementState): state is InForceState {
  return (IN_FORCE_STATES as readonly AgreementState[]).includes(state)
}

/** The one table of the agreement lifecycle: the service, the buttons on the page and the tests read it. */
export const AGREEMENT_TRANSITIONS: readonly AgreementTransition[] = [
  { action: 'open_negotiation', from: ['draft'], to: 'in_negotiation', by: 'party' },
  { action: 'request_signatures', from: ['in_negotiation'], to: 'awaiting_signatures', by: 'system', guard: 'allPartiesApproved' },
  { action: 'reopen', from: ['awaiting_signatures'], to: 'in_negotiation', by: 'party' },
  { action: 'activate', from: ['awaiting_signatures'], to: 'active', by: 'system', guard: 'allPartiesSigned' },
  { action: 'flag_expiring', from: ['active'], to: 'expiring', by: 'system' },
  // A renewal is a successor agreement, negotiated and signed like any other (or made by the job
  // when the agreement renews itself); the old one stays in force until its successor is.
  { action: 'renew', from: IN_FORCE_STATES, to: 'renewed', by: 'system', guard: 'successorInForce' },
  { action: 'expire', from: IN_FORCE_STATES, to: 'expired', by: 'system' },
  { action: 'terminate', from: ['draft', 'in_negotiation', 'awaiting_signatures', ...IN_FORCE_STATES], to: 'terminated', by: 'party', reasonRequired: true },
]

/** States in which the content may change (each change is a new version). */
export const EDITABLE_STATES: readonly AgreementState[] = ['draft', 'in_negotiation']
/** Parties approve a version while negotiating, and sign it once every party has approved it. */
export const APPROVABLE_STATES: readonly AgreementState[] = ['in_negotiation']
export const SIGNABLE_STATES: readonly AgreementState[] = ['awaiting_signatures']
/** What a party's staff can do by hand: the party rows of the table, and starting a renewal. */
export type PartyStep = AgreementAction | 'start_renewal'
/** Days before the end at which the parties' contacts are reminded; the first also flags the agreement as expiring. */
export const REMINDER_THRESHOLDS = [90, 30] as const

export function findTransition(action: AgreementAction, from: AgreementState): AgreementTransition | undefined {
  return AGREEMENT_TRANSITIONS.find(t => t.action === action && t.from.includes(from))
}

/** The steps a party's staff can take by hand from a state (buttons on the agreement page). */
export function partyActions(state: AgreementState): PartyStep[] {
  const steps: PartyStep[] = AGREEMENT_TRANSITIONS.filter(t => t.by === 'party' && t.from.includes(state)).map(t => t.action)
  // A renewal (a successor draft) is started for an agreement in force.
  return isInForce(state) ? ['start_renewal', ...steps] : steps
}
