import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { CATALOGUE_COLUMNS, localizedColumn, LOCALIZED_FIELDS } from '../../../shared/courses/catalogue'
import { LOCALE_CODES } from '../../../shared/locales'
import type { LocalizedText } from '../../../shared/localized-text'
import { csvDocument } from '../evaluation/analytics/csv'
import { sniffContentType } from '../../storage/sniff'
import { fail } from '../../utils/errors'
import type { UNIT_COLUMNS } from './units'

/** A sheet as read from a file: its header (lower-cased names) and its rows, each with the spreadsheet's row number. */
export interface CatalogueSheet {
  header: string[]
  rows: { row: number; cells: Record<string, string> }[]
}

const XLSX = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/** A cell's value as the text a person sees in it (numbers as typed, formulas by their result, rich text joined). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map(r => r.text).join('')
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
    return ''
  }
  return String(value)
}

function toSheet(worksheet: ExcelJS.Worksheet | undefined, maxRows: number): CatalogueSheet {
  if (!worksheet || worksheet.rowCount < 1) fail(422, 'courses.import.errors.empty')
  if (worksheet.rowCount - 1 > maxRows) fail(413, 'courses.import.errors.tooManyRows', { max: maxRows })
  const header = (worksheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(v => cellText(v).trim().toLowerCase())
  const rows: CatalogueSheet['rows'] = []
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return
    const cells: Record<string, string> = {}
    header.forEach((name, i) => { if (name) cells[name] = cellText(row.getCell(i + 1).value).trim() })
    if (Object.values(cells).some(v => v !== '')) rows.push({ row: number, cells })
  })
  return { header, rows }
}

/**
 * Reads an uploaded catalogue: XLSX when the bytes are one (sniffed, not trusted from the name), CSV (UTF-8, a BOM
 * allowed) when the name ends in .csv and the bytes are text. Anything else is 415; a file that does not parse, 422.
 */
export async function readCatalogueFile(filename: string, bytes: Buffer, maxRows: number): Promise<CatalogueSheet> {
  const workbook = new ExcelJS.Workbook()
  if (await sniffContentType(bytes, XLSX)) {
    try { await workbook.xlsx.load(bytes as unknown as ArrayBuffer) }
    catch { fail(422, 'courses.import.errors.unreadable') }
    return toSheet(workbook.worksheets[0], maxRows)
  }
  if (!/\.csv$/i.test(filename)) fail(415, 'courses.import.errors.fileType')
  let text: string
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  catch { fail(415, 'courses.import.errors.fileType') }
  if (text.includes('\u0000')) fail(415, 'courses.import.errors.fileType')
  try {
    // Every value stays text (identity map): exceljs would otherwise read 0101 as a number and 2026-09-01 as a date.
    const worksheet = await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { map: (v: string) => v } as never)
    return toSheet(worksheet, maxRows)
  }
  catch (error) {
    if ((error as { statusCode?: number }).statusCode) throw error
    fail(422, 'courses.import.errors.unreadable')
  }
}

type UnitRecord = { [K in typeof UNIT_COLUMNS[number]]: unknown } & {
  title: LocalizedText
  description: LocalizedText
  learning_outcomes: LocalizedText
  languages: string[]
}

const LOCALIZED_SOURCE = { title: 'title', description: 'description', outcomes: 'learning_outcomes' } as const

/** One unit as a row of the one catalogue header (what an import reads back unchanged). */
function exportRow(unit: UnitRecord): unknown[] {
  const plain: Record<string, unknown> = {
    code: unit.code,
    credits: unit.credits === null ? '' : Number(unit.credits),
    contact_hours: unit.contact_hours === null ? '' : Number(unit.contact_hours),
    workload_hours: Number(unit.workload_hours),
    eqf_level: unit.eqf_level ?? '',
    isced_level: unit.isced_level ?? '',
    isced_field: unit.isced_field ?? '',
    languages: unit.languages.join(' '),
    term: unit.term,
    active: unit.active ? 'yes' : 'no',
  }
  for (const field of LOCALIZED_FIELDS) {
    const map = unit[LOCALIZED_SOURCE[field]] as LocalizedText
    for (const locale of LOCALE_CODES) plain[localizedColumn(field, locale)] = map[locale] ?? ''
  }
  return CATALOGUE_COLUMNS.map(c => plain[c])
}

export async function catalogueWorkbook(units: UnitRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'China–ASEAN exchange portal'
  const sheet = workbook.addWorksheet('courses')
  // Codes and ISCED fields are text (0101 keeps its zero).
  sheet.columns = CATALOGUE_COLUMNS.map(c => ({ header: c, key: c, width: c.startsWith('title') || c === 'code' ? 24 : 14,
    style: ['code', 'isced_field', 'languages'].includes(c) ? { numFmt: '@' } : {} }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  for (const unit of units) sheet.addRow(exportRow(unit))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export function catalogueCsv(units: UnitRecord[]): string {
  return csvDocument([...CATALOGUE_COLUMNS], units.map(exportRow))
}
