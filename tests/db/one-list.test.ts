import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { listAgreements } from '../../server/domain/agreements/agreements'
import { IN_FORCE_STATES } from '../../shared/agreements/lifecycle'
import { AGREEMENT_STATES } from '../../shared/agreements/vocabulary'
import { STAFF_ROLES } from '../../shared/roles'
import { draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'
import { freshDatabase } from './helpers'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

const sqlList = async (fn: 'agreement_in_force_states' | 'staff_roles') =>
  (await asService(handle.db, 'test check', tx => sql<{ item: string }>`select unnest(private.${sql.raw(fn)}()) as item`.execute(tx))).rows.map(r => r.item)

describe('the database and the code read one list each', () => {
  it('the states in which an agreement is in force are the same in SQL and TypeScript', async () => {
    expect((await sqlList('agreement_in_force_states')).sort()).toEqual([...IN_FORCE_STATES].sort())
  })

  it('the staff roles are the same in SQL and TypeScript', async () => {
    expect((await sqlList('staff_roles')).sort()).toEqual([...STAFF_ROLES].sort())
  })

  it('an agreement is public exactly in the in-force states, and the in_force filter lists exactly those', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const byState = new Map<string, string>()
    for (const state of AGREEMENT_STATES) {
      const id = await draftAgreement(handle.db, setup)
      await asService(handle.db, 'test: put agreement in a state', tx => tx.updateTable('agreements').set({ state }).where('id', '=', id).execute())
      byState.set(id, state)
    }
    const publicStates = (await asUser(handle.db, null, tx => tx.selectFrom('agreements').select('state').execute())).map(r => r.state)
    expect(publicStates.sort()).toEqual([...IN_FORCE_STATES].sort())
    const listed = await asUser(handle.db, setup.staff[0]!, tx => listAgreements(tx, { state: 'in_force' }))
    expect(listed.map(a => byState.get(a.id)).sort()).toEqual([...IN_FORCE_STATES].sort())
  })
})
