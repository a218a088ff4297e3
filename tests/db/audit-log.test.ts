import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listAudit, listAuditForExport } from '../../server/domain/audit/audit'
import { auditXlsx } from '../../server/domain/audit/export-xlsx'
import { translate } from '../../server/i18n/messages'
import { auditSentence, type AuditEventNames } from '../../shared/audit/events'
import { todayIn } from '../../shared/dates'
import { resolveLocalizedText, type LocalizedText } from '../../shared/localized-text'
import { auditFilterSchema, type AuditFilter } from '../../shared/schemas/audit'
import type { LocaleCode } from '../../shared/locales'
import { loadLocaleFiles } from './agreement-fixtures'
import { createInstitutionRow, createPerson, freshDatabase, grantRole } from './helpers'
import { createFileRow, createSecretariat } from './rls-fixtures'

let handle: DatabaseHandle
// ann studies at `uni`, bob at `other`; sec is the secretariat.
let uni: string, other: string
let ann: Actor, bob: Actor, sec: Actor
const ZONE = 'Asia/Bangkok'
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  const db = handle.db
  uni = await createInstitutionRow(db)
  other = await createInstitutionRow(db)
  ann = await createPerson(db, 'ann')
  bob = await createPerson(db, 'bob')
  sec = await createSecretariat(db)
  await grantRole(db, ann, uni, 'student')
  await grantRole(db, bob, other, 'student')
  await asUser(db, ann, tx => tx.updateTable('profiles').set({ display_name: 'Ann the Second' }).where('id', '=', ann.id).execute())
  await createFileRow(db, ann)
})
afterAll(() => handle.close())

const filter = (f: Record<string, string> = {}): AuditFilter => auditFilterSchema.parse({ timeZone: ZONE, ...f })
const list = (actor: Actor, f: Record<string, string> = {}) => asUser(handle.db, actor, tx => listAudit(tx, filter(f)))

function sentenceIn(locale: LocaleCode, event: AuditEventNames): string {
  const textOf = (v: LocalizedText | string | null) => (v === null ? null : typeof v === 'string' ? v : resolveLocalizedText(v, locale).text || null)
  return auditSentence(event, (key, params) => translate(locale, key, params), textOf)
}

describe('the audit log as the secretariat reads it', () => {
  it('filters by person: name or email, whatever its case', async () => {
    const { items } = await list(sec, { person: 'ANN THE' })
    expect(items.length).toBeGreaterThan(0)
    expect(new Set(items.map(e => e.actor_email))).toEqual(new Set([ann.email]))
  })

  it('filters by institution: its own row and the rows that name it, not another one', async () => {
    const { items } = await list(sec, { institutionId: uni })
    expect(items.map(e => `${e.entity}:${e.action}`).sort()).toEqual(['institutions:insert', 'memberships:insert'])
    const others = await list(sec, { institutionId: other })
    expect(others.items.map(e => e.person_name)).toEqual(['bob', null])
  })

  it('filters by kind and action', async () => {
    const { items } = await list(sec, { entity: 'profiles', action: 'update' })
    expect(items.length).toBeGreaterThan(0)
    expect(items.every(e => e.entity === 'profiles' && e.action === 'update')).toBe(true)
    expect((await list(sec, { entity: 'files', action: 'delete' })).items).toEqual([])
  })

  it('filters by days in the reader\'s time zone', async () => {
    const today = todayIn(ZONE)
    expect((await list(sec, { from: today, to: today })).items.length).toBeGreaterThan(0)
    expect((await list(sec, { from: addDays(today, 1) })).items).toEqual([])
    expect((await list(sec, { to: addDays(today, -1) })).items).toEqual([])
  })

  it('pages by 50, newest first, without gaps or repeats', async () => {
    await asUser(handle.db, bob, async (tx) => {
      for (let n = 0; n < 55; n++) await tx.updateTable('profiles').set({ display_name: `Bob ${n}` }).where('id', '=', bob.id).execute()
    })
    const first = await list(sec, { person: bob.email })
    const second = await list(sec, { person: bob.email, page: '2' })
    expect(first.items).toHaveLength(50)
    expect(first.hasMore).toBe(true)
    expect(second.items).toHaveLength(5)
    expect(second.hasMore).toBe(false)
    const ids = [...first.items, ...second.items].map(e => Number(e.id))
    expect(new Set(ids).size).toBe(55)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
  })

  it('tells each event as a sentence in Thai, with the names resolved', async () => {
    const [membership] = (await list(sec, { institutionId: uni, entity: 'memberships' })).items
    const institutionTh = (await asUser(handle.db, sec, tx => tx.selectFrom('institutions').select('name').where('id', '=', uni).executeTakeFirstOrThrow())).name
    expect(sentenceIn('th', membership!)).toBe(`ระบบ สร้างสมาชิกภาพ (Ann the Second · ${(institutionTh as LocalizedText).th})`)
    const [renamed] = (await list(sec, { person: ann.email, entity: 'profiles', action: 'update' })).items
    expect(sentenceIn('th', renamed!)).toBe('Ann the Second แก้ไขโปรไฟล์ “Ann the Second”')
    expect(sentenceIn('en', renamed!)).toBe('Ann the Second changed the profile “Ann the Second”')
  })

  it('keeps redacted values redacted: a file\'s name never reaches the sentence', async () => {
    const [file] = (await list(sec, { entity: 'files' })).items
    expect(JSON.stringify(file)).not.toContain('report.pdf')
    expect(sentenceIn('en', file!)).toBe('The system created the file')
  })

  it('exports the filtered events as XLSX, one sentence a row, in the reader\'s language', async () => {
    const events = await asUser(handle.db, sec, tx => listAuditForExport(tx, filter({ person: ann.email })))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await auditXlsx(events, 'vi') as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).getCell(2).value).toBe(translate('vi', 'audit.columns.event'))
    expect(sheet.rowCount).toBe(events.length + 1)
    expect(sheet.getColumn(2).values).toContain('Ann the Second đã thay đổi hồ sơ cá nhân “Ann the Second”')
  })
})

describe('the database stays the rule holder', () => {
  it('a student reading the log directly sees only their own acts', async () => {
    const { items } = await list(ann)
    expect(items.length).toBeGreaterThan(0)
    expect(items.every(e => e.actor_email === ann.email)).toBe(true)
  })
})
