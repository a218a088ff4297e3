import type { H3Event } from 'h3'
import { builtinAuth } from '../auth/builtin'
import type { AuthProvider } from '../auth/provider'
import { supabaseAuth } from '../auth/supabase'
import { asUser, type Actor, type Tx } from '../db/as-user'
import type { MemberRole } from '../../shared/roles'
import { useDatabase } from './database'
import { databaseRefusal, noteSchemaGap } from './database-errors'
import { fail } from './errors'
import { portalConfig } from './config'

export function useAuth(): AuthProvider {
  return portalConfig().mode === 'supabase' ? supabaseAuth : builtinAuth
}

/** The one place that knows who a request is from; cached on the event. */
export async function getActor(event: H3Event): Promise<Actor | null> {
  if (!('actor' in event.context)) event.context.actor = await useAuth().currentActor(event)
  return event.context.actor as Actor | null
}

export async function requireActor(event: H3Event): Promise<Actor> {
  const actor = await getActor(event)
  if (!actor) fail(401, 'errors.unauthenticated')
  return actor
}

export async function rolesOf(actor: Actor): Promise<MemberRole[]> {
  const db = await useDatabase()
  const rows = await asUser(db, actor, tx => tx.selectFrom('memberships').select('role').distinct()
    .where('user_id', '=', actor.id).execute())
  return rows.map(r => r.role)
}

/** For API routes: the actor, if they hold at least one of the roles at some institution; else 403. */
export async function requireRole(event: H3Event, ...roles: MemberRole[]): Promise<Actor> {
  const actor = await requireActor(event)
  const held = await rolesOf(actor)
  if (!roles.some(r => held.includes(r))) fail(403, 'errors.forbidden')
  return actor
}

/**
 * Runs fn in one RLS transaction as the request's actor (anonymous when signed out). What the database
 * refuses (a policy: 403; a duplicate or a race: 409; a value it cannot hold: 422) is the request's, not a fault.
 */
export async function withActor<T>(event: H3Event, fn: (tx: Tx, actor: Actor | null) => Promise<T>): Promise<T> {
  const actor = await getActor(event)
  return asUser(await useDatabase(), actor, tx => fn(tx, actor)).catch((error: unknown) => {
    const refusal = databaseRefusal(error)
    if (!refusal) throw error
    noteSchemaGap(refusal, event.method, event.path)
    fail(refusal.status, refusal.key, {}, { sqlState: refusal.sqlState })
  })
}

/** As withActor, for routes that need a signed-in person (401 otherwise). */
export async function withSignedIn<T>(event: H3Event, fn: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  const actor = await requireActor(event)
  return withActor(event, tx => fn(tx, actor))
}
