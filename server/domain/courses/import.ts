import type { Actor, Tx } from '../../db/as-user'
import type { LOCALIZED_FIELDS,
  ImportReport, ImportRowError } from '../../../shared/courses/catalogue'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, localizedColumn, REQUIRED_COLUMNS } from '../../../shared/courses/catalogue'
import { LOCALE_CODES } from '../../../shared/locales'
import type { LocalizedText } from '../../../shared/localized-text'
import { courseCode, courseUnitInputSchema, type CourseImport, type CourseUnitInput } from '../../../shared/schemas/courses'
import { fail, translated } from '../../utils/errors'
import { catalogueInstitution, mayEditCatalogue, upsertCourseUnit } from './units'
import { readCatalogueFile, type CatalogueSheet } from './sheet'

/** Which sheet column a field of the unit schema comes from (for the error report). */
const COLUMN_OF: Record<string, string> = {
  credits: 'credits', contactHours: 'contact_hours', workloadHours: 'workload_hours', eqfLevel: 'eqf_level',
  iscedLevel: 'isced_level', iscedField: 'isced_field', languages: 'languages', term: 'term', active: 'active',
}

const YES = new Set(['yes', 'y', 'true', '1', 'active', '是', 'ya', 'ใช่', 'có', 'oo'])
const NO = new Set(['no', 'n', 'false', '0', 'inactive', '否', 'tidak', 'ไม่', 'không', 'hindi'])

/** A number as people type it in a sheet: a decimal comma is a decimal point. */
function numberCell(value: string): number | null | typeof NaN {
  if (value === '') return null
  const n = Number(value.replace(',', '.'))
  return Number.isFinite(n) ? n : Number.NaN
}

function unformula(text: string): string {
  // The export guards text a spreadsheet would run (=, +, -, @) with a leading apostrophe; reading it back drops it.
  return text.replace(/^'(?=[=+\-@])/, '')
}

function localized(cells: Record<string, string>, field: typeof LOCALIZED_FIELDS[number]): LocalizedText {
  const map: LocalizedText = {}
  for (const locale of LOCALE_CODES) {
    const value = unformula(cells[localizedColumn(field, locale)] ?? '')
    if (value) map[locale] = value
  }
  return map
}

function rowError(row: number, column: string, key: string, params: Record<string, string | number> = {}): ImportRowError {
  return { row, column, key, params, message: translated(key, params) }
}

/** One row as the unit schema's input; a cell that cannot be what its column holds is reported, not guessed. */
function parseRow(row: number, cells: Record<string, string>): { code: string; unit: CourseUnitInput } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = []
  const code = courseCode.safeParse(cells.code ?? '')
  if (!code.success) errors.push(rowError(row, 'code', cells.code ? 'courses.import.row.badCode' : 'courses.import.row.required'))
  const numbers: Record<string, number | null> = {}
  for (const column of ['credits', 'contact_hours', 'workload_hours', 'eqf_level', 'isced_level']) {
    const n = numberCell(cells[column] ?? '')
    if (Number.isNaN(n)) errors.push(rowError(row, column, 'courses.import.row.notANumber', { value: cells[column]!.slice(0, 40) }))
    numbers[column] = Number.isNaN(n) ? null : n
  }
  const activeText = (cells.active ?? '').toLowerCase()
  let active = true
  if (activeText !== '') {
    if (YES.has(activeText)) active = true
    else if (NO.has(activeText)) active = false
    else errors.push(rowError(row, 'active', 'courses.import.row.notYesNo'))
  }
  if (errors.length) return { errors }
  const result = courseUnitInputSchema.safeParse({
    title: localized(cells, 'title'),
    description: localized(cells, 'description'),
    learningOutcomes: localized(cells, 'outcomes'),
    credits: numbers.credits,
    contactHours: numbers.contact_hours,
    workloadHours: numbers.workload_hours,
    eqfLevel: numbers.eqf_level,
    iscedLevel: numbers.isced_level,
    iscedField: cells.isced_field || null,
    languages: (cells.languages ?? '').toLowerCase().split(/[\s,;/]+/).filter(Boolean),
    term: (cells.term ?? '').toLowerCase().replace(/[\s-]+/g, '_'),
    active,
  })
  if (!result.success) {
    const seen = new Set<string>()
    // The schema checks across fields only once every field passes; a person fixing a file wants all of it at once.
    if ((numbers.eqf_level ?? null) === null && (numbers.isced_level ?? null) === null) {
      seen.add('eqf_level')
      errors.push(rowError(row, 'eqf_level', 'courses.import.row.levelRequired'))
    }
    const contact = numbers.contact_hours ?? null
    const workload = numbers.workload_hours ?? null
    if (contact !== null && workload !== null && contact > workload) {
      seen.add('contact_hours')
      errors.push(rowError(row, 'contact_hours', 'courses.import.row.contactAboveWorkload'))
    }
    for (const issue of result.error.issues) {
      const [field, inner] = issue.path.map(String)
      const column = field === 'title' || field === 'description' || field === 'learningOutcomes'
        ? (inner ? localizedColumn(field === 'learningOutcomes' ? 'outcomes' : field, inner as never) : `${field === 'learningOutcomes' ? 'outcomes' : field}_*`)
        : COLUMN_OF[field ?? ''] ?? field ?? ''
      if (seen.has(column)) continue
      seen.add(column)
      errors.push(rowError(row, column, `courses.import.row.${issueKey(issue.code, issue.message, cells[column])}`))
    }
    return { errors }
  }
  return { code: code.data!, unit: result.data }
}

