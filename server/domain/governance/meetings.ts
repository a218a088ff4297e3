import type { Tx } from '../../db/as-user'
import type { MeetingInput, MeetingPatch } from '../../../shared/schemas/governance'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { displayNames } from '../profiles/profiles'
import { bodyMembers, currentMemberIds, findBody, maySchedule } from './bodies'
import { localStart, neutralStart } from './meeting-time'
import { wallClockToInstant } from '../time/wall-clock'

const MEETING_COLUMNS = ['id', 'body_id', 'title', 'starts_at', 'time_zone', 'duration_minutes', 'location', 'agenda', 'minutes', 'created_at', 'updated_at'] as const

function startOrFail(startsAtLocal: string, timeZone: string): Date {
  const start = wallClockToInstant(startsAtLocal, timeZone)
  if (!start) fail(422, 'governance.errors.invalidStart')
  return start
}

/** RLS shows a meeting to the body's current members and the secretariat; anyone else gets 404. */
export async function findMeeting(tx: Tx, id: string) {
  const meeting = await tx.selectFrom('meetings').select(MEETING_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!meeting) fail(404, 'errors.notFound')
  return meeting
}

/** Schedules a meeting and tells everyone who sits on the body now, each in their own language. */
export async function scheduleMeeting(tx: Tx, bodyId: string, input: MeetingInput) {
  const body = await findBody(tx, bodyId)
  if (!await maySchedule(tx, bodyId)) fail(403, 'errors.forbidden')
  const startsAt = startOrFail(input.startsAtLocal, input.timeZone)
  const meeting = await tx.insertInto('meetings').values({
    body_id: bodyId, title: JSON.stringify(input.title), starts_at: startsAt, time_zone: input.timeZone,
    duration_minutes: input.durationMinutes, location: JSON.stringify(input.location), agenda: JSON.stringify(input.agenda),
    minutes: JSON.stringify({}),
  }).returning(MEETING_COLUMNS).executeTakeFirstOrThrow()
  await notify(tx, { users: await currentMemberIds(tx, bodyId) }, {
    kind: 'governance.meetingScheduled',
    params: { body: body.name, title: input.title, start: neutralStart(localStart(startsAt, input.timeZone), input.timeZone) },
    link: `/governance/meetings/${meeting.id}`,
  })
  return meeting
}

/** The meeting page: agenda, minutes, files, decisions and the body's members (who may own a decision). */
export async function getMeeting(tx: Tx, id: string) {
  const meeting = await findMeeting(tx, id)
  const body = await tx.selectFrom('governance_bodies').select(['id', 'kind', 'name']).where('id', '=', meeting.body_id).executeTakeFirst()
  const files = await tx.selectFrom('meeting_files as mf').innerJoin('files as f', 'f.id', 'mf.file_id')
    .select(['f.id', 'f.filename', 'f.content_type', 'f.size_bytes', 'mf.added_at'])
    .where('mf.meeting_id', '=', id).orderBy('mf.added_at').execute()
  const decisions = await tx.selectFrom('meeting_decisions').select(['id', 'text', 'status', 'owner_id', 'due_on', 'created_at', 'updated_at'])
    .where('meeting_id', '=', id).orderBy('created_at').execute()
  // Sequential: both read names on an elevated role that no concurrent query may share.
  const members = await bodyMembers(tx, meeting.body_id)
  const owners = await displayNames(tx, decisions.flatMap(d => (d.owner_id ? [d.owner_id] : [])), 'names of decision owners')
  return {
    ...meeting,
    starts_at_local: localStart(meeting.starts_at, meeting.time_zone),
    body: body ?? null,
    files: files.map(f => ({ ...f, size_bytes: Number(f.size_bytes) })),
    decisions: decisions.map(d => ({ ...d, owner_name: d.owner_id ? owners.get(d.owner_id) ?? '' : null })),
    members,
  }
}

/**
 * Changes agenda, minutes or the meeting's details. A new zone alone keeps the wall-clock time
 * (the zone was wrong, not the hour); a new time alone is read in the meeting's zone.
 */
export async function updateMeeting(tx: Tx, id: string, patch: MeetingPatch) {
  const current = await findMeeting(tx, id)
  const values: Record<string, unknown> = { updated_at: new Date() }
  if (patch.startsAtLocal !== undefined || patch.timeZone !== undefined) {
    const zone = patch.timeZone ?? current.time_zone
    values.starts_at = startOrFail(patch.startsAtLocal ?? localStart(current.starts_at, current.time_zone), zone)
    values.time_zone = zone
  }
  if (patch.durationMinutes !== undefined) values.duration_minutes = patch.durationMinutes
  for (const field of ['title', 'location', 'agenda', 'minutes'] as const) {
    if (patch[field] !== undefined) values[field] = JSON.stringify(patch[field])
  }
  const row = await tx.updateTable('meetings').set(values as never).where('id', '=', id).returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  const newStart = values.starts_at as Date | undefined
  if (newStart && newStart.getTime() !== new Date(current.starts_at).getTime()) {
    await tellMeetingMoved(tx, { ...current, title: patch.title ?? current.title }, newStart, values.time_zone as string)
  }
  return getMeeting(tx, id)
}

/** A meeting that now starts at another instant: everyone who sits on the body is told, old and new time side by side. */
async function tellMeetingMoved(tx: Tx, meeting: Awaited<ReturnType<typeof findMeeting>>, startsAt: Date, timeZone: string) {
  const body = await findBody(tx, meeting.body_id)
  await notify(tx, { users: await currentMemberIds(tx, meeting.body_id) }, {
    kind: 'governance.meetingMoved',
    params: {
      body: body.name, title: meeting.title,
      start: neutralStart(localStart(startsAt, timeZone), timeZone),
      was: neutralStart(localStart(meeting.starts_at, meeting.time_zone), meeting.time_zone),
    },
    link: `/governance/meetings/${meeting.id}`,
  })
}
