import { asService, type Tx } from '../db/as-user'
import type { Db } from '../db/connect'
import { together } from '../db/together'

/**
 * Built-in auth's server-side sessions (auth.sessions): the sealed cookie names a row, and a
 * session without its row is over. Rows checked lately are remembered for a short while, so a
 * signed-in request does not pay a query; an end made in this process takes effect at once, one
 * made by another server process within RECHECK_MS.
 */
const RECHECK_MS = 30_000
const checked = new Map<string, { userId: string; at: number }>()

export async function startSession(tx: Tx, userId: string): Promise<string> {
  const row = await tx.insertInto('auth.sessions').values({ user_id: userId }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function isLive(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const seen = checked.get(sessionId)
  if (seen && seen.userId === userId && Date.now() - seen.at < RECHECK_MS) return true
  const live = await checkTogether(db, sessionId, userId)
  if (live) checked.set(sessionId, { userId, at: Date.now() })
  else checked.delete(sessionId)
  return live
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Checks asked while one is under way are answered together by the next query (server/db/together.ts). */
const sessionsHeld = together(async (db, asks: { sessionId: string; userId: string }[]) => {
  const rows = await asService(db, 'session check', tx => tx.selectFrom('auth.sessions').select(['id', 'user_id'])
    .where('id', 'in', [...new Set(asks.map(asked => asked.sessionId))]).execute())
  const holder = new Map(rows.map(row => [row.id, row.user_id]))
  return asks.map(asked => holder.get(asked.sessionId) === asked.userId)
})

function checkTogether(db: Db, sessionId: string, userId: string): Promise<boolean> {
  return UUID.test(sessionId) ? sessionsHeld(db, { sessionId, userId }) : Promise.resolve(false)
}

/** Ends one session (a log-out), or every session of a person but the one named (a password change or reset). */
export async function endSessions(tx: Tx, which: { sessionId: string } | { userId: string; except?: string }): Promise<void> {
  if ('sessionId' in which) {
    checked.delete(which.sessionId)
    await tx.deleteFrom('auth.sessions').where('id', '=', which.sessionId).execute()
    return
  }
  for (const [id, seen] of checked) if (seen.userId === which.userId && id !== which.except) checked.delete(id)
  let query = tx.deleteFrom('auth.sessions').where('user_id', '=', which.userId)
  if (which.except) query = query.where('id', '!=', which.except)
  await query.execute()
}
