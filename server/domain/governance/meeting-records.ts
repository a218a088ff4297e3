import type { Actor, Tx } from '../../db/as-user'
import type { DecisionInput, DecisionPatch } from '../../../shared/schemas/governance'
import { fail } from '../../utils/errors'
import { findMeeting } from './meetings'

const DECISION_COLUMNS = ['id', 'meeting_id', 'text', 'status', 'owner_id', 'due_on', 'created_at', 'updated_at'] as const

/** A decision is owned by someone who sits (or sat) on the body that took it. */
async function checkOwner(tx: Tx, bodyId: string, ownerId: string | null | undefined) {
  if (!ownerId) return
  const seat = await tx.selectFrom('body_members').select('id').where('body_id', '=', bodyId).where('user_id', '=', ownerId).executeTakeFirst()
  if (!seat) fail(422, 'governance.errors.ownerNotMember')
}

export async function addDecision(tx: Tx, meetingId: string, input: DecisionInput) {
  const meeting = await findMeeting(tx, meetingId)
  await checkOwner(tx, meeting.body_id, input.ownerId)
  return tx.insertInto('meeting_decisions').values({
    meeting_id: meetingId, text: JSON.stringify(input.text), owner_id: input.ownerId, due_on: input.dueOn,
  }).returning(DECISION_COLUMNS).executeTakeFirstOrThrow()
}

/** Marks a decision done or open again, or changes its text, owner or due date. */
export async function updateDecision(tx: Tx, id: string, patch: DecisionPatch) {
  const found = await tx.selectFrom('meeting_decisions as d').innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.id', 'm.body_id']).where('d.id', '=', id).executeTakeFirst()
  if (!found) fail(404, 'errors.notFound')
  await checkOwner(tx, found.body_id, patch.ownerId)
  const values: Record<string, unknown> = { updated_at: new Date() }
  if (patch.text !== undefined) values.text = JSON.stringify(patch.text)
  if (patch.status !== undefined) values.status = patch.status
  if (patch.ownerId !== undefined) values.owner_id = patch.ownerId
  if (patch.dueOn !== undefined) values.due_on = patch.dueOn
  const row = await tx.updateTable('meeting_decisions').set(values as never).where('id', '=', id).returning(DECISION_COLUMNS).executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row
}

/** Attaches a file the actor uploaded (POST /api/files) to the meeting; attaching it again changes nothing. */
export async function attachMeetingFile(tx: Tx, actor: Actor, meetingId: string, fileId: string) {
  await findMeeting(tx, meetingId)
  const file = await tx.selectFrom('files').select(['id', 'owner_id']).where('id', '=', fileId).executeTakeFirst()
  // A file out of sight and someone else's answer alike: nothing tells whether it exists.
  if (!file || file.owner_id !== actor.id) fail(403, 'governance.errors.fileNotYours')
  await tx.insertInto('meeting_files').values({ meeting_id: meetingId, file_id: fileId })
    .onConflict(oc => oc.columns(['meeting_id', 'file_id']).doNothing()).execute()
  return tx.selectFrom('meeting_files as mf').innerJoin('files as f', 'f.id', 'mf.file_id')
    .select(['f.id', 'f.filename', 'f.content_type', 'mf.added_at']).where('mf.meeting_id', '=', meetingId).orderBy('mf.added_at').execute()
}
