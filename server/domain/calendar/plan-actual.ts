import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { activityInputSchema } from '../../../shared/schemas/calendar'
import type { ActivityState } from '../../../shared/calendar/vocabulary'
import type { LocalizedText } from '../../../shared/localized-text'
import type { PlanActivityInput } from '../../../shared/schemas/activity-plans'
import { fail } from '../../utils/errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { createActivity } from './activities'

/**
 * The plan against the year as it happens: per item, the activities made from it (those the reader can see),
 * their states, their sessions held so far (not cancelled, already ended) of those scheduled, and how many people
 * registered and came — against the item's expected participants.
 */
export async function actualOfItems(tx: Tx, itemIds: string[]) {
  if (!itemIds.length) return new Map<string, ActualActivity[]>()
  const rows = await tx.selectFrom('activities as a')
    .select(['a.id', 'a.plan_item_id', 'a.title', 'a.state', 'a.capacity',
      eb => eb.selectFrom('activity_sessions as s').whereRef('s.activity_id', '=', 'a.id').where('s.cancelled_at', 'is', null)
        .select(eb.fn.countAll<string>().as('n')).as('sessions_scheduled'),
      eb => eb.selectFrom('activity_sessions as s').whereRef('s.activity_id', '=', 'a.id').where('s.cancelled_at', 'is', null)
        .where('s.ends_at', '<=', sql<Date>`now()`).select(eb.fn.countAll<string>().as('n')).as('sessions_held'),
      eb => eb.selectFrom('activity_sessions as s').whereRef('s.activity_id', '=', 'a.id').where('s.cancelled_at', 'is', null)
        .select(sql<Date | null>`min(s.starts_at)`.as('first')).as('first_starts_at')])
    .where('a.plan_item_id', 'in', itemIds).orderBy('a.created_at').execute()
  const people = await participation(tx, rows.map(r => r.id))
  const byItem = new Map<string, ActualActivity[]>()
  for (const r of rows) {
    const list = byItem.get(r.plan_item_id!) ?? []
    list.push({ id: r.id, title: r.title, state: r.state, capacity: r.capacity, first_starts_at: r.first_starts_at ?? null,
      sessions_scheduled: Number(r.sessions_scheduled ?? 0), sessions_held: Number(r.sessions_held ?? 0),
      registered: people.get(r.id)?.registered ?? 0, attended: people.get(r.id)?.attended ?? 0 })
    byItem.set(r.plan_item_id!, list)
  }
  return byItem
}
export interface ActualActivity {
  id: string
  title: LocalizedText
  state: ActivityState
  capacity: number | null
  first_starts_at: Date | null
  sessions_scheduled: number
  sessions_held: number
  /** People holding a confirmed place, and people checked in to at least one session. */
  registered: number
  attended: number
}

/**
 * How many registered and attended each activity: counts only, over every registration (a reader sees only some
 * rows of registrations, but the plan's figures are the community's), for activities the reader can already see.
 */
async function participation(tx: Tx, activityIds: string[]) {
  if (!activityIds.length) return new Map<string, { registered: number; attended: number }>()
  const rows = await elevated(tx, 'count registrations and attendance for the activity plan', svc => svc.selectFrom('registrations as r')
    .select(['r.activity_id',
      sql<string>`count(*) filter (where r.state = 'confirmed')`.as('registered'),
      sql<string>`count(*) filter (where exists (select 1 from public.attendance a where a.registration_id = r.id))`.as('attended')])
    .where('r.activity_id', 'in', activityIds).groupBy('r.activity_id').execute())
  return new Map(rows.map(r => [r.activity_id, { registered: Number(r.registered), attended: Number(r.attended) }]))
}

/**
 * A draft activity from an accepted item of an approved plan: its kind, title, audience and organiser come from
 * the item, where it happens from the request; the calendar's createActivity applies its own rules (venue or
 * link, who organises). The database's guard refuses the link for anyone else.
 */
export async function createActivityFromItem(tx: Tx, actor: Actor, academicYear: string, itemId: string, where: PlanActivityInput) {
  const item = await tx.selectFrom('activity_plan_items as i').innerJoin('activity_plans as p', 'p.id', 'i.plan_id')
    .select(['i.id', 'i.kind', 'i.title', 'i.audience', 'i.organiser_institution_id', 'i.expected_participants', 'i.state', 'p.state as plan_state'])
    .where('p.academic_year', '=', academicYear).where('i.id', '=', itemId).executeTakeFirst()
  if (!item) fail(404, 'errors.notFound')
  if (item.plan_state !== 'approved' || item.state !== 'accepted') fail(409, 'calendar.plan.errors.notApprovedItem')
  if (!(await isSecretariat(tx)) && !(await staffInstitutionIds(tx, actor)).includes(item.organiser_institution_id)) {
    fail(403, 'calendar.plan.errors.ownInstitutionOnly')
  }
  const input = activityInputSchema.parse({
    kind: item.kind, title: item.title, audience: item.audience, mode: where.mode, venueId: where.venueId, onlineUrl: where.onlineUrl,
    timeZone: where.timeZone, organiserIds: [item.organiser_institution_id], planItemId: item.id,
  })
  return { id: await createActivity(tx, actor, input) }
}
