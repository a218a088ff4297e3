import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { importCatalogue } from '../../server/domain/courses/import'
import { exportCatalogue } from '../../server/domain/courses/export'
import { listCourseUnits } from '../../server/domain/courses/units'
import { CATALOGUE_COLUMNS } from '../../shared/courses/catalogue'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, personWithRole, probeAs, RLS_VIOLATION } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// A Chinese university with its office and partner staff, a student of it; a suspended institution; another office;
// the secretariat; a person of no institution. One active and one withdrawn unit at the university.
let uni: string, uniSlug: string, suspended: string, other: string
let office: Actor, partnerStaff: Actor, student: Actor, otherOffice: Actor, sec: Actor, outsider: Actor
let activeUnit: string, inactiveUnit: string, suspendedUnit: string

const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test fixture', fn)
const refusal = (actor: Actor | null, fn: (tx: Tx) => Promise<unknown>) => attemptAndRollBack(db, actor, fn)
const unitValues = (institution: string, code: string, active = true) => ({
  institution_id: institution, code, title: JSON.stringify({ zh: '数据结构', en: 'Data structures' }), description: '{}', learning_outcomes: '{}',
  credits: 3, contact_hours: 48, workload_hours: 96, eqf_level: 6, isced_level: 6, isced_field: '0613', languages: ['zh'], term: 'autumn' as const, active,
})
const visible = (actor: Actor | null) => asUser(db, actor, tx => tx.selectFrom('course_units').select('id').execute()).then(r => r.map(x => x.id).sort())

beforeAll(async () => {
  uniSlug = `nnu-${Date.now().toString(36)}`
  uni = await createInstitutionRow(db, uniSlug)
  suspended = await createInstitutionRow(db)
  other = await createInstitutionRow(db)
  office = await personWithRole(db, 'office', uni, 'office_staff')
  partnerStaff = await personWithRole(db, 'partner', uni, 'partner_staff')
  student = await personWithRole(db, 'student', uni, 'student')
  otherOffice = await personWithRole(db, 'other-office', other, 'office_staff')
  sec = await createSecretariat(db)
  outsider = await createPerson(db, 'outsider')
  await service(async (tx) => {
    await tx.updateTable('institutions').set({ membership_status: 'suspended' }).where('id', '=', suspended).execute()
    activeUnit = (await tx.insertInto('course_units').values(unitValues(uni, 'CS101')).returning('id').executeTakeFirstOrThrow()).id
    inactiveUnit = (await tx.insertInto('course_units').values(unitValues(uni, 'CS900', false)).returning('id').executeTakeFirstOrThrow()).id
    suspendedUnit = (await tx.insertInto('course_units').values(unitValues(suspended, 'X1')).returning('id').executeTakeFirstOrThrow()).id
  })
})

describe('course_units select', () => {
  it.each([['an anonymous visitor', () => null], ['a person of no institution', () => outsider], ['a student', () => student], ['another office', () => otherOffice]])(
    '%s reads only active units of member institutions', async (_l, actor) => {
      expect(await visible(actor())).toEqual([activeUnit])
    })
  it.each([['office staff', () => office], ['partner staff', () => partnerStaff]])('%s also read their own inactive unit', async (_l, actor) => {
    expect(await visible(actor())).toEqual([activeUnit, inactiveUnit].sort())
  })
  it('the secretariat reads every unit, inactive and of a suspended member too', async () => {
    expect(await visible(sec)).toEqual([activeUnit, inactiveUnit, suspendedUnit].sort())
  })
})

