import type { RegistrationState } from './vocabulary'

/** Who may take a step on a registration: the person, their institution's office, the activity's organisers, or the service. */
export type RegistrationSide = 'person' | 'office' | 'organiser' | 'system'
export type RegistrationAction = 'cancel' | 'accept' | 'decline' | 'offer' | 'expire'

export interface RegistrationTransition {
  action: RegistrationAction
  from: readonly RegistrationState[]
  to: RegistrationState
  by: readonly RegistrationSide[]
}

/** The one table of registration steps, read by the service, the pages (which buttons) and the tests. */
export const REGISTRATION_TRANSITIONS: readonly RegistrationTransition[] = [
  { action: 'cancel', from: ['confirmed', 'waitlisted', 'offered'], to: 'cancelled', by: ['person', 'office', 'organiser'] },
  { action: 'accept', from: ['offered'], to: 'confirmed', by: ['person', 'office'] },
  { action: 'decline', from: ['offered'], to: 'declined', by: ['person', 'office'] },
  { action: 'offer', from: ['waitlisted'], to: 'offered', by: ['system'] },
  { action: 'expire', from: ['offered'], to: 'expired', by: ['system'] },
]

/** A confirmed registration and an open offer each hold a place (as private.holds_place says). */
export const PLACE_HOLDING_REGISTRATION_STATES: readonly RegistrationState[] = ['confirmed', 'offered']
/** States in which a person counts as registered: a second registration is refused. */
export const ACTIVE_REGISTRATION_STATES: readonly RegistrationState[] = ['confirmed', 'waitlisted', 'offered']

export function findRegistrationTransition(action: RegistrationAction, from: RegistrationState): RegistrationTransition | undefined {
  return REGISTRATION_TRANSITIONS.find(t => t.action === action && t.from.includes(from))
}

/** The steps these sides may take on a registration in this state: the buttons a page shows. */
export function registrationActionsFor(state: RegistrationState, sides: readonly RegistrationSide[]): RegistrationAction[] {
  return REGISTRATION_TRANSITIONS.filter(t => t.from.includes(state) && t.by.some(side => sides.includes(side))).map(t => t.action)
}
