import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import type { ProgrammeSessionInput, ProgrammeSlotInput } from '../../../shared/schemas/conferences'
import type { ProgrammeSessionEditInput } from '../../../shared/schemas/conferences-programme'
import type { ProgrammeConflictKind } from '../../../shared/conferences/vocabulary'
import { fail } from '../../utils/errors'
import { wallClockToInstant } from '../time/wall-clock'
import { notify } from '../notifications/notify'
import { lockConferenceAsChair } from './conferences'

const instantIn = (local: string, timeZone: string) => wallClockToInstant(local, timeZone) ?? fail(422, 'conferences.errors.invalidTime')

/** Postgres' refusal of a double-booked room (SQLSTATE 23P01 from the session guard) as the editor's message. */
async function refusingDoubleBooking<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  await sql`savepoint programme_session`.execute(tx)
  try {
    const result = await work()
    await sql`release savepoint programme_session`.execute(tx)
    return result
  }
  catch (error) {
    if ((error as { code?: string }).code !== '23P01') throw error
    await sql`rollback to savepoint programme_session`.execute(tx)
    fail(409, 'conferences.errors.roomDoubleBooked')
  }
}

/** A session of the programme at wall-clock times in the conference's zone, with its chairs. Returns its id. */
export async function addProgrammeSession(tx: Tx, conferenceId: string, input: ProgrammeSessionInput): Promise<string> {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  const startsAt = instantIn(input.startsAtLocal, conference.time_zone)
  const endsAt = instantIn(input.endsAtLocal, conference.time_zone)
  if (endsAt <= startsAt) fail(422, 'conferences.errors.endsBeforeStart')
  const row = await refusingDoubleBooking(tx, () => tx.insertInto('programme_sessions').values({
    conference_id: conferenceId, room_id: input.roomId, track_id: input.trackId, title: JSON.stringify(input.title),
    starts_at: startsAt, ends_at: endsAt, time_zone: conference.time_zone, language: input.language,
    interpretation_languages: input.interpretationLanguages,
  }).returning('id').executeTakeFirstOrThrow())
  if (input.chairIds.length) {
    await tx.insertInto('programme_session_chairs').values([...new Set(input.chairIds)].map(id => ({ session_id: row.id, person_id: id }))).execute()
  }
  return row.id
}

/**
 * Moves a session or changes its room; a double-booked room is refused (409). Once the programme is published, a new time
 * is told to the conference's registrants, the session's speakers and chairs, and the organisers, each in their language.
 */
export async function moveProgrammeSession(tx: Tx, sessionId: string, input: Pick<ProgrammeSessionInput, 'roomId' | 'startsAtLocal' | 'endsAtLocal'>) {
  const session = await tx.selectFrom('programme_sessions').select(['id', 'conference_id', 'title', 'starts_at']).where('id', '=', sessionId).executeTakeFirst()
  if (!session) fail(404, 'errors.notFound')
  const conference = await lockConferenceAsChair(tx, session.conference_id)
  const startsAt = instantIn(input.startsAtLocal, conference.time_zone)
  const endsAt = instantIn(input.endsAtLocal, conference.time_zone)
  if (endsAt <= startsAt) fail(422, 'conferences.errors.endsBeforeStart')
  await refusingDoubleBooking(tx, () => tx.updateTable('programme_sessions')
    .set({ room_id: input.roomId, starts_at: startsAt, ends_at: endsAt, updated_at: new Date() }).where('id', '=', sessionId).execute())
  if (conference.programme_published_at && startsAt.getTime() !== session.starts_at.getTime()) {
    const people = await elevated(tx, 'find who hears of a programme change', async svc => ({
      registrants: await svc.selectFrom('registrations').select('person_id').where('activity_id', '=', conference.activity_id)
        .where('state', 'in', ['confirmed', 'offered', 'waitlisted']).execute(),
      speakers: await svc.selectFrom('programme_slots as sl').innerJoin('submission_authors as a', 'a.submission_id', 'sl.submission_id')
        .select('a.person_id').where('sl.session_id', '=', sessionId).where('a.person_id', 'is not', null).execute(),
      chairs: await svc.selectFrom('programme_session_chairs').select('person_id').where('session_id', '=', sessionId).execute(),
      organisers: await svc.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', conference.activity_id).execute(),
    }))
    const users = new Set([...people.registrants, ...people.speakers, ...people.chairs].map(p => p.person_id!))
    await notify(tx, { users, staffOf: people.organisers.map(o => o.institution_id) }, {
      kind: 'conferences.programmeChanged',
      params: {
        conference: conference.title, session: session.title,
        oldStart: { at: session.starts_at.toISOString(), zone: conference.time_zone }, newStart: { at: startsAt.toISOString(), zone: conference.time_zone },
      },
      link: `/activities/${conference.activity_id}`,
    })
  }
}

