import type { AgreementState } from './vocabulary'
import { addMonthsTo } from '../dates'

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

/**
 * A renewal is negotiated in the last six months of the term: early enough to sign before the end,
 * late enough that the terms renewed are the ones that worked. The reminders (90 and 30 days) fall inside.
 */
export const RENEWAL_WINDOW_MONTHS = 6

/** The first day a renewal may be started for a term ending endsOn: 2031-08-31 → 2031-02-28. */
export function renewalOpensOn(endsOn: string): string {
  return addMonthsTo(endsOn, -RENEWAL_WINDOW_MONTHS)
}

/** Whether a renewal may be started today: the agreement is in force and its term ends within the window. */
export function canStartRenewal(state: AgreementState, endsOn: string | null, today: string): boolean {
  return isInForce(state) && endsOn !== null && today >= renewalOpensOn(endsOn)
}

/** The steps a party's staff can take by hand from a state on a day (buttons on the agreement page). */
export function partyActions(state: AgreementState, endsOn: string | null, today: string): PartyStep[] {
  const steps: PartyStep[] = AGREEMENT_TRANSITIONS.filter(t => t.by === 'party' && t.from.includes(state)).map(t => t.action)
  // A renewal (a successor draft) is started for an agreement in force near the end of its term.
  return canStartRenewal(state, endsOn, today) ? ['start_renewal', ...steps] : steps
}
