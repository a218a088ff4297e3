import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../db/as-user'

/** Mailed tokens are stored as their sha256, so a copy of the table opens no account. */
export function sha256(text: string) {
  return createHash('sha256').update(text).digest('hex')
}

/** An auth event in the audit log (sign-up, log-in, password changes), never with a secret in it. */
export async function auditAuth(tx: Tx, actorId: string | null, action: string, userId: string) {
  await sql`insert into public.audit_log (actor_id, action, entity, entity_id) values (${actorId}, ${action}, 'auth.users', ${userId})`.execute(tx)
}
