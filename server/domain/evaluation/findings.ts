import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import type { ActionCreateInput, ActionUpdateInput, FindingCreateInput } from '../../../shared/schemas/evaluation'
import type { LocalizedText } from '../../../shared/localized-text'

const FINDING_COLUMNS = ['id', 'instance_id', 'activity_id', 'text', 'created_by', 'created_at', 'updated_at'] as const
const ACTION_COLUMNS = ['id', 'finding_id', 'owner_id', 'title', 'due_on', 'status', 'created_by', 'created_at', 'updated_at'] as const

/** Findings of an instance or an activity with their actions, as the reader may see them (managers; owners their own). */
export async function listFindings(tx: Tx, filter: { instanceId?: string; activityId?: string }) {
  const findings = await tx.selectFrom('evaluation_findings').select(FINDING_COLUMNS)
    .$if(Boolean(filter.instanceId), qb => qb.where('instance_id', '=', filter.instanceId!))
    .$if(Boolean(filter.activityId), qb => qb.where('activity_id', '=', filter.activityId!))
    .orderBy('created_at').execute()
  const actions = findings.length
    ? await tx.selectFrom('evaluation_actions').select(ACTION_COLUMNS).where('finding_id', 'in', findings.map(f => f.id)).orderBy('due_on').execute()
    : []
  return findings.map(f => ({ ...f, actions: actions.filter(a => a.finding_id === f.id) }))
}

/** Records a finding on an instance (its activity is named too) or directly on an activity; its managers only. */
export async function createFinding(tx: Tx, actor: Actor, input: FindingCreateInput) {
  if (input.instanceId) {
    const instance = await tx.selectFrom('evaluation_instances').select('id').where('id', '=', input.instanceId).executeTakeFirst()
    if (!instance) fail(404, 'evaluation.errors.instanceNotFound')
  }
  else {
    const activity = await tx.selectFrom('activities').select('id').where('id', '=', input.activityId!).executeTakeFirst()
    if (!activity) fail(404, 'evaluation.errors.activityNotFound')
  }
  return tx.insertInto('evaluation_findings').values({
    instance_id: input.instanceId ?? null, activity_id: input.activityId ?? null, text: JSON.stringify(input.text), created_by: actor.id,
  }).returning(FINDING_COLUMNS).executeTakeFirstOrThrow()
}

export async function updateFinding(tx: Tx, findingId: string, text: LocalizedText) {
  const row = await tx.updateTable('evaluation_findings').set({ text: JSON.stringify(text), updated_at: new Date() })
    .where('id', '=', findingId).returning(FINDING_COLUMNS).executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.findingNotFound')
  return row
}

export async function deleteFinding(tx: Tx, findingId: string) {
  const row = await tx.deleteFrom('evaluation_findings').where('id', '=', findingId).returning('id').executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.findingNotFound')
  return { deleted: true }
}

/** An action on a finding, with an owner who must exist (and is reminded when it is overdue). */
export async function createAction(tx: Tx, actor: Actor, findingId: string, input: ActionCreateInput) {
  const finding = await tx.selectFrom('evaluation_findings').select('id').where('id', '=', findingId).executeTakeFirst()
  if (!finding) fail(404, 'evaluation.errors.findingNotFound')
  // An owner may be anyone in the community, also someone whose profile the organiser cannot read: only existence is asked.
  const owner = await elevated(tx, 'check that an action owner exists', svc => svc.selectFrom('profiles').select('id')
    .where('id', '=', input.ownerId).where('erased_at', 'is', null).executeTakeFirst())
  if (!owner) fail(422, 'evaluation.errors.unknownOwner', { field: 'ownerId' }, { issues: [{ path: 'ownerId', code: 'unknown_owner' }] })
  return tx.insertInto('evaluation_actions').values({
    finding_id: findingId, owner_id: input.ownerId, title: JSON.stringify(input.title), due_on: input.dueOn, status: input.status, created_by: actor.id,
  }).returning(ACTION_COLUMNS).executeTakeFirstOrThrow()
}

/** Changes an action: its owner moves the status; the finding's managers change anything (the database says who may). */
export async function updateAction(tx: Tx, actionId: string, input: ActionUpdateInput) {
  const row = await tx.updateTable('evaluation_actions').set({
    ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
    ...(input.title !== undefined ? { title: JSON.stringify(input.title) } : {}),
    ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    updated_at: new Date(),
  }).where('id', '=', actionId).returning(ACTION_COLUMNS).executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.actionNotFound')
  return row
}

export async function deleteAction(tx: Tx, actionId: string) {
  const row = await tx.deleteFrom('evaluation_actions').where('id', '=', actionId).returning('id').executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.actionNotFound')
  return { deleted: true }
}
