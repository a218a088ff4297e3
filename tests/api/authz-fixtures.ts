// What the route × role tests share: a Postgres database of their own beside the server, institutions and people
// laid out straight in it, and each person signed up and signed in through the server like anyone else.
import pg from 'pg'
import { asService } from '../../server/db/as-user'
import type { Db } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { client, signUpConfirmed, type Client, type RunningServer } from './server'

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One statement on the server's maintenance database (create or drop a test database). */
export async function adminQuery(query: string, url = ADMIN_URL) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try { await c.query(query) }
  finally { await c.end() }
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
