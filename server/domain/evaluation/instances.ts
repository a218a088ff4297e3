import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import type { InstanceCreateInput, InstanceUpdateInput } from '../../../shared/schemas/evaluation'
import type { LocalizedText } from '../../../shared/localized-text'
import type { EvaluationTarget, EvaluationTiming } from '../../../shared/evaluation/vocabulary'

export const INSTANCE_COLUMNS = ['id', 'form_id', 'version_id', 'target', 'activity_id', 'timing', 'offset_days', 'call_id', 'anonymous',
  'opens_at', 'closes_at', 'open_days', 'reminder_days', 'created_by', 'created_at', 'updated_at'] as const

/**
 * Attaches a published version to an activity (before, right after, or offset days after its last session), to a
 * mobility call (its completed applicants), or to a list of institutions and people. Invitations go out through the
 * dispatch job once the instance opens. The form's managers attach; to an activity, only if they also organise it (RLS).
 */
export async function attachInstance(tx: Tx, actor: Actor, input: InstanceCreateInput) {
  const version = await tx.selectFrom('evaluation_form_versions').select(['id', 'form_id', 'state']).where('id', '=', input.versionId).executeTakeFirst()
  if (!version) fail(404, 'evaluation.errors.versionNotFound')
  if (version.state !== 'published') fail(409, 'evaluation.errors.versionNotPublished')
  if (input.target === 'activity') {
    const activity = await tx.selectFrom('activities').select('id').where('id', '=', input.activityId).executeTakeFirst()
    if (!activity) fail(404, 'evaluation.errors.activityNotFound')
  }
  if (input.target === 'mobility') {
    const call = await tx.selectFrom('calls').select(['id', sql<boolean>`private.can_manage_program(program_id)`.as('managed')])
      .where('id', '=', input.callId).executeTakeFirst()
    if (!call) fail(404, 'evaluation.errors.callNotFound')
    // Its completed students are the office's to ask: only an office of the call's program (or the secretariat) sends to them.
    if (!call.managed) fail(403, 'evaluation.errors.callNotManaged', { field: 'callId' })
  }
  const instance = await tx.insertInto('evaluation_instances').values({
    form_id: version.form_id, version_id: version.id, target: input.target,
    activity_id: input.target === 'activity' ? input.activityId : null,
    timing: input.target === 'activity' ? input.timing : null,
    offset_days: input.target === 'activity' ? input.offsetDays : 0,
    call_id: input.target === 'mobility' ? input.callId : null,
    anonymous: input.anonymous, opens_at: input.opensAt, closes_at: input.closesAt, open_days: input.openDays, reminder_days: input.reminderDays,
    created_by: actor.id,
  }).returning(INSTANCE_COLUMNS).executeTakeFirstOrThrow()
  if (input.target === 'list') {
    const members = input.allMembers
      ? (await tx.selectFrom('institutions').select('id').where('membership_status', '=', 'member').execute()).map(r => r.id)
      : []
    const rows = [
      ...[...new Set([...members, ...input.institutionIds])].map(id => ({ instance_id: instance.id, institution_id: id, person_id: null })),
      ...[...new Set(input.personIds)].map(id => ({ instance_id: instance.id, institution_id: null, person_id: id })),
    ]
    if (!rows.length) fail(422, 'evaluation.errors.noMembers', { field: 'institutionIds' })
    await tx.insertInto('evaluation_recipients').values(rows).execute()
  }
  return instance
}

/** An instance its reader may see, with its computed window: 404 otherwise. */
export async function getInstance(tx: Tx, instanceId: string) {
  const instance = await tx.selectFrom('evaluation_instances').select(INSTANCE_COLUMNS).where('id', '=', instanceId).executeTakeFirst()
  if (!instance) fail(404, 'evaluation.errors.instanceNotFound')
  const { rows } = await sql<{ opens_at: Date | null; closes_at: Date | null }>`
    select opens_at, closes_at from private.evaluation_window(${instanceId}::uuid)`.execute(tx)
  return { ...instance, window: rows[0] ?? { opens_at: null, closes_at: null } }
}

