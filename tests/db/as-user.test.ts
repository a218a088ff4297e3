import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { createPerson, freshDatabase } from './helpers'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

describe('asUser', () => {
  it('runs as role authenticated with the Supabase claims of the actor', async () => {
    const ann = await createPerson(handle.db, 'ann')
    const seen = await asUser(handle.db, ann, tx => sql<{ uid: string; role: string; who: string; email: string }>`
      select auth.uid() as uid, auth.role() as role, current_user as who, auth.jwt() ->> 'email' as email`.execute(tx))
    expect(seen.rows[0]).toEqual({ uid: ann.id, role: 'authenticated', who: 'authenticated', email: ann.email })
  })

  it('runs an anonymous visitor as role anon with no uid', async () => {
    const seen = await asUser(handle.db, null, tx => sql<{ uid: string | null; who: string }>`select auth.uid() as uid, current_user as who`.execute(tx))
    expect(seen.rows[0]).toEqual({ uid: null, who: 'anon' })
  })

  it('keeps 20 people acting at once apart: each sees only their own profile', async () => {
    const people: Actor[] = []
    for (let i = 0; i < 20; i++) people.push(await createPerson(handle.db, `p${i}`))
    const seen = await Promise.all(people.map(person => asUser(handle.db, person, async (tx) => {
      await sql`select pg_sleep(0.005)`.execute(tx)
      const rows = await tx.selectFrom('profiles').select('id').execute()
      const uid = await sql<{ uid: string }>`select auth.uid() as uid`.execute(tx)
      return { rows: rows.map(r => r.id), uid: uid.rows[0]!.uid }
    })))
    seen.forEach((result, i) => {
      expect(result.uid).toBe(people[i]!.id)
      expect(result.rows).toEqual([people[i]!.id])
    })
  })

  it('does not leak claims into the next transaction', async () => {
    const bob = await createPerson(handle.db, 'bob')
    await asUser(handle.db, bob, async () => undefined)
    const after = await sql<{ uid: string | null; who: string }>`select auth.uid() as uid, current_user as who`.execute(handle.db)
    expect(after.rows[0]!.uid).toBeNull()
    expect(after.rows[0]!.who).not.toBe('authenticated')
  })
})
