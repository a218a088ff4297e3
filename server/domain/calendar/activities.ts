import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { ActivityInput, ActivityUpdate } from '../../../shared/schemas/calendar'
import { activityActionsFrom } from '../../../shared/calendar/lifecycle'
import { PUBLIC_ACTIVITY_STATES, type ActivityKind } from '../../../shared/calendar/vocabulary'
import { eligibleRolesColumn } from './columns'
import { fail } from '../../utils/errors'
import { wallClockToInstant } from '../time/wall-clock'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { offerOpenedPlaces } from './places'

export const ACTIVITY_COLUMNS = ['id', 'kind', 'state', 'title', 'summary', 'description', 'audience', 'working_languages', 'interpretation',
  'mode', 'venue_id', 'online_url', 'time_zone', 'capacity', 'registration_opens_at', 'registration_closes_at',
  'eligible_institution_ids', 'offer_hours', 'reminder_days', 'fee_note', 'questions', 'plan_item_id', 'previous_run_id', 'cancel_reason', 'created_by',
  'revision', 'created_at', 'updated_at'] as const

/** The registration window as instants: the form writes wall-clock times in the activity's zone. */
function registrationWindow(input: Pick<ActivityInput, 'registrationOpensAtLocal' | 'registrationClosesAtLocal' | 'timeZone'>) {
  const at = (local: string | null) => {
    if (!local) return null
    return wallClockToInstant(local, input.timeZone) ?? fail(422, 'calendar.errors.invalidTime')
  }
  const opensAt = at(input.registrationOpensAtLocal)
  const closesAt = at(input.registrationClosesAtLocal)
  if (opensAt && closesAt && closesAt <= opensAt) fail(422, 'calendar.errors.windowBackwards')
  return { opensAt, closesAt }
}

/** The content columns of a create or an edit, as the table stores them. */
function activityColumns(input: ActivityInput | ActivityUpdate) {
  const { opensAt, closesAt } = registrationWindow(input)
  return {
    kind: input.kind, title: JSON.stringify(input.title), summary: JSON.stringify(input.summary),
    description: JSON.stringify(input.description), audience: JSON.stringify(input.audience),
    working_languages: input.workingLanguages, interpretation: input.interpretation, mode: input.mode,
    venue_id: input.venueId, online_url: input.onlineUrl, time_zone: input.timeZone, capacity: input.capacity,
    registration_opens_at: opensAt, registration_closes_at: closesAt, eligible_roles: input.eligibleRoles,
    eligible_institution_ids: input.eligibleInstitutionIds, offer_hours: input.offerHours, reminder_days: input.reminderDays,
    fee_note: JSON.stringify(input.feeNote), questions: input.questions,
  }
}

/** A venue is needed where people come, an online link where they connect. */
function checkWhere(input: ActivityInput | ActivityUpdate) {
  if (input.mode !== 'online' && !input.venueId) fail(422, 'calendar.errors.venueRequired')
  if (input.mode !== 'physical' && !input.onlineUrl) fail(422, 'calendar.errors.onlineUrlRequired')
}

/**
 * A draft activity. Its organisers are institutions whose staff the actor is (the secretariat may name any); other
 * organisers, enterprises too, join beside one of the actor's own. Invitees are the partners it is planned for.
 */
export async function createActivity(tx: Tx, actor: Actor, input: ActivityInput, previousRunId: string | null = null): Promise<string> {
  checkWhere(input)
  const mine = await staffInstitutionIds(tx, actor)
  if (!input.organiserIds.some(id => mine.includes(id)) && !(await isSecretariat(tx))) fail(403, 'calendar.errors.ownInstitutionOrganises')
  await checkInstitutionsExist(tx, [...input.organiserIds, ...input.inviteeIds])
  const row = await tx.insertInto('activities').values({ ...activityColumns(input), plan_item_id: input.planItemId, previous_run_id: previousRunId, created_by: actor.id })
    .returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  await tx.insertInto('activity_organisers').values(input.organiserIds.map(id => ({ activity_id: row.id, institution_id: id }))).execute()
  if (input.inviteeIds.length) {
    await tx.insertInto('activity_invitees').values(input.inviteeIds.map(id => ({ activity_id: row.id, institution_id: id }))).execute()
  }
  return row.id
}

async function checkInstitutionsExist(tx: Tx, ids: string[]) {
  const unique = [...new Set(ids)]
  if (!unique.length) return
  const found = await tx.selectFrom('institutions').select('id').where('id', 'in', unique).execute()
  if (found.length !== unique.length) fail(422, 'calendar.errors.unknownInstitution')
}

