import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { LocalizedText } from '../../shared/localized-text'
import type { RoundingRule, TrailStep } from '../../shared/credits/conversion'
import type { StudyLevel } from '../../shared/agreements/vocabulary'
import type { DefaultTimestamp, Localized } from './column-types'

/** numeric comes back as a string (exact); written as a number or a string. */
type Numeric = ColumnType<string, number | string, number | string>
type DefaultLocalized = ColumnType<LocalizedText, LocalizedText | string | undefined, LocalizedText | string>

export interface CreditSystems {
  id: string
  name: Localized
  country: string | null
  per_institution: Generated<boolean>
  position: Generated<number>
  created_at: DefaultTimestamp
}

export interface CreditSystemVersions {
  id: Generated<string>
  system_id: string
  version: number
  workload_hours: Numeric | null
  workload_min: Numeric | null
  workload_max: Numeric | null
  contact_hours: Numeric | null
  variants: ColumnType<Record<string, number>, string | undefined, string>
  summary: DefaultLocalized
  source: string
  valid_from: ColumnType<string, string | undefined, string>
  created_at: DefaultTimestamp
}

export interface InstitutionCreditRules {
  id: Generated<string>
  institution_id: string
  version: number
  system_version_id: string
  factor_override: Numeric | null
  rounding: ColumnType<RoundingRule, RoundingRule | undefined, RoundingRule>
  decimals: Generated<number>
  created_by: ColumnType<string | null, string | undefined, string | null>
  created_at: DefaultTimestamp
}

export interface CreditConversions {
  id: Generated<string>
  institution_id: string
  source_version_id: string
  target_version_id: string
  source_rule_id: string | null
  target_rule_id: string | null
  credits: Numeric
  result: Numeric
  trail: JSONColumnType<TrailStep[], string, string>
  created_by: ColumnType<string | null, string | undefined, string | null>
  created_at: DefaultTimestamp
}

export interface GradingScales {
  id: Generated<string>
  institution_id: string
  name: Localized
  pass_mark: Numeric | null
  max_value: Numeric | null
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface GradingScaleGrades {
  scale_id: string
  value: string
  label: DefaultLocalized
  position: number
  passing: boolean
}

export interface GradeConversionTables {
  id: Generated<string>
  institution_id: string
  from_scale_id: string
  to_scale_id: string
  note: Generated<string>
  created_at: DefaultTimestamp
}

export interface GradeConversionRows {
  table_id: string
  from_scale_id: string
  from_value: string
  to_scale_id: string
  to_value: string
}

export interface GradingTables {
  id: Generated<string>
  institution_id: string
  scale_id: string
  isced_code: string
  level: StudyLevel
  from_year: number
  to_year: number
  created_at: DefaultTimestamp
  updated_at: DefaultTimestamp
}

export interface GradingTableCounts {
  table_id: string
  scale_id: string
  value: string
  count: number
}

export interface CreditTables {
  credit_systems: CreditSystems
  credit_system_versions: CreditSystemVersions
  institution_credit_rules: InstitutionCreditRules
  credit_conversions: CreditConversions
  grading_scales: GradingScales
  grading_scale_grades: GradingScaleGrades
  grade_conversion_tables: GradeConversionTables
  grade_conversion_rows: GradeConversionRows
  grading_tables: GradingTables
  grading_table_counts: GradingTableCounts
}
