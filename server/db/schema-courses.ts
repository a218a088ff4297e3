import type { ColumnType, Generated } from 'kysely'
import type { CourseTerm } from '../../shared/courses/catalogue'
import type { DefaultTimestamp, Localized } from './column-types'

/** numeric columns read as text (node-postgres and PGlite keep their precision); written as numbers. */
type Numeric = ColumnType<string, number | string, number | string>

/** A course unit of an institution's catalogue; credits in the institution's own credit system. */
export interface CourseUnits {
  id: Generated<string>
  institution_id: string
  code: string
  title: Localized
  description: Localized
  learning_outcomes: Localized
  credits: Numeric
  contact_hours: ColumnType<string | null, number | string | null, number | string | null>
  workload_hours: Numeric
  eqf_level: number | null
  isced_level: number | null
  isced_field: string | null
  languages: string[]
  term: CourseTerm
  active: Generated<boolean>
  created_by: Generated<string | null>
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface CourseTables {
  course_units: CourseUnits
}
