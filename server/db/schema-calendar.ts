import type { Generated } from 'kysely'
import type { ActivityKind, ActivityState, VenueMode } from '../../shared/calendar/vocabulary'
import type { MemberRole } from '../../shared/roles'
import type { Timestamp, DefaultTimestamp, Localized } from './column-types'

export interface Venues {
  id: Generated<string>
  institution_id: string
  name: Localized
  address: Generated<string>
  city: Localized
  country: string
  time_zone: string
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface Rooms {
  id: Generated<string>
  venue_id: string
  name: Localized
  capacity: number | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface Activities {
  id: Generated<string>
  kind: ActivityKind
  state: Generated<ActivityState>
  title: Localized
  summary: Localized
  description: Localized
  audience: Localized
  working_languages: Generated<string[]>
  interpretation: Generated<boolean>
  mode: Generated<VenueMode>
  venue_id: string | null
  online_url: string | null
  time_zone: string
  capacity: number | null
  registration_opens_at: Timestamp | null
  registration_closes_at: Timestamp | null
  eligible_roles: Generated<MemberRole[]>
  eligible_institution_ids: Generated<string[]>
  offer_hours: Generated<number>
  reminder_days: Generated<number[]>
  fee_note: Localized
  questions: Generated<string[]>
  plan_item_id: string | null
  previous_run_id: Generated<string | null>
  cancel_reason: string | null
  created_by: Generated<string | null>
  revision: Generated<number>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ActivityOrganisers {
  activity_id: string
  institution_id: string
  created_at: DefaultTimestamp
}

export interface ActivityInvitees {
  activity_id: string
  institution_id: string
  created_at: DefaultTimestamp
}

export interface ActivitySeries {
  id: Generated<string>
  activity_id: string
  rrule: string
  first_starts_at: Timestamp
  duration_minutes: number
  time_zone: string
  /** Calendar days (YYYY-MM-DD) left out of the rule. */
  exceptions: Generated<string[]>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ActivitySessions {
  id: Generated<string>
  activity_id: string
  title: Localized
  starts_at: Timestamp
  ends_at: Timestamp
  time_zone: string
  room_id: string | null
  online_url: string | null
  series_id: string | null
  cancelled_at: Timestamp | null
  moved_from_starts_at: Timestamp | null
  sequence: Generated<number>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface ActivityEvents {
  id: Generated<string>
  activity_id: string
  actor_id: string | null
  action: string
  from_state: ActivityState
  to_state: ActivityState
  reason: string | null
  created_at: DefaultTimestamp
}

export interface ActivityTransitions {
  action: string
  from_state: ActivityState
  to_state: ActivityState
}

export interface CalendarTables {
  venues: Venues
  rooms: Rooms
  activities: Activities
  activity_organisers: ActivityOrganisers
  activity_invitees: ActivityInvitees
  activity_series: ActivitySeries
  activity_sessions: ActivitySessions
  activity_events: ActivityEvents
  activity_transitions: ActivityTransitions
}
