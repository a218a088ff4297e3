import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { ConferenceSettingsInput, TrackInput } from '../../../shared/schemas/conferences'
import { fail } from '../../utils/errors'
import { wallClockToInstant } from '../time/wall-clock'

/** Whether the signed-in person chairs the conference (manages its activity, or is a named chair). */
export async function isConferenceChair(tx: Tx, conferenceId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.is_conference_chair(${conferenceId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}

/** The conference with its activity's zone and state: 404 for what the reader cannot see. */
export async function loadConference(tx: Tx, conferenceId: string) {
  const row = await tx.selectFrom('conferences as c').innerJoin('activities as a', 'a.id', 'c.activity_id')
    .select(['c.id', 'c.activity_id', 'c.call_text', 'c.submission_languages', 'c.submission_types', 'c.word_limit',
      'c.submission_deadline', 'c.review_mode', 'c.identities_revealed_at', 'c.review_criteria', 'c.coauthor_lookback_years',
      'c.programme_published_at', 'a.time_zone', 'a.state as activity_state', 'a.title'])
    .where('c.id', '=', conferenceId).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

/** Locks a conference for a chair's change: 404 for what the reader cannot see, 403 for one they do not chair. */
export async function lockConferenceAsChair(tx: Tx, conferenceId: string) {
  const conference = await loadConference(tx, conferenceId)
  if (!(await isConferenceChair(tx, conferenceId))) fail(403, 'errors.forbidden')
  await tx.selectFrom('conferences').select('id').where('id', '=', conferenceId).forUpdate().execute()
  return conference
}

function settingsColumns(input: ConferenceSettingsInput, timeZone: string) {
  const deadline = input.submissionDeadlineLocal === null
    ? null
    : wallClockToInstant(input.submissionDeadlineLocal, timeZone) ?? fail(422, 'conferences.errors.invalidTime')
  return {
    call_text: JSON.stringify(input.callText), submission_languages: input.submissionLanguages, submission_types: input.submissionTypes,
    word_limit: input.wordLimit, submission_deadline: deadline, review_mode: input.reviewMode,
    identities_revealed_at: input.identitiesRevealedAt, review_criteria: input.reviewCriteria,
    coauthor_lookback_years: input.coauthorLookbackYears,
  }
}

/**
 * The academic side of a conference activity: its call's settings and named chairs. Only an activity of kind
 * 'conference' has one, made by whoever manages the activity. Returns the conference's id.
 */
export async function createConference(tx: Tx, actor: Actor, activityId: string, input: ConferenceSettingsInput): Promise<string> {
  const activity = await tx.selectFrom('activities').select(['id', 'kind', 'time_zone']).where('id', '=', activityId).executeTakeFirst()
  if (!activity) fail(404, 'errors.notFound')
  if (activity.kind !== 'conference') fail(422, 'conferences.errors.notAConference')
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${activityId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(403, 'errors.forbidden')
  const existing = await tx.selectFrom('conferences').select('id').where('activity_id', '=', activityId).executeTakeFirst()
  if (existing) fail(409, 'conferences.errors.alreadyExists')
  const row = await tx.insertInto('conferences').values({ activity_id: activityId, ...settingsColumns(input, activity.time_zone) })
    .returning('id').executeTakeFirstOrThrow()
  await replaceChairs(tx, row.id, input.chairIds)
  void actor
  return row.id
}

/** A chair changes the call's settings; the named chairs are changed by the activity's organisers only (the database says so). */
export async function updateConferenceSettings(tx: Tx, conferenceId: string, input: ConferenceSettingsInput) {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  await tx.updateTable('conferences').set({ ...settingsColumns(input, conference.time_zone), updated_at: new Date() })
    .where('id', '=', conferenceId).execute()
  const current = (await tx.selectFrom('conference_chairs').select('person_id').where('conference_id', '=', conferenceId).execute()).map(r => r.person_id)
  const wanted = [...new Set(input.chairIds)]
  if (current.length !== wanted.length || current.some(id => !wanted.includes(id))) {
    const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${conference.activity_id}::uuid) as ok`.execute(tx)
    if (!rows[0]?.ok) fail(403, 'errors.forbidden')
    await replaceChairs(tx, conferenceId, wanted)
  }
}

async function replaceChairs(tx: Tx, conferenceId: string, ids: string[]) {
  const wanted = [...new Set(ids)]
  const existing = (await tx.selectFrom('conference_chairs').select('person_id').where('conference_id', '=', conferenceId).execute()).map(r => r.person_id)
  const gone = existing.filter(id => !wanted.includes(id))
  const added = wanted.filter(id => !existing.includes(id))
  if (gone.length) await tx.deleteFrom('conference_chairs').where('conference_id', '=', conferenceId).where('person_id', 'in', gone).execute()
  if (added.length) await tx.insertInto('conference_chairs').values(added.map(id => ({ conference_id: conferenceId, person_id: id }))).execute()
}

export async function addTrack(tx: Tx, conferenceId: string, input: TrackInput): Promise<string> {
  await lockConferenceAsChair(tx, conferenceId)
  const row = await tx.insertInto('conference_tracks').values({
    conference_id: conferenceId, name: JSON.stringify(input.name), topics: input.topics, position: input.position,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** Ends the anonymised phase now: reviewers see authors and institutions from here on. */
export async function revealIdentities(tx: Tx, conferenceId: string) {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  if (conference.review_mode !== 'anonymised_then_open') fail(409, 'conferences.errors.notAnonymised')
  await tx.updateTable('conferences').set({ identities_revealed_at: sql<Date>`now()`, updated_at: new Date() }).where('id', '=', conferenceId).execute()
}
