import type { Tx } from '../../db/as-user'
import { convertByPercentile, convertByTable, percentileBands, type GradeValue, type PercentileBand } from '../../../shared/credits/grades'
import type { GradeConversionTableInput, GradeConvertInput, GradingScaleInput, GradingTableInput } from '../../../shared/schemas/credits'
import { fail } from '../../utils/errors'
import { requireStaffOf } from './credits'

const num = (v: string | null): number | null => (v === null ? null : Number(v))
const badField = (field: string, code: string): never => fail(422, 'errors.validation', { field }, { issues: [{ path: field, code }] })

/** Nothing was deleted: 403 when the person sees the row (it is not theirs to delete), 404 when they do not. */
async function refuseDelete(tx: Tx, table: 'grading_scales' | 'grading_tables' | 'grade_conversion_tables', id: string): Promise<never> {
  const seen = await tx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  fail(seen ? 403 : 404, seen ? 'errors.forbidden' : 'errors.notFound')
}

/** The scales of an institution with their grades, best first. */
export async function scalesOf(tx: Tx, institutionId: string) {
  const scales = await tx.selectFrom('grading_scales').selectAll().where('institution_id', '=', institutionId).orderBy('created_at').execute()
  const grades = scales.length
    ? await tx.selectFrom('grading_scale_grades').selectAll().where('scale_id', 'in', scales.map(s => s.id)).orderBy('position').execute()
    : []
  return scales.map(s => ({
    id: s.id, name: s.name, passMark: num(s.pass_mark), maxValue: num(s.max_value),
    grades: grades.filter(g => g.scale_id === s.id).map(g => ({ value: g.value, label: g.label, position: g.position, passing: g.passing })),
  }))
}

