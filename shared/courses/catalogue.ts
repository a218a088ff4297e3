import { LOCALE_CODES, type LocaleCode } from '../locales'

/** When a course unit is taught. */
export const COURSE_TERMS = ['autumn', 'spring', 'summer', 'full_year'] as const
export type CourseTerm = typeof COURSE_TERMS[number]

export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const
/** ISCED 2011 levels of education (0 early childhood … 8 doctoral). */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const

/** A course code as institutions print them: letters, digits, space . _ -; no slash, so it sits in a URL as one segment. */
export const COURSE_CODE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9 ._-]{0,38}[A-Za-z0-9._-])?$/

/** How many rows one import takes, and how large its file may be (it travels base64 in a JSON body of at most 1 MB). */
export const IMPORT_MAX_ROWS = 2000
export const IMPORT_MAX_BYTES = 700 * 1024

/** The localized columns of the import/export sheet: one per field and locale, e.g. title_zh, outcomes_km. */
export const LOCALIZED_FIELDS = ['title', 'description', 'outcomes'] as const
export type LocalizedField = typeof LOCALIZED_FIELDS[number]

export function localizedColumn(field: LocalizedField, locale: LocaleCode): string {
  return `${field}_${locale}`
}

/**
 * The one header of the import and export sheets (XLSX and CSV alike), in this order. Columns are matched by name,
 * case-insensitively, so their order in a file may differ; the localized ones may be left out.
 */
export const CATALOGUE_COLUMNS: readonly string[] = [
  'code', 'credits', 'contact_hours', 'workload_hours', 'eqf_level', 'isced_level', 'isced_field', 'languages', 'term', 'active',
  ...LOCALIZED_FIELDS.flatMap(field => LOCALE_CODES.map(locale => localizedColumn(field, locale))),
]

/** The columns a file must have (besides at least one title_<locale>). */
export const REQUIRED_COLUMNS = ['code', 'credits', 'workload_hours', 'languages', 'term'] as const

/** What an import does when some rows fail: write nothing (the default), or write the rows that passed. */
export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const
export type ImportMode = typeof IMPORT_MODES[number]

/** One problem in one cell of an imported file; row is the spreadsheet's own row number (the header is row 1). */
export interface ImportRowError {
  row: number
  column: string
  key: string
  params: Record<string, string | number>
  message: string
}

export interface ImportReport {
  rows: number
  valid: number
  created: number
  updated: number
  written: boolean
  errors: ImportRowError[]
}
