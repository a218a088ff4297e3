import type { PlanState } from './plan-vocabulary'

/** Who takes a step of the plan: the secretariat compiles and submits it; the executive committee decides. */
export type PlanSide = 'secretariat' | 'committee'

export interface PlanTransition {
  action: 'submit' | 'return' | 'approve'
  from: PlanState
  to: PlanState
  by: PlanSide
}
export type PlanAction = PlanTransition['action']

/**
 * The one table of the plan's lifecycle, read by the service, the page (which buttons to show) and the
 * tests; the migration copies it into public.activity_plan_transitions, and a db test keeps the two equal.
 */
export const PLAN_TRANSITIONS: readonly PlanTransition[] = [
  { action: 'submit', from: 'draft', to: 'submitted', by: 'secretariat' },
  { action: 'return', from: 'submitted', to: 'draft', by: 'committee' },
  { action: 'approve', from: 'submitted', to: 'approved', by: 'committee' },
]

export function findPlanTransition(action: PlanAction, from: PlanState) {
  return PLAN_TRANSITIONS.find(t => t.action === action && t.from === from)
}

/** The steps a person on these sides may take from a state: the buttons they see. */
export function planActionsFor(sides: readonly PlanSide[], state: PlanState): PlanAction[] {
  return PLAN_TRANSITIONS.filter(t => t.from === state && sides.includes(t.by)).map(t => t.action)
}
