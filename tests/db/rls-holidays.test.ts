import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, probeAs } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// A Thai college with its office and a student; another college with its own office; the secretariat; a person of no
// institution. One holiday (from the library, as the seed writes it) and one exam period of the Thai college.
let college: string, other: string
let office: Actor, student: Actor, otherOffice: Actor, sec: Actor, outsider: Actor
let holiday: string, period: string

const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test fixture', fn)

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const refusal = (actor: Actor | null, fn: (tx: Tx) => Promise<unknown>) => attemptAndRollBack(db, actor, fn)

const holidayValues = (day = '2026-12-31') => ({ country: 'TH', day, kind: 'public' as const, name: JSON.stringify({ en: 'Probe day' }), source: 'test' })
const periodValues = (institution: string) => ({ institution_id: institution, kind: 'exam' as const, starts_on: '2027-01-04', ends_on: '2027-01-15', name: JSON.stringify({ en: 'Exams' }) })

beforeAll(async () => {
  college = await createInstitutionRow(db)
  other = await createInstitutionRow(db)
  office = await personWithRole(db, 'office', college, 'office_staff')
  student = await personWithRole(db, 'student', college, 'student')
  otherOffice = await personWithRole(db, 'other-office', other, 'partner_staff')
  sec = await createSecretariat(db)
  outsider = await createPerson(db, 'outsider')
  await service(async (tx) => {
    holiday = (await tx.insertInto('public_holidays').values({ country: 'TH', day: '2026-04-13', kind: 'public', name: JSON.stringify({ en: 'Songkran Festival', th: 'วันสงกรานต์' }), source: 'date-holidays 3.37.0' })
      .returning('id').executeTakeFirstOrThrow()).id
    period = (await tx.insertInto('institution_periods').values(periodValues(college)).returning('id').executeTakeFirstOrThrow()).id
  })
})

describe('public_holidays (everyone reads; the secretariat writes)', () => {
  it.each([['an anonymous visitor', () => null], ['a person of no institution', () => outsider], ['a student', () => student], ['an office', () => office]])('%s reads the holiday and its year', async (_l, actor) => {
    const rows = await asUser(db, actor(), tx => tx.selectFrom('public_holidays').select(['id', 'year']).where('id', '=', holiday).execute())
    expect(rows).toEqual([{ id: holiday, year: 2026 }])
  })
  it('the secretariat adds, edits and deletes a holiday; its writes are marked as its own', async () => {
    const result = await probe(sec, async (tx) => {
      const added = await tx.insertInto('public_holidays').values(holidayValues()).returning(['id', 'edited_by']).executeTakeFirstOrThrow()
      const edited = await tx.updateTable('public_holidays').set({ source: 'Royal Gazette' }).where('id', '=', holiday).returning(['edited_by', 'edited_at']).execute()
      const deleted = await tx.deleteFrom('public_holidays').where('id', '=', added.id).returning('id').execute()
      return { addedBy: added.edited_by, editedBy: edited[0]?.edited_by, editedAt: edited[0]?.edited_at, deleted: deleted.length }
    })
    expect(result).toMatchObject({ addedBy: sec.id, editedBy: sec.id, deleted: 1 })
    expect(result.editedAt).toBeInstanceOf(Date)
  })
  it.each([['an office', () => office], ['a student', () => student]])('%s cannot add, edit or delete a holiday', async (_l, actor) => {
    expect((await refusal(actor(), tx => tx.insertInto('public_holidays').values(holidayValues()).execute())).message).toMatch(RLS_VIOLATION)
    expect(await probe(actor(), tx => tx.updateTable('public_holidays').set({ source: 'hijacked' }).where('id', '=', holiday).returning('id').execute())).toEqual([])
    expect(await probe(actor(), tx => tx.deleteFrom('public_holidays').where('id', '=', holiday).returning('id').execute())).toEqual([])
  })
  it('an anonymous visitor cannot add one', async () => {
    expect((await refusal(null, tx => tx.insertInto('public_holidays').values(holidayValues()).execute())).message).toMatch(/row-level security|permission denied/)
  })
  it('not even the secretariat moves a holiday to another country or writes who edited it', async () => {
    expect((await refusal(sec, tx => tx.updateTable('public_holidays').set({ country: 'VN' }).where('id', '=', holiday).execute())).message).toMatch(PERMISSION_DENIED)
    expect((await refusal(sec, tx => tx.updateTable('public_holidays').set({ edited_at: null }).where('id', '=', holiday).execute())).message).toMatch(PERMISSION_DENIED)
  })
  it('a make-up working day is a kind of its own; any other kind is refused', async () => {
    expect(await probe(sec, tx => tx.insertInto('public_holidays').values({ ...holidayValues('2026-02-14'), country: 'CN', kind: 'makeup_workday' }).returning('kind').execute()))
      .toEqual([{ kind: 'makeup_workday' }])
    expect((await refusal(sec, tx => tx.insertInto('public_holidays').values({ ...holidayValues(), kind: 'bridge' as never }).execute())).message).toMatch(/check constraint/)
  })
  it('a change is audited with who made it', async () => {
    await asUser(db, sec, tx => tx.updateTable('public_holidays').set({ source: 'Royal Thai Government Gazette' }).where('id', '=', holiday).execute())
    const audit = await service(tx => tx.selectFrom('audit_log').select(['actor_id', 'action']).where('entity', '=', 'public_holidays').where('entity_id', '=', holiday)
      .orderBy('at', 'desc').execute())
    expect(audit[0]).toEqual({ actor_id: sec.id, action: 'update' })
  })
})