/**
 * Edits a session: moves it (as moveProgrammeSession, with its notices) and replaces what the input gives of its title,
 * track, language, interpretation languages and chairs. The editor's conflicts (a chair in two places) are read again after.
 */
export async function editProgrammeSession(tx: Tx, sessionId: string, input: ProgrammeSessionEditInput) {
  await moveProgrammeSession(tx, sessionId, input)
  const details = {
    ...(input.title !== undefined ? { title: JSON.stringify(input.title) } : {}),
    ...(input.trackId !== undefined ? { track_id: input.trackId } : {}),
    ...(input.language !== undefined ? { language: input.language } : {}),
    ...(input.interpretationLanguages !== undefined ? { interpretation_languages: input.interpretationLanguages } : {}),
  }
  if (Object.keys(details).length) {
    await tx.updateTable('programme_sessions').set({ ...details, updated_at: new Date() }).where('id', '=', sessionId).execute()
  }
  if (input.chairIds !== undefined) {
    const chairIds = [...new Set(input.chairIds)]
    let leaving = tx.deleteFrom('programme_session_chairs').where('session_id', '=', sessionId)
    if (chairIds.length) leaving = leaving.where('person_id', 'not in', chairIds)
    await leaving.execute()
    if (chairIds.length) {
      await tx.insertInto('programme_session_chairs').values(chairIds.map(id => ({ session_id: sessionId, person_id: id })))
        .onConflict(oc => oc.columns(['session_id', 'person_id']).doNothing()).execute()
    }
  }
}

/**
 * Places an accepted submission in a session (at optional wall-clock times within it). A camera-ready submission becomes
 * scheduled; an accepted one waits for its camera-ready file and is scheduled when a chair schedules it.
 */
export async function placeSubmission(tx: Tx, input: ProgrammeSlotInput): Promise<string> {
  const session = await tx.selectFrom('programme_sessions').select(['id', 'conference_id', 'starts_at', 'ends_at'])
    .where('id', '=', input.sessionId).executeTakeFirst()
  if (!session) fail(404, 'errors.notFound')
  const conference = await lockConferenceAsChair(tx, session.conference_id)
  const submission = await tx.selectFrom('conference_submissions').select(['id', 'state', 'conference_id'])
    .where('id', '=', input.submissionId).forUpdate().executeTakeFirst()
  if (!submission || submission.conference_id !== session.conference_id) fail(404, 'errors.notFound')
  if (!['accepted', 'accepted_with_revisions', 'camera_ready'].includes(submission.state)) fail(409, 'conferences.errors.notAccepted')
  const startsAt = input.startsAtLocal ? instantIn(input.startsAtLocal, conference.time_zone) : null
  const endsAt = input.endsAtLocal ? instantIn(input.endsAtLocal, conference.time_zone) : null
  if (startsAt && endsAt && (startsAt < session.starts_at || endsAt > session.ends_at || endsAt <= startsAt)) {
    fail(422, 'conferences.errors.slotOutsideSession')
  }
  const row = await tx.insertInto('programme_slots').values({
    session_id: session.id, submission_id: submission.id, position: input.position, starts_at: startsAt, ends_at: endsAt,
  }).returning('id').executeTakeFirstOrThrow()
  if (submission.state === 'camera_ready') {
    await tx.updateTable('conference_submissions').set({ state: 'scheduled', updated_at: new Date() }).where('id', '=', submission.id).execute()
  }
  return row.id
}

export interface ProgrammeConflict {
  kind: ProgrammeConflictKind
  session_id: string
  other_session_id: string | null
  person_id: string | null
}

/** What the timetable editor warns about: a speaker or chair in two places, a session outside the conference's days. */
export async function programmeConflicts(tx: Tx, conferenceId: string): Promise<ProgrammeConflict[]> {
  await lockConferenceAsChair(tx, conferenceId)
  const { rows } = await sql<ProgrammeConflict>`select * from private.programme_conflicts(${conferenceId}::uuid)`.execute(tx)
  return rows
}

/** Publishes the programme (the database stamps the time): scheduled submissions and their authors become public. */
export async function publishProgramme(tx: Tx, conferenceId: string) {
  await lockConferenceAsChair(tx, conferenceId)
  const row = await tx.updateTable('conferences').set({ programme_published_at: sql<Date>`now()`, updated_at: new Date() })
    .where('id', '=', conferenceId).returning('programme_published_at').executeTakeFirstOrThrow()
  return row.programme_published_at
}
