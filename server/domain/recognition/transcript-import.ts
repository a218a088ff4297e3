import type { Actor, Tx } from '../../db/as-user'
import { IMPORT_MAX_BYTES } from '../../../shared/courses/catalogue'
import { RESULT_STATUSES, type TranscriptResultStatus } from '../../../shared/recognition/lifecycle'
import type { TranscriptImport } from '../../../shared/schemas/recognition'
import { fail, translated } from '../../utils/errors'
import { readCatalogueFile } from '../courses/sheet'
import { findLearningAgreement, partiesOf } from '../learning-agreements/learning-agreements'
import { saveResults } from './recognition'

export const TRANSCRIPT_COLUMNS = ['code', 'status', 'grade', 'credits'] as const

export interface TranscriptRowError { row: number; column: string; key: string; params: Record<string, string | number>; message: string }
export interface TranscriptImportReport { rows: number; written: boolean; errors: TranscriptRowError[] }

const rowError = (row: number, column: string, key: string, params: Record<string, string | number> = {}): TranscriptRowError =>
  ({ row, column, key, params, message: translated(key, params) })

/**
 * Imports the transcript from an XLSX (or CSV) sheet: one row per host component code, with status, grade (on the scale
 * named) and credits. Every row is checked; one wrong row means nothing is written and the report names each error.
 */
export async function importTranscript(tx: Tx, actor: Actor, laId: string, input: TranscriptImport): Promise<TranscriptImportReport> {
  const la = await findLearningAgreement(tx, laId)
  if (!(await partiesOf(tx, actor, la)).includes('receiving')) fail(403, 'recognition.errors.not_receiving')
  const bytes = Buffer.from(input.content, 'base64')
  if (!bytes.length) fail(422, 'courses.import.errors.empty')
  if (bytes.length > IMPORT_MAX_BYTES) fail(413, 'courses.import.errors.tooLarge', { kilobytes: IMPORT_MAX_BYTES / 1024 })
  const sheet = await readCatalogueFile(input.filename, bytes, 200)
  const missing = TRANSCRIPT_COLUMNS.filter(c => !sheet.header.includes(c))
  if (missing.length) fail(422, 'courses.import.errors.missingColumns', { columns: missing.join(', ') }, { columns: missing })
  if (!sheet.rows.length) fail(422, 'courses.import.errors.empty')

  const transcript = await tx.selectFrom('transcripts').select(['version_id', 'state']).where('learning_agreement_id', '=', laId).executeTakeFirst()
  const version = transcript?.version_id ?? (await tx.selectFrom('learning_agreement_versions').select('id').where('learning_agreement_id', '=', laId)
    .where('state', '=', 'signed').orderBy('number', 'desc').limit(1).executeTakeFirst())?.id
  if (!version) fail(409, 'recognition.errors.notSigned')
  const codes = new Set((await tx.selectFrom('learning_agreement_components').select('code').where('version_id', '=', version).where('side', '=', 'host').execute())
    .map(c => c.code.toLowerCase()))
  const grades = new Set((await tx.selectFrom('grading_scale_grades as g').innerJoin('grading_scales as s', 's.id', 'g.scale_id').select('g.value')
    .where('g.scale_id', '=', input.scaleId).where('s.institution_id', '=', la.receiving_institution_id).execute()).map(g => g.value))
  if (!grades.size) fail(422, 'errors.validation', { field: 'scaleId' }, { issues: [{ path: 'scaleId', code: 'other_scale' }] })

  const errors: TranscriptRowError[] = []
  const seen = new Map<string, number>()
  const results = []
  for (const { row, cells } of sheet.rows) {
    const code = cells.code ?? ''
    const status = (cells.status ?? '').toLowerCase().replace(/\s+/g, '_') as TranscriptResultStatus
    const grade = cells.grade ?? ''
    const credits = Number((cells.credits ?? '').replace(',', '.'))
    const before = errors.length
    if (!codes.has(code.toLowerCase())) errors.push(rowError(row, 'code', 'recognition.import.unknownCode', { code }))
    else if (seen.has(code.toLowerCase())) errors.push(rowError(row, 'code', 'recognition.import.duplicateCode', { row: seen.get(code.toLowerCase())! }))
    if (!RESULT_STATUSES.includes(status)) errors.push(rowError(row, 'status', 'recognition.import.badStatus', { value: cells.status ?? '' }))
    if (grade && !grades.has(grade)) errors.push(rowError(row, 'grade', 'recognition.import.unknownGrade', { value: grade }))
    if (!grade && status !== 'not_taken') errors.push(rowError(row, 'grade', 'recognition.import.gradeRequired'))
    if (cells.credits === '' || !Number.isFinite(credits) || credits < 0 || credits > 999) errors.push(rowError(row, 'credits', 'recognition.import.badCredits', { value: cells.credits ?? '' }))
    seen.set(code.toLowerCase(), row)
    if (errors.length === before) results.push({ code, status, grade: grade ? { scaleId: input.scaleId, value: grade } : null, credits })
  }
  if (errors.length || input.dryRun) return { rows: sheet.rows.length, written: false, errors }
  await saveResults(tx, actor, laId, results)
  return { rows: sheet.rows.length, written: true, errors }
}