export interface InstanceSummary {
  id: string
  form_id: string
  title: LocalizedText
  version_id: string
  target: EvaluationTarget
  activity_id: string | null
  timing: EvaluationTiming | null
  offset_days: number
  call_id: string | null
  /** Where it was sent, as the reader may see it: the activity's or the call's title (null when hidden from them). */
  activity_title: LocalizedText | null
  call_title: LocalizedText | null
  anonymous: boolean
  opens_at: Date | null
  closes_at: Date | null
  /** Null for a reader who does not manage the instance. */
  invited: number | null
  submitted: number | null
  /** A list's recipients: institutions (their staff) and people named; null unless managed. */
  institutions: number | null
  people: number | null
}

/**
 * The instances of an activity or a form the reader manages, each with its window and how many were invited and
 * have submitted (an anonymous instance counts who took part). Invitees see the instances they are invited to, without counts.
 */
export async function listInstances(tx: Tx, filter: { activityId?: string; formId?: string }) {
  const { rows } = await sql<InstanceSummary>`
    select i.id, i.form_id, f.title, i.version_id, i.target, i.activity_id, i.timing, i.offset_days, i.call_id, i.anonymous, w.opens_at, w.closes_at,
      a.title as activity_title, c.title as call_title,
      case when private.can_manage_evaluation_instance(i.id) then
        (select count(*)::int from public.evaluation_recipients rc where rc.instance_id = i.id and rc.institution_id is not null) end as institutions,
      case when private.can_manage_evaluation_instance(i.id) then
        (select count(*)::int from public.evaluation_recipients rc where rc.instance_id = i.id and rc.person_id is not null) end as people,
      case when private.can_manage_evaluation_instance(i.id) then
        (select count(*)::int from public.evaluation_invitations v where v.instance_id = i.id) end as invited,
      case when not private.can_manage_evaluation_instance(i.id) then null
        when i.anonymous then (select count(*)::int from public.evaluation_participation p where p.instance_id = i.id)
        else (select count(*)::int from public.evaluation_responses r where r.instance_id = i.id and r.submitted_at is not null) end as submitted
    from public.evaluation_instances i
    join public.evaluation_forms f on f.id = i.form_id
    left join public.activities a on a.id = i.activity_id
    left join public.calls c on c.id = i.call_id
    cross join lateral private.evaluation_window(i.id) w
    where (${filter.activityId ?? null}::uuid is null or i.activity_id = ${filter.activityId ?? null}::uuid)
      and (${filter.formId ?? null}::uuid is null or i.form_id = ${filter.formId ?? null}::uuid)
    order by w.opens_at nulls last, i.created_at
    limit 200`.execute(tx)
  return rows
}

/** Moves an instance's window or reminder; only its managers (others: 404). A window must close after it opens. */
export async function updateInstance(tx: Tx, instanceId: string, input: InstanceUpdateInput) {
  const current = await tx.selectFrom('evaluation_instances').select(['opens_at', 'closes_at']).where('id', '=', instanceId).executeTakeFirst()
  if (!current) fail(404, 'evaluation.errors.instanceNotFound')
  const opens = input.opensAt !== undefined ? input.opensAt : current.opens_at
  const closes = input.closesAt !== undefined ? input.closesAt : current.closes_at
  if (opens && closes && new Date(closes).getTime() <= new Date(opens).getTime()) {
    fail(422, 'evaluation.errors.closesBeforeOpening', { field: input.closesAt !== undefined ? 'closesAt' : 'opensAt' })
  }
  const row = await tx.updateTable('evaluation_instances').set({
    ...(input.opensAt !== undefined ? { opens_at: input.opensAt } : {}),
    ...(input.closesAt !== undefined ? { closes_at: input.closesAt } : {}),
    ...(input.openDays !== undefined ? { open_days: input.openDays } : {}),
    ...(input.reminderDays !== undefined ? { reminder_days: input.reminderDays } : {}),
    updated_at: new Date(),
  }).where('id', '=', instanceId).returning(INSTANCE_COLUMNS).executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.instanceNotFound')
  return row
}
