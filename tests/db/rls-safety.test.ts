import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createInstitutionRow, freshDatabase } from './helpers'
import { attemptAndRollBack, createFileRow, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, RolledBack } from './rls-fixtures'
import { applicationIn, checklistDone, openExchange, type Exchange } from './mobility-fixtures'
import type { ChecklistKey } from '../../shared/mobility/vocabulary'

// A checklist key no program lists yet: the column takes any key, so the rows these tests write collide with none.
const EXTRA_KEY = 'vaccination' as ChecklistKey

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// One application abroad (in_mobility) and one only submitted; an office of an unrelated institution.
let ex: Exchange, student: Actor, abroad: string, submitted: string, stranger: Actor
let incident: string, checklistFile: string
beforeAll(async () => {
  ex = await openExchange(db, 10)
  const a = await applicationIn(db, ex, 'in_mobility', 'abroad')
  student = a.student
  abroad = a.id
  submitted = (await applicationIn(db, ex, 'submitted', 'waiting')).id
  await checklistDone(db, abroad)
  stranger = await personWithRole(db, 'stranger-office', await createInstitutionRow(db), 'office_staff')
  checklistFile = await createFileRow(db, student)
  await asService(db, 'test fixture', tx => tx.updateTable('checklist_items').set({ file_id: checklistFile }).where('application_id', '=', abroad).where('item_key', '=', 'insurance').execute())
  incident = (await asService(db, 'test fixture', tx => tx.insertInto('incidents').values({
    application_id: abroad, type: 'health', severity: 'medium', description: 'Sprained ankle', occurred_at: new Date(), time_zone: 'Asia/Shanghai', reported_by: student.id,
  }).returning('id').executeTakeFirstOrThrow())).id
  await asService(db, 'test fixture', tx => tx.insertInto('incident_notes').values({ incident_id: incident, text: 'Seen by a doctor', author_id: student.id }).execute())
})

const count = async (actor: Actor, table: 'checklist_items' | 'incidents' | 'incident_notes') =>
  (await asUser(db, actor, tx => tx.selectFrom(table).selectAll().execute())).length

describe('checklist_items', () => {
  it('is read by the applicant and both offices, not by an unrelated office', async () => {
    for (const who of [student, ex.homeOffice, ex.hostOffice]) expect(await count(who, 'checklist_items')).toBe(5)
    expect(await count(stranger, 'checklist_items')).toBe(0)
  })

  it('is written by whoever sees the application, in their own name, and never by an unrelated office', async () => {
    const write = (actor: Actor, updatedBy: string, app = abroad) => attemptAndRollBack(db, actor, tx => tx.insertInto('checklist_items')
      .values({ application_id: app, item_key: EXTRA_KEY, status: 'done', file_id: null, note: null, updated_by: updatedBy }).execute())
    expect(await write(ex.hostOffice, ex.hostOffice.id)).toBeInstanceOf(RolledBack)
    expect(await write(ex.hostOffice, student.id)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    expect(await write(stranger, stranger.id)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    // The host does not see an application that was not nominated, so it cannot write its checklist.
    expect(await write(ex.hostOffice, ex.hostOffice.id, submitted)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
  })

  it('attaches only the writer’s own file', async () => {
    const theirs = await createFileRow(db, student)
    const error = await attemptAndRollBack(db, ex.homeOffice, tx => tx.insertInto('checklist_items')
      .values({ application_id: abroad, item_key: EXTRA_KEY, status: 'done', file_id: theirs, note: null, updated_by: ex.homeOffice.id }).execute())
    expect(error.message).toMatch(RLS_VIOLATION)
  })

  it('changes an item only for someone who sees the application', async () => {
    const update = (actor: Actor) => asUser(db, actor, async tx => Number((await tx.updateTable('checklist_items').set({ note: 'checked', updated_by: actor.id })
      .where('application_id', '=', abroad).where('item_key', '=', 'visa').executeTakeFirst()).numUpdatedRows))
    expect(await update(stranger)).toBe(0)
    expect(await update(ex.homeOffice)).toBe(1)
  })

  it('makes an attached document readable by both offices, not by an unrelated office', async () => {
    const sees = async (actor: Actor) => (await asUser(db, actor, tx => tx.selectFrom('files').select('id').where('id', '=', checklistFile).execute())).length
    expect([await sees(ex.homeOffice), await sees(ex.hostOffice), await sees(stranger)]).toEqual([1, 1, 0])
  })
})

describe('incidents and their notes', () => {
  it('are seen by the applicant and both offices at once, not by an unrelated office', async () => {
    for (const who of [student, ex.homeOffice, ex.hostOffice]) {
      expect(await count(who, 'incidents')).toBe(1)
      expect(await count(who, 'incident_notes')).toBe(1)
    }
    expect(await count(stranger, 'incidents')).toBe(0)
    expect(await count(stranger, 'incident_notes')).toBe(0)
  })

  it('are reported and annotated in one’s own name by the people concerned only', async () => {
    const report = (actor: Actor, reportedBy: string) => attemptAndRollBack(db, actor, tx => tx.insertInto('incidents').values({
      application_id: abroad, type: 'other', severity: 'low', description: 'x', occurred_at: new Date(), time_zone: 'UTC', reported_by: reportedBy,
    }).execute())
    expect(await report(ex.homeOffice, ex.homeOffice.id)).toBeInstanceOf(RolledBack)
    expect(await report(ex.homeOffice, student.id)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    expect(await report(stranger, stranger.id)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    const note = (actor: Actor) => attemptAndRollBack(db, actor, tx => tx.insertInto('incident_notes').values({ incident_id: incident, text: 'Follow-up', author_id: actor.id }).execute())
    expect(await note(ex.hostOffice)).toBeInstanceOf(RolledBack)
    expect(await note(stranger)).toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
  })

  it('cannot be rewritten or deleted by anyone acting as a user', async () => {
    for (const attempt of [
      (tx: Tx) => tx.updateTable('incidents').set({ severity: 'low' }).where('id', '=', incident).execute(),
      (tx: Tx) => tx.deleteFrom('incidents').where('id', '=', incident).execute(),
      (tx: Tx) => tx.updateTable('incident_notes').set({ text: 'changed' }).where('incident_id', '=', incident).execute(),
      (tx: Tx) => tx.deleteFrom('incident_notes').where('incident_id', '=', incident).execute(),
    ]) {
      expect((await attemptAndRollBack(db, student, attempt)).message).toMatch(PERMISSION_DENIED)
    }
  })
})