/**
 * Locks an activity for a change by its organisers (or the secretariat): 404 for what the reader cannot see,
 * 403 for a public activity they do not run.
 */
export async function lockActivity(tx: Tx, id: string) {
  const visible = await tx.selectFrom('activities').select('id').where('id', '=', id).executeTakeFirst()
  if (!visible) fail(404, 'errors.notFound')
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${id}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(403, 'errors.forbidden')
  return tx.selectFrom('activities').select(['id', 'state', 'revision', 'time_zone', 'title', 'venue_id', 'created_by'])
    .where('id', '=', id).forUpdate().executeTakeFirstOrThrow()
}

export async function updateActivity(tx: Tx, actor: Actor, id: string, input: ActivityUpdate): Promise<number> {
  const current = await lockActivity(tx, id)
  if (current.revision !== input.revision) fail(409, 'calendar.errors.staleRevision', {}, { current: { revision: current.revision } })
  if (current.state === 'cancelled' || current.state === 'evaluated') fail(409, 'calendar.errors.notEditable')
  checkWhere(input)
  await checkInstitutionsExist(tx, [...input.organiserIds, ...input.inviteeIds])
  const row = await tx.updateTable('activities').set({ ...activityColumns(input), revision: current.revision + 1, updated_at: new Date() })
    .where('id', '=', id).returning('revision').executeTakeFirstOrThrow()
  await replaceLinks(tx, 'activity_organisers', id, input.organiserIds)
  await replaceLinks(tx, 'activity_invitees', id, input.inviteeIds)
  // More places (or none limited) go at once to the people waiting, in their order.
  await offerOpenedPlaces(tx, id)
  void actor
  return row.revision
}

async function replaceLinks(tx: Tx, table: 'activity_organisers' | 'activity_invitees', activityId: string, ids: string[]) {
  const wanted = [...new Set(ids)]
  const existing = (await tx.selectFrom(table).select('institution_id').where('activity_id', '=', activityId).execute()).map(r => r.institution_id)
  const gone = existing.filter(id => !wanted.includes(id))
  const added = wanted.filter(id => !existing.includes(id))
  if (gone.length) await tx.deleteFrom(table).where('activity_id', '=', activityId).where('institution_id', 'in', gone).execute()
  if (added.length) await tx.insertInto(table).values(added.map(id => ({ activity_id: activityId, institution_id: id }))).execute()
}

/** One activity as its page shows it: organisers, invitees, venue with rooms, sessions, and what the reader may do. */
export async function getActivity(tx: Tx, id: string) {
  const activity = await tx.selectFrom('activities').select(ACTIVITY_COLUMNS).select(eligibleRolesColumn()).where('id', '=', id).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  const [organisers, invitees, sessions, venue, manage, quotas, runs] = await Promise.all([
    institutionsOf(tx, 'activity_organisers', id),
    institutionsOf(tx, 'activity_invitees', id),
    tx.selectFrom('activity_sessions').select(['id', 'title', 'starts_at', 'ends_at', 'time_zone', 'room_id', 'online_url', 'series_id',
      'cancelled_at', 'moved_from_starts_at', 'sequence'])
      .where('activity_id', '=', id).orderBy('starts_at').orderBy('id').execute(),
    activity.venue_id ? venueWithRooms(tx, activity.venue_id) : Promise.resolve(null),
    sql<{ ok: boolean }>`select private.can_manage_activity(${id}::uuid) as ok`.execute(tx),
    tx.selectFrom('activity_quotas').select(['institution_id', 'places']).where('activity_id', '=', id).execute(),
    // The run this one repeats and the runs that repeat it, those the reader can see.
    tx.selectFrom('activities').select(['id', 'title', 'state', 'previous_run_id', 'created_at'])
      .where(eb => eb.or([eb('previous_run_id', '=', id), ...(activity.previous_run_id ? [eb('id', '=', activity.previous_run_id)] : [])]))
      .orderBy('created_at').execute(),
  ])
  const canManage = manage.rows[0]?.ok === true
  return {
    ...activity, organisers, invitees, sessions, venue, quotas,
    previous_run: runs.filter(r => r.id === activity.previous_run_id).map(({ id: runId, title, state }) => ({ id: runId, title, state }))[0] ?? null,
    next_runs: runs.filter(r => r.previous_run_id === id).map(({ id: runId, title, state }) => ({ id: runId, title, state })),
    can_manage: canManage,
    actions: canManage ? activityActionsFrom(activity.state) : [],
  }
}

