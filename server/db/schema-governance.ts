import type { Generated, JSONColumnType } from 'kysely'
import type { BodyKind, DecisionStatus, JoinRequestStatus } from '../../shared/governance/vocabulary'
import type { InstitutionKind } from '../../shared/roles'
import type { NoticeParams } from '../../shared/notices'
import type { Timestamp, DefaultTimestamp, DateOnly, Localized } from './column-types'

export interface GovernanceBodies {
  id: Generated<string>
  kind: BodyKind
  name: Localized
  mandate: Localized
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface BodyMembers {
  id: Generated<string>
  body_id: string
  user_id: string
  institution_id: string
  position: Localized
  term_start: DateOnly
  term_end: DateOnly | null
  created_at: DefaultTimestamp
}

export interface Meetings {
  id: Generated<string>
  body_id: string
  title: Localized
  starts_at: Timestamp
  time_zone: string
  duration_minutes: Generated<number>
  location: Localized
  agenda: Localized
  minutes: Localized
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface MeetingFiles {
  meeting_id: string
  file_id: string
  added_by: Generated<string | null>
  added_at: DefaultTimestamp
}

export interface MeetingDecisions {
  id: Generated<string>
  meeting_id: string
  text: Localized
  status: Generated<DecisionStatus>
  owner_id: string | null
  due_on: DateOnly | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface JoinRequests {
  id: Generated<string>
  requested_by: Generated<string>
  slug: string
  kind: InstitutionKind
  country: string
  city: Localized
  name: Localized
  description: Localized
  motivation: Localized
  website: string | null
  status: Generated<JoinRequestStatus>
  decided_by: string | null
  decided_at: Timestamp | null
  decision_reason: string | null
  institution_id: string | null
  created_at: DefaultTimestamp
}

export interface Notifications {
  id: Generated<string>
  user_id: string
  kind: string
  params: JSONColumnType<NoticeParams>
  link: string | null
  created_at: DefaultTimestamp
  read_at: Timestamp | null
}

export interface GovernanceTables {
  governance_bodies: GovernanceBodies
  body_members: BodyMembers
  meetings: Meetings
  meeting_files: MeetingFiles
  meeting_decisions: MeetingDecisions
  join_requests: JoinRequests
  notifications: Notifications
}
