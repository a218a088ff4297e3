/**
 * Deleting an account in Supabase mode: the portal erases its own rows, removes the files from Storage and has
 * Supabase Auth soft-delete the login through its admin API (the stand-in plays Auth and Storage, as in
 * supabase-mode.test.ts).
 */
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type RunningServer } from '../server'
import type { StandIn } from './stand-in'
import { startSupabaseStack, type SupabaseStack } from './stack'

const PASSWORD = 'correct-horse-42'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

let db: pg.Pool
let standIn: StandIn
let server: RunningServer
let stack: SupabaseStack

beforeAll(async () => {
  stack = await startSupabaseStack('privacy')
  ;({ db, standIn, server } = stack)
})

afterAll(async () => { await stack?.stop() })

/** Tables of the database whose rows, as text, contain needle. */
async function tablesHolding(needle: string): Promise<string[]> {
  const tables = await db.query<{ name: string }>(`select format('%I.%I', table_schema, table_name) as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`)
  const hits: string[] = []
  for (const { name } of tables.rows) {
    const found = await db.query<{ n: number }>(`select count(*)::int as n from ${name} t where strpos(lower(t::text), lower($1)) > 0`, [needle])
    if (found.rows[0]!.n > 0) hits.push(name)
  }
  return hits
}

describe('delete my account, Supabase mode', () => {
  it('erases the portal\'s rows and the file in Storage, soft-deletes the login in Auth and ends its sessions', async () => {
    const email = `supa-erase-${Date.now()}@test.example`
    const name = `Malee Supabase ${Date.now()}`
    const c = client(server.url)
    const signup = await c.post('/api/auth/signup', { email, password: PASSWORD, displayName: name, locale: 'th', acceptNotices: true })
    expect(signup.json, signup.text).toEqual({ user: null, confirm_email: true })
    const token = standIn.mails.filter(m => m.type === 'signup' && m.email === email).at(-1)?.tokenHash
    const confirmed = await c.post('/api/auth/confirm', { token })
    expect(confirmed.status, confirmed.text).toBe(200)
    const id = confirmed.json.user.id as string
    // Supabase Auth keeps the sign-up until the mailed link: the notices are accepted from the banner then.
    expect((await c.post('/api/profile/consent', { locale: 'th' })).json.accepted).toEqual(['terms', 'privacy'])
    const body = new FormData()
    body.append('file', new Blob([PNG]), 'me.png')
    expect((await c.post('/api/files', body)).status).toBe(201)
    expect(standIn.objects.size).toBeGreaterThan(0)
    const objectsBefore = standIn.objects.size

    expect((await c.post('/api/profile/delete', { password: 'wrong-password-1' })).status).toBe(422)
    expect(standIn.liveSessions(id).length).toBeGreaterThan(0)

    const reply = await c.post('/api/profile/delete', { password: PASSWORD })
    expect(reply.status, reply.text).toBe(200)
    expect(standIn.seen('DELETE', `/auth/v1/admin/users/${id}`)).toHaveLength(1)
    expect(standIn.liveSessions(id)).toEqual([])
    expect(standIn.objects.size).toBe(objectsBefore - 1)
    const login = (await db.query('select email, encrypted_password from auth.users where id = $1', [id])).rows[0]
    expect(login.email).not.toContain('@test.example')
    expect(login.encrypted_password).toBeNull()
    expect(await tablesHolding(email)).toEqual([])
    expect(await tablesHolding(name)).toEqual([])

    expect((await c.get('/api/profile')).status).toBe(401)
    expect((await client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401)
  })
})
