import type { ColumnType, Generated } from 'kysely'
import type { PlanItemKind, PlanItemState, PlanState } from '../../shared/calendar/plan-vocabulary'
import type { DateOnly, DefaultTimestamp, Localized, Timestamp } from './column-types'

export interface ActivityPlans {
  id: Generated<string>
  academic_year: string
  state: ColumnType<PlanState, PlanState | undefined, PlanState>
  approved_by: string | null
  approved_at: Timestamp | null
  decided_in_meeting_id: string | null
  created_by: Generated<string>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ActivityPlanItems {
  id: Generated<string>
  plan_id: string
  kind: PlanItemKind
  title: Localized
  audience: Localized
  /** The first day of the month the activity is planned for. */
  month: DateOnly
  organiser_institution_id: string
  budget_line: Localized
  budget_amount: ColumnType<string | null, string | number | null, string | number | null>
  currency: string | null
  expected_participants: number | null
  proposed_by: Generated<string>
  state: ColumnType<PlanItemState, PlanItemState | undefined, PlanItemState>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ActivityPlanTransitions {
  action: string
  from_state: PlanState
  to_state: PlanState
  side: 'secretariat' | 'committee'
}

export interface ActivityPlanTables {
  activity_plans: ActivityPlans
  activity_plan_items: ActivityPlanItems
  activity_plan_transitions: ActivityPlanTransitions
}
