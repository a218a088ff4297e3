import { sql, type RawBuilder, type Transaction } from 'kysely'
import type { Db } from './connect'
import type { Database } from './schema'
import { REPLY_UNREAD } from './pglite-worker'

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
  return inRole(db, actor ? 'authenticated' : 'anon', claimsFor(actor), fn)
}

/**
 * Runs fn as `service_role`, which bypasses RLS. Only for work no user request does directly:
 * sign-up and log-in lookups, seeding, jobs, the mail outbox. Name the reason at each call.
 */
export function asService<T>(db: Db, reason: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return inRole(db, 'service_role', { role: 'service_role', reason }, fn)
}

/** What a transaction of ours knows about itself: its database, its role, and the work to do once it has committed. */
interface TxState {
  db: Db
  role: string
  afterCommit: (() => Promise<void>)[]
}
const states = new WeakMap<Tx, TxState>()

let clockSource: () => Date | null = () => null

/**
 * Where transactions learn a moved clock: the server's request clock (server/utils/clock.ts, set by a plugin), which
 * is null — the database's own now() — except on a test-clock server in a request that moves it.
 */
export function setClockSource(source: () => Date | null): void {
  clockSource = source
}

async function inRole<T>(db: Db, role: string, claims: Record<string, unknown>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const state: TxState = { db, role, afterCommit: [] }
  const moved = clockSource()
  const result = await db.transaction().execute(async (tx) => {
    states.set(tx, state)
    await sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true), set_config('role', ${role}, true)`.execute(tx)
    // private.clock() reads it: evaluation's "is it open, is it due" at the moved instant.
    if (moved) await sql`select set_config('app.clock', ${moved.toISOString()}, true)`.execute(tx)
    return fn(tx)
  })
  for (const work of state.afterCommit) {
    // The change is committed and answered; a side effect that fails is logged, never undoes it.
    await work().catch(error => console.error('[after commit]', error))
  }
  return result
}

/**
 * Work that must happen only if the transaction commits, and need not hold its locks: writing
 * files outside the database, for one. Outside our own transactions (a test's), it runs at once.
 */
export async function afterCommit(tx: Tx, work: () => Promise<void>): Promise<void> {
  const state = states.get(tx)
  if (state) state.afterCommit.push(work)
  else await work()
}

/**
 * The database a transaction of ours runs on, for after-commit work that needs a connection of its
 * own (running a job just enqueued); undefined for a transaction asUser/asService did not open.
 */
export function databaseOf(tx: Tx): Db | undefined {
  return states.get(tx)?.db
}

/**
 * The role switches' replies are never read: on the embedded database's thread each travels with the transaction's
 * next statement (or its commit), which it still precedes, instead of costing a message of its own.
 */
const unread = sql.raw(REPLY_UNREAD)

/**
 * Inside a user's transaction, runs fn as `service_role` and then returns to the user's role.
 * The claims stay the user's, so audit rows still name who caused the work. For fan-out the user
 * may not do directly but that must commit or fail with their change (notifications, mail).
 */
export async function elevated<T>(tx: Tx, reason: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const state = states.get(tx)
  const role = state?.role ?? (await sql<{ role: string }>`select current_setting('role') as role`.execute(tx)).rows[0]!.role
  await sql`${unread}select set_config('role', 'service_role', true), set_config('app.elevated_reason', ${reason}, true)`.execute(tx)
  if (state) state.role = 'service_role'
  try {
    return await fn(tx)
  }
  finally {
    await sql`${unread}select set_config('role', ${role}, true), set_config('app.elevated_reason', '', true)`.execute(tx)
    if (state) state.role = role
  }
}

/**
 * A statement run as the user, then elevated work as `elevated` does it, with the switch to `service_role` riding on
 * that statement's reply instead of a round trip of its own (the statement's rows are all read before the switch).
 * For a hot path: a database function that records a step, then the mails it asks for.
 */
export async function thenElevated<R, T>(tx: Tx, reason: string, statement: RawBuilder<R>, fn: (svc: Tx, rows: R[]) => Promise<T>): Promise<T> {
  const state = states.get(tx)
  const role = state?.role ?? (await sql<{ role: string }>`select current_setting('role') as role`.execute(tx)).rows[0]!.role
  const { rows } = await sql<R>`
    with s as materialized (${statement})
    select s.*, set_config('role', 'service_role', true) as elevated_role, set_config('app.elevated_reason', ${reason}, true) as elevated_reason
    from s`.execute(tx)
  // No rows, no switch: the work is elevated the usual way.
  if (rows.length === 0) return elevated(tx, reason, svc => fn(svc, rows))
  if (state) state.role = 'service_role'
  try {
    return await fn(tx, rows)
  }
  finally {
    await sql`${unread}select set_config('role', ${role}, true), set_config('app.elevated_reason', '', true)`.execute(tx)
    if (state) state.role = role
  }
}
