import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { asService, type Actor, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import { FEED_SECRET } from '../../../shared/schemas/calendar-feeds'
import type { LocaleCode } from '../../../shared/locales'

/** Only this fingerprint of a feed's secret is stored: a copy of the table opens no one's calendar. */
export function feedTokenHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function feedUrl(baseUrl: string, secret: string): string {
  return `${baseUrl}/api/calendar/feed/${secret}.ics`
}

/** Whether the person has a live feed address, and since when; the address itself cannot be shown again. */
export async function feedTokenStatus(tx: Tx, actor: Actor): Promise<{ active: boolean; created_at: Date | null }> {
  const live = await tx.selectFrom('calendar_feed_tokens').select('created_at')
    .where('person_id', '=', actor.id).where('revoked_at', 'is', null).executeTakeFirst()
  return { active: Boolean(live), created_at: live?.created_at ?? null }
}

/** Revokes the person's live address, if any; returns how many were revoked (0 or 1). */
export async function revokeFeedToken(tx: Tx, actor: Actor): Promise<number> {
  const result = await tx.updateTable('calendar_feed_tokens').set({ revoked_at: sql`now()` })
    .where('person_id', '=', actor.id).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * A new secret address for the person's calendar; the one they had stops working in the same transaction.
 * The secret is returned this once and never stored.
 */
export async function issueFeedToken(tx: Tx, actor: Actor): Promise<{ secret: string; created_at: Date }> {
  await revokeFeedToken(tx, actor)
  const secret = randomBytes(32).toString('base64url')
  const row = await tx.insertInto('calendar_feed_tokens').values({ person_id: actor.id, token_hash: feedTokenHash(secret) })
    .returning('created_at').executeTakeFirstOrThrow()
  return { secret, created_at: row.created_at }
}

export interface FeedOwner extends Actor {
  preferred_locale: LocaleCode
}

/**
 * Whose feed a secret opens: a live token of a person whose account is not erased, or null. The only step of a feed
 * taken on the service path (no one is signed in); the feed itself is then read as that person, under RLS.
 */
export async function feedOwner(db: Db, secret: string): Promise<FeedOwner | null> {
  if (!FEED_SECRET.test(secret)) return null
  const row = await asService(db, 'resolve a private calendar feed address', tx => tx.selectFrom('calendar_feed_tokens as t')
    .innerJoin('profiles as p', 'p.id', 't.person_id')
    .select(['p.id', 'p.email', 'p.preferred_locale'])
    .where('t.token_hash', '=', feedTokenHash(secret)).where('t.revoked_at', 'is', null).where('p.erased_at', 'is', null)
    .executeTakeFirst())
  return row ?? null
}
