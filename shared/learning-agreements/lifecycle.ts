/**
 * The learning agreement's version lifecycle, one table for the service, the pages (which buttons to show) and the
 * tests. The database holds the same steps (public.learning_agreement_transitions; tests/db keeps them equal) and
 * takes the step proposed → signed itself when the third signature with the version's hash arrives.
 */
export const LA_VERSION_STATES = ['draft', 'proposed', 'signed', 'rejected'] as const
export type LearningAgreementVersionState = typeof LA_VERSION_STATES[number]

export const LA_PARTIES = ['student', 'sending', 'receiving'] as const
export type LearningAgreementParty = typeof LA_PARTIES[number]

export const LA_SIDES = ['host', 'home'] as const
export type LearningAgreementSide = typeof LA_SIDES[number]

export type LearningAgreementAction = 'propose' | 'reject'

export interface LearningAgreementTransition {
  action: LearningAgreementAction
  from: LearningAgreementVersionState
  to: LearningAgreementVersionState
  by: readonly LearningAgreementParty[]
}

export const LA_TRANSITIONS: readonly LearningAgreementTransition[] = [
  { action: 'propose', from: 'draft', to: 'proposed', by: ['student', 'sending'] },
  { action: 'reject', from: 'proposed', to: 'rejected', by: ['student', 'sending', 'receiving'] },
]

/** Drafting (a new version, its lines) is the student's and the sending office's: the sending institution holds the master copy. */
export const LA_DRAFTING_PARTIES: readonly LearningAgreementParty[] = ['student', 'sending']

/** Application states in which a learning agreement is drafted or changed (private.learning_agreement_open_states). */
export const LA_OPEN_APPLICATION_STATES = ['nominated', 'info_requested', 'accepted', 'confirmed', 'in_mobility'] as const

/** A version is open while drafted or proposed; one at a time. */
export const LA_OPEN_STATES: readonly LearningAgreementVersionState[] = ['draft', 'proposed']

export function laTransition(action: LearningAgreementAction, from: LearningAgreementVersionState) {
  return LA_TRANSITIONS.find(t => t.action === action && t.from === from) ?? null
}
