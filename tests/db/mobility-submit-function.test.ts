import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'
import { applicationRow, completeDraft, openExchange, putInState, type Exchange } from './mobility-fixtures'

// private.submit_application records a submission as security definer (history and notices are the service's to
// write): called directly, it must still refuse everyone but the applicant, a form that is not open, and an old revision.
let handle: DatabaseHandle
let ex: Exchange

beforeAll(async () => {
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
