import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION } from './rls-fixtures'
import { openActivity, peopleOf, registerSelf, type ActivitySetup } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
let act: ActivitySetup
let student: Actor, classmate: Actor, otherStudent: Actor, otherOffice: Actor, secretariat: Actor, outsider: Actor
let regId: string, waitingId: string, sessionId: string
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  act = await openActivity(db, { capacity: 1, questions: ['dietary'] })
  ;[student, classmate] = await peopleOf(db, act.partners[0]!, 2) as [Actor, Actor]
  ;[otherStudent] = await peopleOf(db, act.partners[1]!, 1) as [Actor]
  otherOffice = act.offices[1]!
  secretariat = await createSecretariat(db)
  outsider = await createPerson(db, 'outsider')
  regId = (await registerSelf(db, student, act.activityId, { answers: { dietary: 'No peanuts' } })).id
  waitingId = (await registerSelf(db, otherStudent, act.activityId)).id
  sessionId = (await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', act.activityId)
    .executeTakeFirstOrThrow())).id
})
afterAll(() => handle.close())

const seesRegistration = async (actor: Actor, id: string) => (await asUser(db, actor, tx => tx.selectFrom('registrations').select('id')
  .where('id', '=', id).execute())).length === 1
const seesAnswers = async (actor: Actor, id: string) => (await asUser(db, actor, tx => tx.selectFrom('registration_answers').select('answers')
  .where('registration_id', '=', id).execute())).length === 1

describe('registrations_select', () => {
  it('the person, their institution\'s office, the organisers and the secretariat see a registration', async () => {
    for (const who of [student, act.offices[0]!, act.organiser, secretariat]) expect(await seesRegistration(who, regId)).toBe(true)
  })
  it('a classmate, another partner\'s office or student, and someone outside see nothing of it', async () => {
    for (const who of [classmate, otherOffice, otherStudent, outsider]) expect(await seesRegistration(who, regId)).toBe(false)
  })
})

