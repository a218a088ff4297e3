import type { Generated } from 'kysely'
import type { HolidayKind, PeriodKind } from '../../shared/calendar/holidays'
import type { DateOnly, DefaultTimestamp, Localized, Timestamp } from './column-types'

/** A public holiday, or a make-up working day (China's 调休), in one country. */
export interface PublicHolidays {
  id: Generated<string>
  country: string
  day: DateOnly
  /** Generated from day. */
  year: Generated<number>
  name: Localized
  kind: HolidayKind
  source: string
  /** Set by the database when a person writes the row; null for rows from the library seed. */
  edited_by: Generated<string | null>
  edited_at: Generated<Timestamp | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

/** A term, exam period or break of an institution. */
export interface InstitutionPeriods {
  id: Generated<string>
  institution_id: string
  kind: PeriodKind
  starts_on: DateOnly
  ends_on: DateOnly
  name: Localized
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface HolidayTables {
  public_holidays: PublicHolidays
  institution_periods: InstitutionPeriods
}
