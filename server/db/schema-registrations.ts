import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { RegistrationState } from '../../shared/calendar/vocabulary'
import type { Timestamp, DefaultTimestamp } from './column-types'

/** Places an activity reserves for one partner institution (migration 20261207030000_registrations.sql). */
export interface ActivityQuotas {
  activity_id: string
  institution_id: string
  places: number
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface Registrations {
  id: Generated<string>
  activity_id: string
  person_id: string
  institution_id: string
  state: RegistrationState
  /** bigint from the waitlist's sequence: read as text by node-postgres, a number by PGlite. */
  position: ColumnType<string | number, unknown, unknown>
  offered_at: Timestamp | null
  offer_expires_at: Timestamp | null
  registered_by: string | null
  checkin_code: Generated<string>
  cancelled_at: Timestamp | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface RegistrationAnswers {
  registration_id: string
  answers: JSONColumnType<Record<string, string | boolean>, string, string>
  updated_at: DefaultTimestamp
}

export interface Attendance {
  registration_id: string
  session_id: string
  checked_in_at: DefaultTimestamp
  checked_in_by: Generated<string | null>
}

export interface RegistrationReminders {
  registration_id: string
  days: number
  sent_at: DefaultTimestamp
}

export interface RegistrationTables {
  activity_quotas: ActivityQuotas
  registrations: Registrations
  registration_answers: RegistrationAnswers
  attendance: Attendance
  registration_reminders: RegistrationReminders
}
