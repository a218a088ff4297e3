import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listApplications } from '../../server/domain/mobility/applications'
import { applicationsXlsx } from '../../server/domain/mobility/export-xlsx'
import { scoreApplication, takeStep } from '../../server/domain/mobility/steps'
import { translate } from '../../server/i18n/messages'
import type { ApplicationFilter } from '../../shared/schemas/mobility'
import type { Actor } from '../../server/db/as-user'
import type { LocaleCode } from '../../shared/locales'
import { freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { completeDraft, openExchange, type Exchange } from './mobility-fixtures'

let handle: DatabaseHandle
let ex: Exchange
let nominatedId: string
let submittedId: string
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  const db = handle.db
  ex = await openExchange(db)
  // Three applicants: one nominated (scored 87.5), one only submitted (scored 60), one still a draft.
  const first = await completeDraft(db, ex, 'first')
  const second = await completeDraft(db, ex, 'second')
  await completeDraft(db, ex, 'drafting')
  await asService(db, 'test: the first applicant studies electronics', tx => tx.updateTable('applications')
    .set({ form: sql`form || '{"fieldOfStudy": "0714"}'::jsonb` }).where('id', '=', first.id).execute())
  const submitted = await asUser(db, first.student, tx => takeStep(tx, first.student, first.id, { action: 'submit', revision: first.revision }))
  const scored = await asUser(db, ex.homeOffice, tx => scoreApplication(tx, ex.homeOffice, first.id, submitted.revision, 87.5))
  await asUser(db, ex.homeOffice, tx => takeStep(tx, ex.homeOffice, first.id, { action: 'nominate', revision: scored.revision }))
  const other = await asUser(db, second.student, tx => takeStep(tx, second.student, second.id, { action: 'submit', revision: second.revision }))
  await asUser(db, ex.homeOffice, tx => scoreApplication(tx, ex.homeOffice, second.id, other.revision, 60))
  nominatedId = first.id
  submittedId = second.id
})
afterAll(() => handle.close())

async function exported(actor: Actor, view: 'outgoing' | 'incoming', locale: LocaleCode, filter: Partial<ApplicationFilter> = {}) {
  const list = await asUser(handle.db, actor, tx => listApplications(tx, actor, { view, ...filter }))
  const workbook = new ExcelJS.Workbook()
  // ExcelJS declares its own Buffer type; Node's Buffer is what it reads.
  await workbook.xlsx.load(await applicationsXlsx(list, locale, view) as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows = sheet.getSheetValues().slice(2).map(row => (row as ExcelJS.CellValue[]).slice(1))
  return { list, sheet, header: (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1), rows }
}

describe('the office export of applications', () => {
  it('writes headers and states in the viewer’s language', async () => {
    const { header, rows } = await exported(ex.homeOffice, 'outgoing', 'th')
    const th = (key: string) => translate('th', key)
    expect(header).toEqual([...['applicant', 'call', 'state', 'score', 'homeInstitution', 'hostInstitution', 'hostCountry']
      .map(key => th(`mobility.office.columns.${key}`)), th('mobility.export.submittedAtUtc'), th('mobility.apply.fieldOfStudy')])
    expect(header[0]).not.toBe(translate('en', 'mobility.office.columns.applicant'))
    expect(rows.map(r => r[2])).toContain(th('mobility.states.nominated'))
    // Institution names in Thai where the institution has a Thai name; the country as Thai names it.
    expect(String(rows[0]![5])).toMatch(/^สถาบัน /)
    expect(rows[0]![6]).toBe(new Intl.DisplayNames(['th-TH'], { type: 'region' }).of('TH'))
    // The field of study by its code and Thai name; none where the form names none.
    expect(rows[0]![8]).toBe('0714 อิเล็กทรอนิกส์และระบบอัตโนมัติ')
    expect(rows[1]![8] ?? null).toBeNull()
  })

  it('has one row per application the home office sees, ranked by score', async () => {
    const { list, rows } = await exported(ex.homeOffice, 'outgoing', 'en')
    expect(list).toHaveLength(3)
    expect(rows).toHaveLength(3)
    expect(rows.slice(0, 2).map(r => r[3])).toEqual([87.5, 60])
    expect(rows.map(r => r[1])).toEqual(['Spring 2027 exchange call', 'Spring 2027 exchange call', 'Spring 2027 exchange call'])
    expect(rows[0]![7]).toBeInstanceOf(Date)
    // The draft has not been submitted yet.
    expect(rows[2]![7] ?? null).toBeNull()
  })

  it('keeps the page’s filters', async () => {
    const { rows } = await exported(ex.homeOffice, 'outgoing', 'en', { state: 'submitted' })
    expect(rows).toHaveLength(1)
    expect(rows[0]![2]).toBe('Submitted')
  })

  it('gives the host only what the home office has nominated', async () => {
    const { list, rows } = await exported(ex.hostOffice, 'incoming', 'zh')
    expect(list.map(a => a.id)).toEqual([nominatedId])
    expect(list.map(a => a.id)).not.toContain(submittedId)
    expect(rows).toHaveLength(1)
    expect(rows[0]![2]).toBe(translate('zh', 'mobility.states.nominated'))
    expect(rows[0]![1]).toBe('Spring 2027 exchange call')
    // The host cannot read the student's profile; the application form's Latin name stands in.
    expect(rows[0]![0]).toBe('Nguyen Thi Lan')
  })

  it('shows a host none of its own outgoing applicants, and a stranger nothing', async () => {
    expect((await exported(ex.hostOffice, 'outgoing', 'en')).rows).toHaveLength(0)
    expect((await exported(ex.homeOffice, 'incoming', 'en')).rows).toHaveLength(0)
  })
})
