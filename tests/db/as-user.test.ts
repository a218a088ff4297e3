import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asService, asUser, elevated, type Actor } from '../../server/db/as-user'
import { enqueueMails, setMailPickupDir } from '../../server/mail/outbox'
import { translate } from '../../server/i18n/messages'
import { loadLocales } from './governance-fixtures'
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

  it('keeps built-in auth\'s own tables (passwords, reset tokens, sessions) out of reach of a signed-in person or a visitor', async () => {
    const ann = await createPerson(handle.db, 'ann-auth')
    for (const actor of [ann, null]) {
      for (const table of ['auth.users', 'auth.password_reset_tokens', 'auth.sessions']) {
        await expect(asUser(handle.db, actor, tx => sql`select * from ${sql.raw(table)}`.execute(tx))).rejects.toThrow(/permission denied/)
      }
    }
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

  it('returns to the user role after elevated work, even nested, and audit rows still name the user', async () => {
    const cy = await createPerson(handle.db, 'cy')
    const roles = await asUser(handle.db, cy, async (tx) => {
      const role = async () => (await sql<{ who: string }>`select current_user as who`.execute(tx)).rows[0]!.who
      const inside = await elevated(tx, 'test outer', async () => [await role(), await elevated(tx, 'test inner', role), await role()])
      return [...inside, await role()]
    })
    expect(roles).toEqual(['service_role', 'service_role', 'service_role', 'authenticated'])
  })
})

describe('mail pickup copies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-pickup-'))
  beforeAll(() => {
    loadLocales()
    setMailPickupDir(dir)
  })
  afterAll(() => setMailPickupDir(null))
  const mail = (to: string) => ({ toEmail: to, locale: 'th' as const, template: 'auth.password_reset', params: { link: 'http://x/reset' } })

  it('are written only once the transaction has committed, one per mail, in the recipient locale', async () => {
    let seenInside = -1
    const ids = await asService(handle.db, 'test mail', async (tx) => {
      const ids = await enqueueMails(tx, [mail('a@example.org'), mail('b@example.org')])
      seenInside = readdirSync(dir).length
      return ids
    })
    expect(seenInside).toBe(0)
    const files = readdirSync(dir).map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; to: string; locale: string; subject: string })
    expect(files.map(f => f.id).sort()).toEqual([...ids].sort())
    expect(files.map(f => f.to).sort()).toEqual(['a@example.org', 'b@example.org'])
    expect(files[0]!.subject).toBe(translate('th', 'mail.auth.password_reset.subject'))
    const stored = await handle.db.selectFrom('mail_outbox').select('id').where('id', 'in', ids).execute()
    expect(stored).toHaveLength(2)
  })

  it('are never written for a transaction that rolled back', async () => {
    const before = readdirSync(dir).length
    await expect(asService(handle.db, 'test mail', async (tx) => {
      await enqueueMails(tx, [mail('c@example.org')])
      throw new Error('rolled back')
    })).rejects.toThrow('rolled back')
    expect(readdirSync(dir).length).toBe(before)
    expect(await handle.db.selectFrom('mail_outbox').select('id').where('to_email', '=', 'c@example.org').execute()).toEqual([])
  })
})
