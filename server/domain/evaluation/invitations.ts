import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import { invitationTokenParam } from '../../../shared/schemas/evaluation'

/** Only this fingerprint of a personal link's secret is stored; the secret travels in the invitation mail. */
export function invitationTokenHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function newInvitationSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url')
  return { secret, hash: invitationTokenHash(secret) }
}

/**
 * The portal path a personal link opens: the page that needs no sign-in. The mail puts it under the person's locale
 * prefix (portalLink); links sent earlier as /evaluation/respond/<secret> are still forwarded there.
 */
export function invitationPath(secret: string): string {
  return `/evaluation/r/${secret}`
}

export interface Invitee extends Actor {
  instanceId: string
}

/**
 * Whose invitation a personal link's secret is: the person (not erased) and the instance, or null. The only step taken on
 * the service path (nobody is signed in); the response is then opened as that person, under RLS.
 */
export async function invitationOwner(db: Db, secret: string): Promise<Invitee | null> {
  if (!invitationTokenParam.safeParse(secret).success) return null
  const row = await asService(db, 'resolve an evaluation link', tx => tx.selectFrom('evaluation_invitations as v')
    .innerJoin('profiles as p', 'p.id', 'v.person_id')
    .select(['p.id', 'p.email', 'v.instance_id'])
    .where('v.token_hash', '=', invitationTokenHash(secret)).where('p.erased_at', 'is', null)
    .executeTakeFirst())
  return row ? { id: row.id, email: row.email, instanceId: row.instance_id } : null
}

/** Runs fn as the person a personal link belongs to; null when the link opens nothing. */
export async function asInvitee<T>(db: Db, secret: string, fn: (tx: Tx, invitee: Invitee) => Promise<T>): Promise<T | null> {
  const invitee = await invitationOwner(db, secret)
  if (!invitee) return null
  return asUser(db, invitee, tx => fn(tx, invitee))
}

export interface MyInvitation {
  instance_id: string
  title: LocalizedText
  anonymous: boolean
  activity_id: string | null
  activity_title: LocalizedText | null
  invited_at: Date
  opens_at: Date | null
  closes_at: Date | null
  /** When the person's response was submitted (for an anonymous instance: whether they took part). */
  submitted_at: Date | null
  answered: boolean
  /** A named response with answers saved but not submitted (an anonymous one is not linked to the person). */
  started: boolean
  /** Whether it takes answers now, by the evaluation clock (private.clock()): the page trusts this, not the browser's. */
  phase: 'upcoming' | 'open' | 'closed'
  /** Whole days until it closes, counted up, by the same clock. */
  days_left: number | null
}

/** The reader's invitations, open ones first, with whether they have answered. */
export async function myInvitations(tx: Tx, actor: Actor): Promise<MyInvitation[]> {
  const { rows } = await sql<MyInvitation>`
    select v.instance_id, f.title, i.anonymous, i.activity_id, a.title as activity_title, v.invited_at, w.opens_at, w.closes_at, r.submitted_at,
      (r.id is not null and r.submitted_at is null) as started,
      case when w.opens_at > private.clock() then 'upcoming' when w.closes_at <= private.clock() then 'closed' else 'open' end as phase,
      ceil(extract(epoch from (w.closes_at - private.clock())) / 86400)::int as days_left,
      (r.submitted_at is not null or exists (select 1 from public.evaluation_participation p
        where p.instance_id = i.id and p.person_id = v.person_id)) as answered
    from public.evaluation_invitations v
    join public.evaluation_instances i on i.id = v.instance_id
    join public.evaluation_forms f on f.id = i.form_id
    left join public.activities a on a.id = i.activity_id
    cross join lateral private.evaluation_window(i.id) w
    left join public.evaluation_responses r on r.instance_id = i.id and r.person_id = v.person_id
    where v.person_id = ${actor.id}
    order by (private.clock() < w.closes_at) desc, w.closes_at asc
    limit 200`.execute(tx)
  return rows
}