export async function createScale(tx: Tx, institutionId: string, input: GradingScaleInput): Promise<string> {
  await requireStaffOf(tx, institutionId)
  const scale = await tx.insertInto('grading_scales').values({
    institution_id: institutionId, name: JSON.stringify(input.name), pass_mark: input.passMark, max_value: input.maxValue,
  }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('grading_scale_grades').values(input.grades.map((g, i) => ({
    scale_id: scale.id, value: g.value, label: JSON.stringify(g.label), position: i + 1, passing: g.passing,
  }))).execute()
  return scale.id
}

/** Deletes a scale of the person's institution (its tables go with it); 404 when they cannot change it. */
export async function deleteScale(tx: Tx, scaleId: string): Promise<void> {
  const gone = await tx.deleteFrom('grading_scales').where('id', '=', scaleId).executeTakeFirst()
  if (Number(gone.numDeletedRows) === 0) await refuseDelete(tx, 'grading_scales', scaleId)
}

/** A scale's grades, best first. */
export async function gradesOf(tx: Tx, scaleId: string) {
  return tx.selectFrom('grading_scale_grades').select(['value', 'position', 'passing']).where('scale_id', '=', scaleId).orderBy('position').execute()
}

export async function createGradingTable(tx: Tx, institutionId: string, input: GradingTableInput): Promise<string> {
  await requireStaffOf(tx, institutionId)
  const grades = await gradesOf(tx, input.scaleId)
  const known = new Map(grades.map(g => [g.value, g.passing]))
  input.counts.forEach((c, i) => {
    if (!known.has(c.value)) badField(`counts.${i}.value`, 'unknown_grade')
    if (!known.get(c.value)) badField(`counts.${i}.value`, 'not_passing')
  })
  const table = await tx.insertInto('grading_tables').values({
    institution_id: institutionId, scale_id: input.scaleId, isced_code: input.iscedCode, level: input.level,
    from_year: input.fromYear, to_year: input.toYear,
  }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('grading_table_counts').values(input.counts.map(c => ({ table_id: table.id, scale_id: input.scaleId, value: c.value, count: c.count }))).execute()
  return table.id
}

export async function deleteGradingTable(tx: Tx, tableId: string): Promise<void> {
  const gone = await tx.deleteFrom('grading_tables').where('id', '=', tableId).executeTakeFirst()
  if (Number(gone.numDeletedRows) === 0) await refuseDelete(tx, 'grading_tables', tableId)
}

/** The grading tables the person may read that belong to an institution, each with its percentile bands. */
export async function gradingTablesOf(tx: Tx, institutionId: string) {
  const tables = await tx.selectFrom('grading_tables').selectAll().where('institution_id', '=', institutionId)
    .orderBy('isced_code').orderBy('level').orderBy('from_year', 'desc').execute()
  const out = []
  for (const t of tables) {
    const bands = await bandsOf(tx, t.id, t.scale_id)
    out.push({ id: t.id, scaleId: t.scale_id, iscedCode: t.isced_code, level: t.level, fromYear: t.from_year, toYear: t.to_year, bands })
  }
  return out
}

async function bandsOf(tx: Tx, tableId: string, scaleId: string): Promise<PercentileBand[]> {
  const counts = await tx.selectFrom('grading_table_counts').select(['value', 'count']).where('table_id', '=', tableId).execute()
  return percentileBands({ scaleId, counts }, await gradesOf(tx, scaleId))
}

export async function createConversionTable(tx: Tx, institutionId: string, input: GradeConversionTableInput): Promise<string> {
  await requireStaffOf(tx, institutionId)
  const from = new Set((await gradesOf(tx, input.fromScaleId)).map(g => g.value))
  const to = new Set((await gradesOf(tx, input.toScaleId)).map(g => g.value))
  input.rows.forEach((r, i) => {
    if (!from.has(r.fromValue)) badField(`rows.${i}.fromValue`, 'unknown_grade')
    if (!to.has(r.toValue)) badField(`rows.${i}.toValue`, 'unknown_grade')
  })
  const table = await tx.insertInto('grade_conversion_tables').values({
    institution_id: institutionId, from_scale_id: input.fromScaleId, to_scale_id: input.toScaleId, note: input.note,
  }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('grade_conversion_rows').values(input.rows.map(r => ({
    table_id: table.id, from_scale_id: input.fromScaleId, from_value: r.fromValue, to_scale_id: input.toScaleId, to_value: r.toValue,
  }))).execute()
  return table.id
}

export async function deleteConversionTable(tx: Tx, tableId: string): Promise<void> {
  const gone = await tx.deleteFrom('grade_conversion_tables').where('id', '=', tableId).executeTakeFirst()
  if (Number(gone.numDeletedRows) === 0) await refuseDelete(tx, 'grade_conversion_tables', tableId)
}

export async function conversionTablesOf(tx: Tx, institutionId: string) {
  const tables = await tx.selectFrom('grade_conversion_tables').selectAll().where('institution_id', '=', institutionId).orderBy('created_at').execute()
  const rows = tables.length
    ? await tx.selectFrom('grade_conversion_rows').select(['table_id', 'from_value', 'to_value']).where('table_id', 'in', tables.map(t => t.id)).execute()
    : []
  return tables.map(t => ({
    id: t.id, fromScaleId: t.from_scale_id, toScaleId: t.to_scale_id, note: t.note,
    rows: rows.filter(r => r.table_id === t.id).map(r => ({ fromValue: r.from_value, toValue: r.to_value })),
  }))
}

export interface GradeConversionAnswer {
  from: GradeValue
  to: GradeValue | null
  method: 'table' | 'percentile'
  midpoint?: number
  band?: PercentileBand | null
  overlaps?: { value: string; points: number }[]
}

/** Converts a grade; a table the person may not read is 404 (RLS hides it), a grade of another scale is 422. */
export async function convertGrade(tx: Tx, input: GradeConvertInput): Promise<GradeConversionAnswer> {
  if ('conversionTableId' in input) {
    const table = await tx.selectFrom('grade_conversion_tables').selectAll().where('id', '=', input.conversionTableId).executeTakeFirst()
    if (!table) fail(404, 'errors.notFound')
    if (table.from_scale_id !== input.grade.scaleId) badField('grade.scaleId', 'other_scale')
    const rows = await tx.selectFrom('grade_conversion_rows').select(['from_value', 'to_value']).where('table_id', '=', table.id).execute()
    const to = convertByTable(input.grade.value, rows.map(r => ({ fromValue: r.from_value, toValue: r.to_value })))
    return { from: input.grade, to: to === null ? null : { scaleId: table.to_scale_id, value: to }, method: 'table' }
  }
  const table = (id: string) => tx.selectFrom('grading_tables').selectAll().where('id', '=', id).executeTakeFirst()
  const from = await table(input.fromTableId)
  const to = await table(input.toTableId)
  if (!from || !to) fail(404, 'errors.notFound')
  if (from.scale_id !== input.grade.scaleId) badField('grade.scaleId', 'other_scale')
  const answer = convertByPercentile(input.grade.value, await bandsOf(tx, from.id, from.scale_id), await bandsOf(tx, to.id, to.scale_id))
  return {
    from: input.grade, to: answer.value === null ? null : { scaleId: to.scale_id, value: answer.value }, method: 'percentile',
    midpoint: answer.midpoint, band: answer.band, overlaps: answer.overlaps,
  }
}