describe('institution_periods (everyone reads; the institution\'s staff and the secretariat write)', () => {
  it.each([['an anonymous visitor', () => null], ['another institution\'s office', () => otherOffice], ['a student', () => student]])('%s reads the exam period', async (_l, actor) => {
    expect(await asUser(db, actor(), tx => tx.selectFrom('institution_periods').select('id').where('id', '=', period).execute())).toEqual([{ id: period }])
  })
  it.each([['the institution\'s office', () => office], ['the secretariat', () => sec]])('%s adds, edits and deletes a period of the institution', async (_l, actor) => {
    expect(await probe(actor(), async (tx) => {
      const { id } = await tx.insertInto('institution_periods').values(periodValues(college)).returning('id').executeTakeFirstOrThrow()
      const edited = await tx.updateTable('institution_periods').set({ ends_on: '2027-01-20' }).where('id', '=', period).returning('id').execute()
      const deleted = await tx.deleteFrom('institution_periods').where('id', '=', id).returning('id').execute()
      return [edited.length, deleted.length]
    })).toEqual([1, 1])
  })
  it.each([['another institution\'s staff', () => otherOffice], ['a student of the institution', () => student], ['a person of no institution', () => outsider]])('%s cannot add, edit or delete its periods', async (_l, actor) => {
    expect((await refusal(actor(), tx => tx.insertInto('institution_periods').values(periodValues(college)).execute())).message).toMatch(RLS_VIOLATION)
    expect(await probe(actor(), tx => tx.updateTable('institution_periods').set({ ends_on: '2027-01-20' }).where('id', '=', period).returning('id').execute())).toEqual([])
    expect(await probe(actor(), tx => tx.deleteFrom('institution_periods').where('id', '=', period).returning('id').execute())).toEqual([])
  })
  it('an office cannot move its period to another institution, and a period ends on or after its start, within a year', async () => {
    expect((await refusal(office, tx => tx.updateTable('institution_periods').set({ institution_id: other } as never).where('id', '=', period).execute())).message).toMatch(PERMISSION_DENIED)
    expect((await refusal(office, tx => tx.insertInto('institution_periods').values({ ...periodValues(college), ends_on: '2027-01-01' }).execute())).message).toMatch(/check constraint/)
    expect((await refusal(office, tx => tx.insertInto('institution_periods').values({ ...periodValues(college), ends_on: '2028-06-01' }).execute())).message).toMatch(/check constraint/)
  })
  it('a change is audited with who made it', async () => {
    await asUser(db, office, tx => tx.updateTable('institution_periods').set({ name: JSON.stringify({ en: 'Final exams' }) }).where('id', '=', period).execute())
    const audit = await service(tx => tx.selectFrom('audit_log').select(['actor_id', 'action']).where('entity', '=', 'institution_periods').where('entity_id', '=', period)
      .orderBy('at', 'desc').execute())
    expect(audit[0]).toEqual({ actor_id: office.id, action: 'update' })
  })
})
