import { sql } from 'kysely'
import type { Db } from '../../db/connect'
import { asService, elevated, type Tx } from '../../db/as-user'
import { eligibleRolesColumn } from './columns'
import { enqueue } from '../../jobs/queue'
import { notify } from '../notifications/notify'
import type { ZonedInstant } from '../../../shared/notices'

export const OFFER_EXPIRY_JOB = 'calendar.offer-expiry'

/** Activity states in which places are still given out (offers included). */
const PLACES_MOVE_IN = ['published', 'registration_open', 'closed'] as const

/**
 * Locks the activity row for the rest of the transaction: every change to who holds a place in it takes
 * this lock first, so the counts private.has_free_place reads cannot change under it. `svc` acts as the service.
 */
export async function lockActivityForPlaces(svc: Tx, activityId: string) {
  return svc.selectFrom('activities')
    .select(['id', 'state', 'title', 'capacity', 'offer_hours', 'time_zone', 'questions', 'registration_opens_at', 'registration_closes_at',
      // node-postgres leaves arrays of an enum (and of uuid) as '{a,b}' text: read them as text[].
      eligibleRolesColumn(), sql<string[]>`eligible_institution_ids::text[]`.as('eligible_institution_ids')])
    .where('id', '=', activityId).forUpdate().executeTakeFirst()
}
export type LockedActivity = NonNullable<Awaited<ReturnType<typeof lockActivityForPlaces>>>

/** Whether one more place can go to someone of this institution (the rule of the migration: quotas reserved, the rest shared). */
export async function hasFreePlace(svc: Tx, activityId: string, institutionId: string): Promise<boolean> {
  const { rows } = await sql<{ free: boolean }>`select private.has_free_place(${activityId}::uuid, ${institutionId}::uuid) as free`.execute(svc)
  return rows[0]!.free
}

/** A moment as people at the activity read it, stored raw: each reader sees it in their language with the zone's city. */
export function zonedInstant(at: Date, zone: string): ZonedInstant {
  return { at: at.toISOString(), zone }
}

/**
 * Offers a waitlisted registration the place that freed: state offered until now + offer_hours, a job that
 * expires it then, and a notice (in-app and mail, in the person's language).
 */
async function offerPlace(svc: Tx, activity: LockedActivity, registrationId: string) {
  const offered = await svc.updateTable('registrations')
    .set({
      state: 'offered', offered_at: sql<Date>`now()`,
      offer_expires_at: sql<Date>`now() + ${activity.offer_hours} * interval '1 hour'`, updated_at: sql<Date>`now()`,
    })
    .where('id', '=', registrationId).where('state', '=', 'waitlisted')
    .returning(['id', 'person_id', 'offered_at', 'offer_expires_at']).executeTakeFirstOrThrow()
  const expires = offered.offer_expires_at!
  await enqueue(svc, OFFER_EXPIRY_JOB, { registrationId: offered.id }, {
    runAt: expires, uniqueKey: `${OFFER_EXPIRY_JOB}:${offered.id}:${offered.offered_at!.toISOString()}`,
  })
  await notify(svc, { users: [offered.person_id], tellActor: true }, {
    kind: 'calendarOffer', link: `/calendar/mine`, params: { activity: activity.title, deadline: zonedInstant(expires, activity.time_zone) },
  })
}

/**
 * Gives free places to the waitlist in order — people of `prefer` (the institution whose place freed) first,
 * then anyone whose institution still has room — until no one waiting fits. Runs with the activity locked.
 */
export async function fillPlaces(svc: Tx, activity: LockedActivity, prefer: string | null = null): Promise<number> {
  if (!(PLACES_MOVE_IN as readonly string[]).includes(activity.state)) return 0
  const waiting = await svc.selectFrom('registrations').select(['id', 'institution_id'])
    .where('activity_id', '=', activity.id).where('state', '=', 'waitlisted')
    .orderBy(sql`institution_id = ${prefer}::uuid`, 'desc').orderBy('position')
    .execute()
  const full = new Set<string>()
  let offered = 0
  for (const candidate of waiting) {
    if (full.has(candidate.institution_id)) continue
    if (!await hasFreePlace(svc, activity.id, candidate.institution_id)) {
      full.add(candidate.institution_id)
      if (activity.capacity !== null && await placesHeld(svc, activity.id) >= activity.capacity) break
      continue
    }
    await offerPlace(svc, activity, candidate.id)
    offered++
  }
  return offered
}

/**
 * For the activity's own service after a change that may open places (a raised capacity, a removed quota, a
 * registration reopened): offers them to the waitlist in the same transaction. Returns how many were offered.
 */
export async function offerOpenedPlaces(tx: Tx, activityId: string): Promise<number> {
  return elevated(tx, 'offer places that opened', async (svc) => {
    const activity = await lockActivityForPlaces(svc, activityId)
    return activity ? fillPlaces(svc, activity) : 0
  })
}

async function placesHeld(svc: Tx, activityId: string): Promise<number> {
  const row = await svc.selectFrom('registrations').select(eb => eb.fn.countAll<string>().as('n'))
    .where('activity_id', '=', activityId).where('state', 'in', ['confirmed', 'offered']).executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * The offer-expiry job: an offer still open at its deadline expires and the place goes to the next in line.
 * Idempotent: a second run (a lease that ran out, a restart) finds the offer no longer open and does nothing,
 * and an offer made again later has a job of its own.
 */
export async function expireOffer(db: Db, registrationId: string): Promise<'expired' | 'nothing'> {
  return asService(db, 'expire a registration offer', async (svc) => {
    const reg = await svc.selectFrom('registrations').select('activity_id').where('id', '=', registrationId).executeTakeFirst()
    if (!reg) return 'nothing'
    const activity = await lockActivityForPlaces(svc, reg.activity_id)
    const expired = await svc.updateTable('registrations')
      .set({ state: 'expired', offer_expires_at: null, updated_at: sql<Date>`now()` })
      .where('id', '=', registrationId).where('state', '=', 'offered').where('offer_expires_at', '<=', sql<Date>`now()`)
      .returning(['person_id', 'institution_id']).executeTakeFirst()
    if (!expired || !activity) return 'nothing'
    await notify(svc, { users: [expired.person_id] }, { kind: 'calendarOfferExpired', link: '/calendar/mine', params: { activity: activity.title } })
    await fillPlaces(svc, activity, expired.institution_id)
    return 'expired'
  })
}