function issueKey(code: string, message: string, value: string | undefined): string {
  if (['required', 'level_required', 'contact_above_workload', 'bad_isced', 'bad_language', 'too_many_decimals'].includes(message)) {
    return { required: 'required', level_required: 'levelRequired', contact_above_workload: 'contactAboveWorkload', bad_isced: 'badIsced',
      bad_language: 'badLanguage', too_many_decimals: 'tooManyDecimals' }[message]!
  }
  if (!value) return 'required'
  if (code === 'invalid_value') return 'badChoice'
  if (code === 'too_big' || code === 'too_small') return 'outOfRange'
  return 'invalid'
}

/** Checks every row of a sheet; the same code twice in one file is an error on the later row. */
export function validateSheet(sheet: CatalogueSheet) {
  const missing = REQUIRED_COLUMNS.filter(c => !sheet.header.includes(c))
  if (!LOCALE_CODES.some(l => sheet.header.includes(localizedColumn('title', l)))) missing.push('title_<locale>' as never)
  if (missing.length) fail(422, 'courses.import.errors.missingColumns', { columns: missing.join(', ') }, { columns: missing })
  const valid: { row: number; code: string; unit: CourseUnitInput }[] = []
  const errors: ImportRowError[] = []
  const firstRowOf = new Map<string, number>()
  for (const { row, cells } of sheet.rows) {
    const parsed = parseRow(row, cells)
    if ('errors' in parsed) {
      errors.push(...parsed.errors)
      continue
    }
    const earlier = firstRowOf.get(parsed.code)
    if (earlier !== undefined) {
      errors.push(rowError(row, 'code', 'courses.import.row.duplicateCode', { row: earlier }))
      continue
    }
    firstRowOf.set(parsed.code, row)
    valid.push({ row, ...parsed })
  }
  return { valid, errors }
}

/**
 * Imports a catalogue file into the institution's units, upserting by code, in the caller's transaction. Every row is
 * checked first; with 'all_or_nothing' (the default) one failed row means nothing is written, with 'valid_rows' the
 * rows that passed are written and the report lists the rest. A dry run only reports.
 */
export async function importCatalogue(tx: Tx, actor: Actor, slug: string, input: CourseImport): Promise<ImportReport> {
  const institution = await catalogueInstitution(tx, slug)
  if (!await mayEditCatalogue(tx, actor, institution.id)) fail(403, 'errors.forbidden')
  const bytes = Buffer.from(input.content, 'base64')
  if (!bytes.length) fail(422, 'courses.import.errors.empty')
  if (bytes.length > IMPORT_MAX_BYTES) fail(413, 'courses.import.errors.tooLarge', { kilobytes: IMPORT_MAX_BYTES / 1024 })
  const sheet = await readCatalogueFile(input.filename, bytes, IMPORT_MAX_ROWS)
  if (!sheet.rows.length) fail(422, 'courses.import.errors.empty')
  const { valid, errors } = validateSheet(sheet)
  const report: ImportReport = { rows: sheet.rows.length, valid: valid.length, created: 0, updated: 0, written: false, errors }
  if (input.dryRun || (errors.length && input.mode === 'all_or_nothing') || !valid.length) return report
  for (const { code, unit } of valid) {
    const { created } = await upsertCourseUnit(tx, institution.id, code, unit)
    if (created) report.created++
    else report.updated++
  }
  report.written = true
  return report
}
