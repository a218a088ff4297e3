import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import { takeStep } from '../../server/domain/mobility/steps'
import { loadLocaleFiles } from './agreement-fixtures'
import type { DatabaseHandle } from '../../server/db/connect'
import { freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'
import { applicationRow, completeDraft, openExchange, putInState, type Exchange } from './mobility-fixtures'

// private.submit_application records a submission as security definer (history and notices are the service's to
// write): called directly, it must still refuse everyone but the applicant, a form that is not open, and an old revision.
let handle: DatabaseHandle
let ex: Exchange

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  ex = await openExchange(handle.db, 5)
})
afterAll(() => handle.close())

const call = (actor: Actor | null, id: string, revision: number) => asUser(handle.db, actor,
  tx => sql<{ done: { state: string; revision: number } }>`select private.submit_application(${id}::uuid, ${revision}::integer) as done`.execute(tx))
/** What a refused call must have left alone: no history, no notices. */
const traces = (id: string) => asService(handle.db, 'test check', async tx => ({
  events: (await tx.selectFrom('application_events').select('action').where('application_id', '=', id).execute()).length,
  notices: (await tx.selectFrom('notifications').select('id').where('link', '=', `/mobility/applications/${id}`).execute()).length,
}))

describe('private.submit_application called directly', () => {
  it('refuses the home office, another student and an anonymous caller, and records nothing', async () => {
    const { id, revision } = await completeDraft(handle.db, ex, 'owner')
    const other = await personWithRole(handle.db, 'other', ex.home, 'student')
    for (const actor of [ex.homeOffice, other]) await expect(call(actor, id, revision)).rejects.toMatchObject({ code: '42501' })
    await expect(call(null, id, revision)).rejects.toMatchObject({ code: '42501' })
    expect(await applicationRow(handle.db, id)).toMatchObject({ state: 'draft', revision })
    expect(await traces(id)).toEqual({ events: 0, notices: 0 })
  })

  it('refuses the applicant at an old revision or once the form is closed, and records one submission at the current one', async () => {
    const { student, id, revision } = await completeDraft(handle.db, ex, 'applicant')
    await expect(call(student, id, revision - 1)).rejects.toMatchObject({ code: '42501' })
    expect(await traces(id)).toEqual({ events: 0, notices: 0 })
    const { rows: [row] } = await call(student, id, revision)
    expect(row!.done).toMatchObject({ state: 'submitted', revision: revision + 1 })
    expect(await traces(id)).toEqual({ events: 1, notices: 1 })
    await expect(call(student, id, revision + 1)).rejects.toMatchObject({ code: '42501' })
    const nominated = await putInState(handle.db, id, 'nominated')
    await expect(call(student, id, nominated)).rejects.toMatchObject({ code: '42501' })
    expect(await traces(id)).toEqual({ events: 1, notices: 1 })
  })
})

// The service's submission records the step in the statement that reads the application, before its checks; a
// check that refuses must take all of it back: the same 4xx as ever, and nothing of the step left behind.
describe('a submission refused by its checks', () => {
  const submit = (actor: Actor, id: string, revision: number) => asUser(handle.db, actor, tx => takeStep(tx, actor, id, { action: 'submit', revision }))
  /** Everything a submission writes: the row, its history, the home office's notice and mail, the audit rows. */
  const written = async (ex: Exchange, id: string) => ({
    row: await applicationRow(handle.db, id),
    ...await traces(id),
    ...await asService(handle.db, 'test check', async tx => ({
      mails: (await tx.selectFrom('mail_outbox').select('id').where('to_user_id', '=', ex.homeOffice.id).where('template', '=', 'mobility.stateChanged').execute()).length,
      audited: (await tx.selectFrom('audit_log').select('action').where('entity', '=', 'applications').where('entity_id', '=', id).where('action', '=', 'update').execute()).length,
    })),
  })

  it.each([
    ['an incomplete form', 422, 'mobility.errors.incomplete', (_: Exchange, id: string) => asService(handle.db, 'test fixture', tx => tx.deleteFrom('application_documents').where('application_id', '=', id).execute())],
    ['a passport that expires too soon', 422, 'mobility.errors.passportExpiresTooSoon', (_: Exchange, id: string) => asService(handle.db, 'test fixture', tx => tx.updateTable('application_private').set({ passport_expiry: '2027-08-01' }).where('application_id', '=', id).execute())],
    ['an unmet requirement', 422, 'mobility.errors.notEligible', (ex: Exchange) => asService(handle.db, 'test fixture', tx => tx.updateTable('programs')
      .set({ eligibility: JSON.stringify({ levels: ['eqf_7'], iscedCodes: [], language: null, languageLevel: null }) }).where('id', '=', ex.programId).execute())],
    ['a closed call', 409, 'mobility.errors.callClosed', (ex: Exchange) => asService(handle.db, 'test fixture', tx => tx.updateTable('calls')
      .set({ closes_at: new Date(Date.now() - 60_000) }).where('id', '=', ex.callId).execute())],
  ])('refuses %s with its reply and keeps nothing of the step', async (_, status, key, spoil) => {
    const ex = await openExchange(handle.db, 5)
    const { student, id, revision } = await completeDraft(handle.db, ex, 'refused')
    await spoil(ex, id)
    const before = await written(ex, id)
    expect(before).toMatchObject({ row: { state: 'draft', revision }, events: 0, notices: 0, mails: 0 })
    await expect(submit(student, id, revision)).rejects.toMatchObject({ statusCode: status, data: { key } })
    expect(await written(ex, id)).toEqual(before)
  })

  it('records an accepted one once: the state, its history, the notice, the mail and the audit row', async () => {
    const ex = await openExchange(handle.db, 5)
    const { student, id, revision } = await completeDraft(handle.db, ex, 'accepted')
    const before = await written(ex, id)
    // The home office may see the draft but is not its applicant.
    await expect(submit(ex.homeOffice, id, revision)).rejects.toMatchObject({ statusCode: 403, data: { key: 'mobility.errors.notYourStep' } })
    expect(await written(ex, id)).toEqual(before)
    await expect(submit(student, id, revision)).resolves.toEqual({ state: 'submitted', revision: revision + 1 })
    expect(await written(ex, id)).toEqual({ ...before, row: { ...before.row, state: 'submitted', revision: revision + 1 }, events: 1, notices: 1, mails: 1, audited: before.audited + 1 })
    // Submitted: no second submission, at the new revision or the old one; a stranger does not find it.
    await expect(submit(ex.homeOffice, id, revision + 1)).rejects.toMatchObject({ statusCode: 409, data: { key: 'mobility.errors.transitionNotAllowed' } })
    await expect(submit(student, id, revision)).rejects.toMatchObject({ statusCode: 409, data: { key: 'mobility.errors.staleRevision', current: { revision: revision + 1, state: 'submitted' } } })
    const stranger = await personWithRole(handle.db, 'stranger', ex.host, 'student')
    await expect(submit(stranger, id, revision + 1)).rejects.toMatchObject({ statusCode: 404 })
  })
})