/** The institutions an activity names in one of its link tables (organisers or invitees), as the page shows them. */
async function institutionsOf(tx: Tx, table: 'activity_organisers' | 'activity_invitees', activityId: string) {
  return tx.selectFrom('institutions as i').select(['i.id', 'i.slug', 'i.name', 'i.country', 'i.kind'])
    .where('i.id', 'in', eb => eb.selectFrom(table).select('institution_id').where('activity_id', '=', activityId))
    .orderBy('i.slug').execute()
}

export async function venueWithRooms(tx: Tx, venueId: string) {
  const venue = await tx.selectFrom('venues').select(['id', 'institution_id', 'name', 'address', 'city', 'country', 'time_zone'])
    .where('id', '=', venueId).executeTakeFirst()
  if (!venue) return null
  const rooms = await tx.selectFrom('rooms').select(['id', 'name', 'capacity']).where('venue_id', '=', venueId).orderBy('created_at').execute()
  return { ...venue, rooms }
}

/**
 * Activities for a list: the public ones (published on, soonest first), or "mine" — those the reader organises,
 * drafts included. Each row carries its first and last session and organiser names.
 */
export async function listActivities(tx: Tx, actor: Actor | null, query: { kind?: ActivityKind; organiser?: string; scope: 'public' | 'mine' }) {
  const mine = query.scope === 'mine' && actor ? await staffInstitutionIds(tx, actor) : []
  const rows = await tx.selectFrom('activities as a')
    .select(['a.id', 'a.kind', 'a.state', 'a.title', 'a.summary', 'a.mode', 'a.time_zone', 'a.capacity', 'a.created_at'])
    .select(eb => [
      eb.selectFrom('activity_sessions as s').select(eb2 => eb2.fn.min('s.starts_at').as('x')).whereRef('s.activity_id', '=', 'a.id')
        .where('s.cancelled_at', 'is', null).as('first_starts_at'),
      eb.selectFrom('activity_sessions as s').select(eb2 => eb2.fn.max('s.ends_at').as('x')).whereRef('s.activity_id', '=', 'a.id')
        .where('s.cancelled_at', 'is', null).as('last_ends_at'),
      eb.selectFrom('activity_sessions as s').select(eb2 => eb2.fn.countAll<string>().as('x')).whereRef('s.activity_id', '=', 'a.id')
        .where('s.cancelled_at', 'is', null).as('session_count'),
    ])
    .$if(query.scope === 'public', qb => qb.where('a.state', 'in', PUBLIC_ACTIVITY_STATES))
    .$if(query.scope === 'mine', qb => qb.where(eb => eb.or([
      eb('a.created_by', '=', actor?.id ?? null),
      ...(mine.length ? [eb.exists(eb.selectFrom('activity_organisers as o').select('o.activity_id').whereRef('o.activity_id', '=', 'a.id').where('o.institution_id', 'in', mine))] : []),
    ])))
    .$if(!!query.kind, qb => qb.where('a.kind', '=', query.kind!))
    .$if(!!query.organiser, qb => qb.where(eb => eb.exists(eb.selectFrom('activity_organisers as o').select('o.activity_id')
      .whereRef('o.activity_id', '=', 'a.id').where('o.institution_id', '=', query.organiser!))))
    // What is still to come first, soonest first; what is over after it.
    .orderBy(sql`(select max(s.ends_at) from activity_sessions s where s.activity_id = a.id and s.cancelled_at is null) < now() asc nulls first`)
    .orderBy(sql`(select min(s.starts_at) from activity_sessions s where s.activity_id = a.id and s.cancelled_at is null) asc nulls last`)
    .orderBy('a.created_at', 'desc')
    .limit(500)
    .execute()
  const organisers = rows.length
    ? await tx.selectFrom('activity_organisers as o').innerJoin('institutions as i', 'i.id', 'o.institution_id')
        .select(['o.activity_id', 'i.id', 'i.name', 'i.slug', 'i.country']).where('o.activity_id', 'in', rows.map(r => r.id)).execute()
    : []
  return rows.map(r => ({
    ...r, session_count: Number(r.session_count ?? 0),
    organisers: organisers.filter(o => o.activity_id === r.id).map(({ activity_id: _, ...o }) => o),
  }))
}
