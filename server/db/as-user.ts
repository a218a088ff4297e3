import { sql, type Transaction } from 'kysely'
import type { Db } from './connect'
import type { Database } from './schema'

export type Tx = Transaction<Database>

/** The person a request acts for; null for an anonymous visitor. */
export interface Actor {
  id: string
  email: string
}

/** Supabase-shaped JWT claims, as PostgREST would set them. */
export function claimsFor(actor: Actor | null): Record<string, unknown> {
  if (!actor) return { role: 'anon' }
  return { sub: actor.id, role: 'authenticated', aud: 'authenticated', email: actor.email, app_metadata: { provider: 'email' } }
}

/**
 * Runs fn in one transaction as role `authenticated` (or `anon`) with the actor's claims,
 * so row-level security decides what it can read and write. This is the path for every user request.
 */
export function asUser<T>(db: Db, actor: Actor | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('request.jwt.claims', ${JSON.stringify(claimsFor(actor))}, true),
                     set_config('role', ${actor ? 'authenticated' : 'anon'}, true)`.execute(tx)
    return fn(tx)
  })
}

/**
 * Runs fn as `service_role`, which bypasses RLS. Only for work no user request does directly:
 * sign-up and log-in lookups, seeding, jobs, the mail outbox. Name the reason at each call.
 */
export function asService<T>(db: Db, reason: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('request.jwt.claims', ${JSON.stringify({ role: 'service_role', reason })}, true),
                     set_config('role', 'service_role', true)`.execute(tx)
    return fn(tx)
  })
}

/**
 * Inside a user's transaction, runs fn as `service_role` and then returns to the user's role.
 * The claims stay the user's, so audit rows still name who caused the work. For fan-out the user
 * may not do directly but that must commit or fail with their change (notifications, mail).
 */
export async function elevated<T>(tx: Tx, reason: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { role } = (await sql<{ role: string }>`select current_setting('role') as role`.execute(tx)).rows[0]!
  await sql`select set_config('role', 'service_role', true), set_config('app.elevated_reason', ${reason}, true)`.execute(tx)
  try {
    return await fn(tx)
  } finally {
    await sql`select set_config('role', ${role}, true), set_config('app.elevated_reason', '', true)`.execute(tx)
  }
}
