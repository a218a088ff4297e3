import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import type { QuotasInput } from '../../../shared/schemas/calendar-registration'
import { fillPlaces, lockActivityForPlaces } from './places'

/**
 * The registrations of an activity the actor may see: organisers all (with answers), an office its own
 * institution's (answers stay hidden by RLS). A person without either right gets 403, not an empty list.
 */
export async function listActivityRegistrations(tx: Tx, activityId: string) {
  const activity = await tx.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst()
  if (!activity) fail(404, 'calendar.registration.errors.activityNotFound')
  const { rows } = await sql<{ organiser: boolean; office: boolean }>`
    select private.can_manage_activity(${activityId}::uuid) as organiser,
      exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and private.is_staff_of(m.institution_id)) as office`.execute(tx)
  if (!rows[0]!.organiser && !rows[0]!.office) fail(403, 'calendar.registration.errors.notOrganiser')
  const registrations = await tx.selectFrom('registrations as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .leftJoin('registration_answers as a', 'a.registration_id', 'r.id')
    .select(['r.id', 'r.person_id', 'r.institution_id', 'i.name as institution_name', 'r.state', 'r.position',
      'r.offer_expires_at', 'r.registered_by', 'r.created_at', 'a.answers'])
    .where('r.activity_id', '=', activityId)
    .orderBy(sql`case r.state when 'confirmed' then 0 when 'offered' then 1 when 'waitlisted' then 2 else 3 end`).orderBy('r.position')
    .execute()
  // Names of the people whose registrations RLS let the actor see: organisers and offices may not read every profile.
  const ids = registrations.map(r => r.person_id)
  const names = ids.length
    ? await elevated(tx, 'names of registered people', svc => svc.selectFrom('profiles').select(['id', 'display_name']).where('id', 'in', ids).execute())
    : []
  const nameOf = new Map(names.map(n => [n.id, n.display_name]))
  const quotas = await tx.selectFrom('activity_quotas as q').innerJoin('institutions as i', 'i.id', 'q.institution_id')
    .select(['q.institution_id', 'i.name as institution_name', 'q.places']).where('q.activity_id', '=', activityId).execute()
  return {
    can_manage: rows[0]!.organiser,
    registrations: registrations.map(r => ({ ...r, display_name: nameOf.get(r.person_id) ?? '', position: Number(r.position), answers: r.answers ?? null })),
    quotas,
  }
}

/** The actor's registrations, newest activity first, with the waitlist position and the offer's deadline. */
export async function myRegistrations(tx: Tx, actor: Actor) {
  const rows = await tx.selectFrom('registrations as r')
    .innerJoin('activities as a', 'a.id', 'r.activity_id')
    .select(['r.id', 'r.activity_id', 'a.title', 'a.time_zone', 'r.state', 'r.offer_expires_at', 'r.checkin_code', 'r.created_at',
      eb => eb.selectFrom('activity_sessions as s').select(eb2 => eb2.fn.min('s.starts_at').as('first')).whereRef('s.activity_id', '=', 'r.activity_id')
        .where('s.cancelled_at', 'is', null).as('first_starts_at'),
      sql<string>`(select count(*) from public.registrations w where w.activity_id = r.activity_id and w.state = 'waitlisted' and w.position <= r.position)`.as('ahead')])
    .where('r.person_id', '=', actor.id).orderBy('r.created_at', 'desc').execute()
  return rows.map(({ ahead, ...r }) => ({ ...r, waitlist_position: r.state === 'waitlisted' ? Number(ahead) : null }))
}

/**
 * Sets an activity's quotas per partner (organisers). Institutions left out lose their quota; the database
 * refuses a quota for an institution that is neither invited nor organising, and quotas beyond the capacity.
 * Places a raised quota opens go to the waitlist at once.
 */
export async function setActivityQuotas(tx: Tx, activityId: string, input: QuotasInput) {
  const { rows } = await sql<{ organiser: boolean }>`select private.can_manage_activity(${activityId}::uuid) as organiser`.execute(tx)
  if (!rows[0]?.organiser) fail(403, 'calendar.registration.errors.notOrganiser')
  const ids = input.quotas.map(q => q.institutionId)
  if (new Set(ids).size !== ids.length) fail(422, 'calendar.registration.errors.duplicateQuota')
  const activity = await elevated(tx, 'lock the activity for its quotas', svc => lockActivityForPlaces(svc, activityId))
  if (!activity) fail(404, 'calendar.registration.errors.activityNotFound')
  const total = input.quotas.reduce((sum, q) => sum + q.places, 0)
  if (activity.capacity !== null && total > activity.capacity) fail(409, 'calendar.registration.errors.quotasBeyondCapacity', { capacity: activity.capacity })
  const partners = await tx.selectFrom('activity_invitees').select('institution_id').where('activity_id', '=', activityId)
    .union(tx.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', activityId)).execute()
  const allowed = new Set(partners.map(p => p.institution_id))
  if (ids.some(id => !allowed.has(id))) fail(422, 'calendar.registration.errors.quotaNotPartner')
  let query = tx.deleteFrom('activity_quotas').where('activity_id', '=', activityId)
  if (ids.length) query = query.where('institution_id', 'not in', ids)
  await query.execute()
  // Lowered quotas first, so the total stays within the capacity at every step (the database checks each row).
  const before = new Map((await tx.selectFrom('activity_quotas').select(['institution_id', 'places']).where('activity_id', '=', activityId).execute())
    .map(q => [q.institution_id, q.places]))
  const ordered = [...input.quotas].sort((x, y) => (x.places - (before.get(x.institutionId) ?? 0)) - (y.places - (before.get(y.institutionId) ?? 0)))
  for (const q of ordered) {
    await tx.insertInto('activity_quotas').values({ activity_id: activityId, institution_id: q.institutionId, places: q.places })
      .onConflict(oc => oc.columns(['activity_id', 'institution_id']).doUpdateSet({ places: q.places, updated_at: sql<Date>`now()` })).execute()
  }
  const offered = await elevated(tx, 'offer places the quotas opened', svc => fillPlaces(svc, activity))
  return { quotas: input.quotas, offered }
}