describe('course_units insert, update, delete', () => {
  it('office staff add, edit and delete a unit, marked as made by them', async () => {
    const result = await probeAs(db, office, async (tx) => {
      const added = await tx.insertInto('course_units').values(unitValues(uni, 'CS102')).returning(['id', 'created_by']).executeTakeFirstOrThrow()
      const edited = await tx.updateTable('course_units').set({ credits: 4 }).where('id', '=', added.id).returning('credits').executeTakeFirstOrThrow()
      const deleted = await tx.deleteFrom('course_units').where('id', '=', added.id).returning('id').execute()
      return { createdBy: added.created_by, credits: edited.credits, deleted: deleted.length }
    })
    expect(result).toMatchObject({ createdBy: office.id, credits: '4.00', deleted: 1 })
  })
  it('an edit by partner staff is written to the audit log', async () => {
    await asUser(db, partnerStaff, tx => tx.updateTable('course_units').set({ contact_hours: 50 }).where('id', '=', activeUnit).execute())
    const audit = await service(tx => tx.selectFrom('audit_log').select(['actor_id', 'action']).where('entity', '=', 'course_units')
      .where('entity_id', '=', activeUnit).execute())
    expect(audit).toContainEqual(expect.objectContaining({ actor_id: partnerStaff.id }))
  })
  it.each([['a student', () => student], ['another office', () => otherOffice], ['the secretariat', () => sec], ['a person of no institution', () => outsider]])(
    '%s cannot add a unit to the university', async (_l, actor) => {
      expect((await refusal(actor(), tx => tx.insertInto('course_units').values(unitValues(uni, 'HACK1')).execute())).message).toMatch(RLS_VIOLATION)
    })
  it('an anonymous visitor cannot add a unit', async () => {
    expect((await refusal(null, tx => tx.insertInto('course_units').values(unitValues(uni, 'HACK1')).execute())).message).toMatch(PERMISSION_DENIED)
  })
  it.each([['a student', () => student], ['another office', () => otherOffice], ['the secretariat', () => sec]])('%s changes and deletes nothing', async (_l, actor) => {
    const changed = await probeAs(db, actor(), async tx => [
      (await tx.updateTable('course_units').set({ credits: 99 }).where('id', '=', activeUnit).executeTakeFirst()).numUpdatedRows,
      (await tx.deleteFrom('course_units').where('id', '=', activeUnit).executeTakeFirst()).numDeletedRows,
    ])
    expect(changed.map(Number)).toEqual([0, 0])
  })
  it('a unit never moves to another institution', async () => {
    const error = await refusal(office, tx => tx.updateTable('course_units').set({ institution_id: other } as never).where('id', '=', activeUnit).execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('the same code twice in one institution is refused; a unit needs a level and a language', async () => {
    expect((await refusal(office, tx => tx.insertInto('course_units').values(unitValues(uni, 'CS101')).execute())).message).toMatch(/unique|duplicate/)
    expect((await refusal(office, tx => tx.insertInto('course_units').values({ ...unitValues(uni, 'N1'), eqf_level: null, isced_level: null }).execute())).message).toMatch(/check/)
    expect((await refusal(office, tx => tx.insertInto('course_units').values({ ...unitValues(uni, 'N2'), languages: [] }).execute())).message).toMatch(/check/)
  })
})

// ---------------------------------------------------------------- import
function csv(rows: string[][]): string {
  return rows.map(r => r.map(v => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\r\n')
}
const HEADER = ['code', 'title_zh', 'title_en', 'credits', 'contact_hours', 'workload_hours', 'eqf_level', 'isced_field', 'languages', 'term', 'active']
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')
const importAs = (actor: Actor, content: string, filename: string, mode: 'all_or_nothing' | 'valid_rows' = 'all_or_nothing') =>
  asUser(db, actor, tx => importCatalogue(tx, actor, uniSlug, { filename, content, mode, dryRun: false }))
const codes = () => service(tx => tx.selectFrom('course_units').select(['code', 'credits']).where('institution_id', '=', uni).orderBy('code').execute())

describe('import', () => {
  it('a file with one bad row writes nothing and names the row, column and reason of every failure', async () => {
    const before = await codes()
    const report = await importAs(office, b64(csv([HEADER,
      ['CS101', '数据结构', 'Data structures', '4', '48', '120', '6', '0613', 'zh en', 'autumn', 'yes'],
      ['MA201', '高等数学', '', 'three', '64', '128', '6', '0541', 'zh', 'spring', ''],
      ['PH301', '', '', '2', '200', '60', '', '9999', 'zh', 'winter', 'maybe'],
      ['CS101', '重复', '', '1', '', '30', '5', '', 'zh', 'summer', ''],
    ])), 'catalogue.csv')
    expect(report).toMatchObject({ rows: 4, valid: 1, written: false, created: 0, updated: 0 })
    expect(report.errors.map(e => [e.row, e.column, e.key])).toEqual(expect.arrayContaining([
      [3, 'credits', 'courses.import.row.notANumber'],
      [4, 'active', 'courses.import.row.notYesNo'],
      [5, 'code', 'courses.import.row.duplicateCode'],
    ]))
    expect(report.errors.every(e => e.message.length > 0)).toBe(true)
    expect(await codes()).toEqual(before)
  })
  it('the rows of a bad file report every failed column once they parse', async () => {
    const report = await importAs(office, b64(csv([HEADER, ['PH301', '', '', '2', '200', '60', '', '9999', 'zh', 'winter', '']])), 'c.csv')
    expect(report.errors.map(e => e.column).sort()).toEqual(['contact_hours', 'eqf_level', 'isced_field', 'term', 'title_*'].sort())
  })
  it('with "valid rows only" the good rows are upserted by code and the bad ones reported', async () => {
    const report = await importAs(office, b64(csv([HEADER,
      ['CS101', '数据结构', 'Data structures', '4', '48', '120', '6', '0613', 'zh, en', 'autumn', 'yes'],
      ['MA201', '高等数学', 'Calculus', '5', '80', '150', '6', '0541', 'zh', 'full year', ''],
      ['BAD', '', '', '', '', '', '', '', '', '', ''],
    ])), 'catalogue.csv', 'valid_rows')
    expect(report).toMatchObject({ rows: 3, valid: 2, created: 1, updated: 1, written: true })
    expect(report.errors.map(e => e.row)).toContain(4)
    const units = await codes()
    expect(units).toEqual(expect.arrayContaining([{ code: 'CS101', credits: '4.00' }, { code: 'MA201', credits: '5.00' }]))
    expect(units.map(u => u.code)).not.toContain('BAD')
  })
  it('an XLSX export imports back unchanged, and an edited cell updates just that unit', async () => {
    const file = await asUser(db, office, tx => exportCatalogue(tx, office, uniSlug, 'xlsx', false))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...CATALOGUE_COLUMNS])
    sheet.eachRow((row, n) => { if (n > 1 && row.getCell(1).value === 'MA201') row.getCell(2).value = 6 })
    const edited = Buffer.from(await workbook.xlsx.writeBuffer())
    const report = await importAs(office, b64(edited), 'catalogue.xlsx')
    expect(report).toMatchObject({ errors: [], written: true, created: 0 })
    expect(await codes()).toEqual(expect.arrayContaining([{ code: 'MA201', credits: '6.00' }, { code: 'CS101', credits: '4.00' }]))
  })
  it('a file without the required columns, of another type, or not the institution\'s is refused', async () => {
    await expect(importAs(office, b64(csv([['code', 'title_en'], ['A1', 'x']])), 'c.csv')).rejects.toMatchObject({ statusCode: 422, data: { key: 'courses.import.errors.missingColumns' } })
    await expect(importAs(office, b64('%PDF-1.7 not a catalogue'), 'c.pdf')).rejects.toMatchObject({ statusCode: 415 })
    await expect(importAs(office, b64(Buffer.from([0xff, 0xfe, 0x00, 0x41])), 'c.csv')).rejects.toMatchObject({ statusCode: 415 })
    await expect(importAs(otherOffice, b64(csv([HEADER])), 'c.csv')).rejects.toMatchObject({ statusCode: 403 })
  })
  it('search finds a unit by its title in another language and filters by language and level', async () => {
    const found = await asUser(db, null, tx => listCourseUnits(tx, null, uniSlug, { q: '高等' }))
    expect(found.units.map(u => u.code)).toEqual(['MA201'])
    // The search reads the titles' texts, not their JSON: a language code or a quote matches nothing by itself.
    expect((await asUser(db, null, tx => listCourseUnits(tx, null, uniSlug, { q: 'zh' }))).units).toEqual([])
    expect((await asUser(db, null, tx => listCourseUnits(tx, null, uniSlug, { q: '"' }))).units).toEqual([])
    const english = await asUser(db, null, tx => listCourseUnits(tx, null, uniSlug, { language: 'en' }))
    expect(english.units.map(u => u.code)).toEqual(['CS101'])
    const byField = await asUser(db, null, tx => listCourseUnits(tx, null, uniSlug, { field: '06' }))
    expect(byField.units.map(u => u.code)).toEqual(['CS101'])
  })
})