describe('registrations: no insert, update or delete by a person', () => {
  it('a person cannot register themself past the service, even confirmed on a full activity', async () => {
    const error = await attemptAndRollBack(db, classmate, tx => tx.insertInto('registrations').values({
      activity_id: act.activityId, person_id: classmate.id, institution_id: act.partners[0]!, state: 'confirmed', position: 1,
    }).execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('a person cannot confirm their own waitlisted registration; an organiser cannot either', async () => {
    for (const who of [otherStudent, act.organiser]) {
      const error = await attemptAndRollBack(db, who, tx => tx.updateTable('registrations').set({ state: 'confirmed' }).where('id', '=', waitingId).execute())
      expect(error.message).toMatch(PERMISSION_DENIED)
    }
  })
  it('a person cannot delete their registration (cancelling is a step that gives the place on)', async () => {
    const error = await attemptAndRollBack(db, student, tx => tx.deleteFrom('registrations').where('id', '=', regId).execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('the guard refuses a write not made by the service even where a grant would let it through', async () => {
    const error = await attemptAndRollBack(db, otherStudent, async (tx) => {
      // As the owner, grant what a careless migration might; rolled back with the attempt.
      await sql`reset role`.execute(tx)
      await sql`grant update on public.registrations to authenticated`.execute(tx)
      await sql`create policy careless on public.registrations for update to authenticated using (true)`.execute(tx)
      await sql`select set_config('role', 'authenticated', true)`.execute(tx)
      await tx.updateTable('registrations').set({ state: 'confirmed' }).where('id', '=', waitingId).execute()
    })
    expect(error.message).toMatch('registrations change only through the service')
  })
  it('the service itself cannot give a registration to another person or change its check-in code', async () => {
    await expect(asService(db, 'test', tx => tx.updateTable('registrations').set({ person_id: classmate.id }).where('id', '=', regId).execute()))
      .rejects.toThrow(/keeps its activity, person and code/)
    await expect(asService(db, 'test', tx => tx.updateTable('registrations').set({ checkin_code: 'AAAAAAAAAAAAAAAA' }).where('id', '=', regId).execute()))
      .rejects.toThrow(/keeps its activity, person and code/)
  })
})

describe('registration_answers', () => {
  it('select: the person and the organisers read the answers', async () => {
    expect(await seesAnswers(student, regId)).toBe(true)
    expect(await seesAnswers(act.organiser, regId)).toBe(true)
  })
  it('select: the person\'s own office does not (dietary and health needs), nor anyone else', async () => {
    for (const who of [act.offices[0]!, classmate, otherOffice, outsider]) expect(await seesAnswers(who, regId)).toBe(false)
  })
  it('insert and update: not by a person, not even their own answers', async () => {
    const update = await attemptAndRollBack(db, student, tx => tx.updateTable('registration_answers')
      .set({ answers: JSON.stringify({ dietary: 'x' }) }).where('registration_id', '=', regId).execute())
    expect(update.message).toMatch(PERMISSION_DENIED)
    const insert = await attemptAndRollBack(db, otherStudent, tx => tx.insertInto('registration_answers')
      .values({ registration_id: waitingId, answers: JSON.stringify({}) }).execute())
    expect(insert.message).toMatch(PERMISSION_DENIED)
  })
  it('the audit log records that answers changed, never what they are', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['after'])
      .where('entity', '=', 'registration_answers').execute())
    expect(rows.length).toBeGreaterThan(0)
    expect(JSON.stringify(rows)).not.toContain('No peanuts')
    expect(rows.some(r => (r.after as Record<string, unknown> | null)?.answers === '[redacted]')).toBe(true)
    const regs = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['after']).where('entity', '=', 'registrations').execute())
    expect(regs.every(r => (r.after as Record<string, unknown> | null)?.checkin_code === '[redacted]')).toBe(true)
  })
})

describe('activity_quotas', () => {
  let draft: ActivitySetup
  beforeAll(async () => {
    draft = await openActivity(db, { state: 'draft', capacity: 10 })
  })
  const quota = (a: ActivitySetup, places = 2) => ({ activity_id: a.activityId, institution_id: a.partners[0]!, places })
  it('insert: an organiser sets a partner\'s quota', async () => {
    await asUser(db, act.organiser, tx => tx.insertInto('activity_quotas').values(quota(act, 1)).execute())
  })
  it('insert: a partner\'s office cannot give itself places', async () => {
    const error = await attemptAndRollBack(db, act.offices[1]!, tx => tx.insertInto('activity_quotas').values({ ...quota(act, 0), institution_id: act.partners[1]! }).execute())
    expect(error.message).toMatch(RLS_VIOLATION)
  })
  it('insert: the database refuses a quota for an institution neither invited nor organising, and quotas beyond the capacity', async () => {
    const stranger = await createInstitutionRow(db)
    const notPartner = await attemptAndRollBack(db, act.organiser, tx => tx.insertInto('activity_quotas').values({ ...quota(act), institution_id: stranger }).execute())
    expect(notPartner.message).toMatch(/invited or organising/)
    const beyond = await attemptAndRollBack(db, act.organiser, tx => tx.insertInto('activity_quotas').values({ ...quota(act, 1), institution_id: act.partners[1]! }).execute())
    expect(beyond.message).toMatch(/beyond the activity's 1 places/)
  })
  it('select: members see the quotas of a visible activity; a draft\'s only its organisers', async () => {
    await asService(db, 'test fixture', tx => tx.insertInto('activity_quotas').values(quota(draft)).execute())
    const seen = (who: Actor, a: ActivitySetup) => asUser(db, who, tx => tx.selectFrom('activity_quotas').select('places').where('activity_id', '=', a.activityId).execute())
    expect(await seen(otherStudent, act)).toEqual([{ places: 1 }])
    expect(await seen(draft.organiser, draft)).toEqual([{ places: 2 }])
    expect(await seen(otherStudent, draft)).toEqual([])
  })
  it('update: an organiser changes the places; someone else changes nothing; nobody moves a quota to another institution', async () => {
    await asUser(db, act.organiser, tx => tx.updateTable('activity_quotas').set({ places: 0 }).where('activity_id', '=', act.activityId).execute())
    const other = await asUser(db, act.offices[0]!, tx => tx.updateTable('activity_quotas').set({ places: 1 }).where('activity_id', '=', act.activityId).executeTakeFirst())
    expect(Number(other.numUpdatedRows)).toBe(0)
    const moved = await attemptAndRollBack(db, act.organiser, tx => tx.updateTable('activity_quotas')
      .set({ institution_id: act.partners[1]! } as never).where('activity_id', '=', act.activityId).execute())
    expect(moved.message).toMatch(PERMISSION_DENIED)
  })
  it('delete: an organiser removes a quota; a partner\'s office cannot', async () => {
    const other = await asUser(db, act.offices[0]!, tx => tx.deleteFrom('activity_quotas').where('activity_id', '=', act.activityId).executeTakeFirst())
    expect(Number(other.numDeletedRows)).toBe(0)
    const own = await asUser(db, act.organiser, tx => tx.deleteFrom('activity_quotas').where('activity_id', '=', act.activityId).executeTakeFirst())
    expect(Number(own.numDeletedRows)).toBe(1)
  })
})

describe('attendance', () => {
  it('insert: an organiser checks in a confirmed registration at a session of its activity', async () => {
    await asUser(db, act.organiser, tx => tx.insertInto('attendance').values({ registration_id: regId, session_id: sessionId, checked_in_by: act.organiser.id }).execute())
  })
  it('insert: the database refuses a waitlisted registration; a person cannot check themself in', async () => {
    const waiting = await attemptAndRollBack(db, act.organiser, tx => tx.insertInto('attendance')
      .values({ registration_id: waitingId, session_id: sessionId, checked_in_by: act.organiser.id }).execute())
    expect(waiting.message).toMatch(/confirmed registration/)
    const self = await attemptAndRollBack(db, classmate, tx => tx.insertInto('attendance')
      .values({ registration_id: regId, session_id: sessionId, checked_in_by: classmate.id }).execute())
    expect(self.message).toMatch(RLS_VIOLATION)
  })
  it('select: the person, their office and the organisers see it; others do not', async () => {
    const seen = async (who: Actor) => (await asUser(db, who, tx => tx.selectFrom('attendance').select('session_id').where('registration_id', '=', regId).execute())).length
    for (const who of [student, act.offices[0]!, act.organiser]) expect(await seen(who)).toBe(1)
    for (const who of [classmate, otherOffice, outsider]) expect(await seen(who)).toBe(0)
  })
  it('update: nobody rewrites a check-in; delete: only an organiser undoes it', async () => {
    const update = await attemptAndRollBack(db, act.organiser, tx => tx.updateTable('attendance').set({ checked_in_at: new Date(0) }).where('registration_id', '=', regId).execute())
    expect(update.message).toMatch(PERMISSION_DENIED)
    const byStudent = await asUser(db, student, tx => tx.deleteFrom('attendance').where('registration_id', '=', regId).executeTakeFirst())
    expect(Number(byStudent.numDeletedRows)).toBe(0)
    const byOrganiser = await asUser(db, act.organiser, tx => tx.deleteFrom('attendance').where('registration_id', '=', regId).executeTakeFirst())
    expect(Number(byOrganiser.numDeletedRows)).toBe(1)
  })
})

describe('registration_reminders', () => {
  it('select: the person sees the reminders sent to them; insert: the service only', async () => {
    await asService(db, 'test fixture', tx => tx.insertInto('registration_reminders').values({ registration_id: regId, days: 7 }).execute())
    expect(await asUser(db, student, tx => tx.selectFrom('registration_reminders').select('days').execute())).toEqual([{ days: 7 }])
    expect(await asUser(db, classmate, tx => tx.selectFrom('registration_reminders').select('days').execute())).toEqual([])
    const error = await attemptAndRollBack(db, student, tx => tx.insertInto('registration_reminders').values({ registration_id: regId, days: 1 }).execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
})

describe('helpers', () => {
  it('a person cannot call the place counter that skips the eligibility checks', async () => {
    const error = await attemptAndRollBack(db, student, tx => sql`select private.has_free_place(${act.activityId}::uuid, ${act.partners[0]!}::uuid)`.execute(tx))
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('an activity deleted with its registrations takes them along (the guard lets the cascade through)', async () => {
    const gone = await openActivity(db, { state: 'draft' })
    await asService(db, 'test fixture', tx => tx.updateTable('activities').set({ state: 'registration_open' }).where('id', '=', gone.activityId).execute())
    const [p] = await peopleOf(db, gone.partners[0]!, 1)
    await registerSelf(db, p!, gone.activityId)
    await asService(db, 'test fixture', tx => tx.deleteFrom('activities').where('id', '=', gone.activityId).execute())
    expect(await asService(db, 'test check', tx => tx.selectFrom('registrations').select('id').where('activity_id', '=', gone.activityId).execute())).toEqual([])
  })
  it('a person\'s office with the role only at another institution sees none of these', async () => {
    const elsewhere = await personWithRole(db, 'elsewhere', await createInstitutionRow(db), 'office_staff')
    expect(await seesRegistration(elsewhere, regId)).toBe(false)
  })
})
