// What the route × role tests share: a Postgres database of their own beside the server, institutions and people
// laid out straight in it, and each person signed up and signed in through the server like anyone else.
import pg from 'pg'
import { expect, inject, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import { connectPostgres, type DatabaseHandle, type Db } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { client, signUpConfirmed, startServer, type Client, type RunningServer } from './server'

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One statement on the server's maintenance database (create or drop a test database). */
export async function adminQuery(query: string, url = ADMIN_URL) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try { await c.query(query) }
  finally { await c.end() }
}

/**
 * A Postgres database of its own (named after `name`, made unique), a copy of this run's template that the built
 * server migrated (tests/api/global-setup.ts): a server started on it has no migration left to apply. Its URL.
 */
export async function migratedDatabase(name: string): Promise<{ dbName: string; url: string }> {
  const dbName = `portal_${name}_${process.pid}_${Date.now()}`
  await adminQuery(`create database ${dbName} template ${inject('apiPostgresTemplate')}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${dbName}`
  return { dbName, url: url.toString() }
}

/**
 * The built server on a Postgres database of its own (`migratedDatabase`), sign-up limits lifted, with a
 * service connection to it for fixtures; `stop` closes both and drops the database.
 */
export async function serverOnOwnDatabase(name: string): Promise<{ server: RunningServer; fixtures: DatabaseHandle; stop: () => Promise<void> }> {
  const { dbName, url } = await migratedDatabase(name)
  const server = await startServer({ DATABASE_URL: url, NUXT_RATE_LIMIT_SIGNUP_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  const fixtures = connectPostgres(url, 2)
  return {
    server, fixtures,
    stop: async () => {
      await fixtures.close()
      await server.stop()
      await adminQuery(`drop database if exists ${dbName} with (force)`)
    },
  }
}

/** Demo people (the embedded demo community) each signed in on a client of their own, by the part of their address before the @. */
export async function demoClients<R extends string>(server: RunningServer, who: Record<R, string>): Promise<Record<R, Client>> {
  const clients = {} as Record<R, Client>
  for (const [role, name] of Object.entries(who) as [R, string][]) {
    const c = client(server.url)
    const reply = await c.post('/api/auth/login', { email: `${name}@demo.example`, password: 'demo-password-2026' })
    expect(reply.status, `log-in of ${name}`).toBe(200)
    clients[role] = c
  }
  return clients
}

/** A member institution in Thailand named after its slug (made unique). */
export function institutionRow(db: Db, slug: string): Promise<string> {
  return asService(db, 'test fixture', async tx => (await tx.insertInto('institutions').values({
    slug: `${slug}-${Date.now()}`, kind: 'university', country: 'TH', name: JSON.stringify({ en: slug }), city: JSON.stringify({}), description: JSON.stringify({}), website: null,
  }).returning('id').executeTakeFirstOrThrow()).id)
}

/** A person signed up (mail confirmed) and signed in on a client of their own; a member of `institution` in a role, or of none. */
export async function memberClient(server: RunningServer, db: Db, name: string, institution: string | null, role: MemberRole = 'student'): Promise<{ client: Client; id: string }> {
  const c = client(server.url)
  const { user } = await signUpConfirmed(c, server, { email: `${name}-${Date.now()}@authz.example`, password: 'authz-password-2026', displayName: `Authz ${name}` })
  if (institution) await asService(db, 'test fixture', tx => tx.insertInto('memberships').values({ user_id: user.id, institution_id: institution, role }).execute())
  return { client: c, id: user.id }
}

/**
 * Requests as the people of a route × role test: `ok` (any 2xx, else the reply is shown), `expectStatus` (asked in Thai,
 * so a 4xx is checked as translated elsewhere) and `matrix` (one case per role and its expected status).
 */
export function roleRequests<R extends string>(who: Record<R, Client>) {
  async function ok(c: Client, method: string, path: string, body?: unknown) {
    const reply = await c.request(method, path, body)
    expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(300)
    return reply.json
  }
  const expectStatus = async (role: R, method: string, path: string, status: number, body?: unknown) => {
    const reply = await who[role].request(method, path, body, { 'x-locale': 'th' })
    expect(reply.status, `${role} ${method} ${path}: ${reply.text.slice(0, 300)}`).toBe(status)
    return reply
  }
  const matrix = (method: string, path: () => string, statuses: Partial<Record<R, number>>, body?: () => unknown) =>
    it.each(Object.entries(statuses) as [R, number][])(`${method} as %s: %i`, async (role, status) => {
      await expectStatus(role, method, path(), status, body?.())
    })
  return { ok, expectStatus, matrix }
}
