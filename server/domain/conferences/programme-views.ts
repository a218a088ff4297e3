import { elevated, type Tx } from '../../db/as-user'
import type { LocaleCode } from '../../../shared/locales'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import type { ProgrammeView } from '../../../shared/conferences/programme-view'
import type { ProgrammeRoomInput, ProgrammeSlotOrderInput } from '../../../shared/schemas/conferences-programme'
import { fail } from '../../utils/errors'
import { isConferenceChair, loadConference, lockConferenceAsChair } from './conferences'
import { programmeConflicts } from './programme'

/**
 * Display names of people the reader may already see in this role (session chairs of a programme they read, people a
 * chair may name as session chairs): profiles are not readable across institutions, so these names are read elevated.
 */
async function displayNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const rows = await elevated(tx, 'names of session chairs and of the people a chair may name', svc => svc.selectFrom('profiles')
    .select(['id', 'display_name']).where('id', 'in', unique).execute())
  return new Map(rows.map(r => [r.id, r.display_name ?? '']))
}

const iso = (d: Date | null) => d ? new Date(d).toISOString() : null

/**
 * The programme in the reader's language (each text says when it fell back to another): sessions in time order with
 * their room, chairs and talks, each talk with its speakers and their institutions. Before publication only the
 * conference's chairs see it; everyone else gets 404, as if it did not exist.
 */
export async function readProgramme(tx: Tx, conferenceId: string, locale: LocaleCode): Promise<ProgrammeView> {
  const conference = await loadConference(tx, conferenceId)
  const isChair = await isConferenceChair(tx, conferenceId)
  if (!conference.programme_published_at && !isChair) fail(404, 'errors.notFound')
  const pick = (value: LocalizedText | null | undefined) => resolveLocalizedText(value, locale)
  const sessions = await tx.selectFrom('programme_sessions')
    .select(['id', 'title', 'room_id', 'track_id', 'starts_at', 'ends_at', 'language', 'interpretation_languages'])
    .where('conference_id', '=', conferenceId).orderBy('starts_at').orderBy('id').limit(2000).execute()
  const sessionIds = sessions.map(s => s.id)
  const roomIds = [...new Set(sessions.map(s => s.room_id).filter((id): id is string => id !== null))]
  const [tracks, rooms, slots, chairs] = await Promise.all([
    tx.selectFrom('conference_tracks').select(['id', 'name']).where('conference_id', '=', conferenceId).orderBy('position').orderBy('id').execute(),
    roomIds.length ? tx.selectFrom('rooms').select(['id', 'name']).where('id', 'in', roomIds).execute() : [],
    sessionIds.length
      ? tx.selectFrom('programme_slots as sl').innerJoin('conference_submissions as s', 's.id', 'sl.submission_id')
          .select(['sl.id', 'sl.session_id', 'sl.submission_id', 'sl.position', 'sl.starts_at', 'sl.ends_at', 's.title', 's.abstract',
            's.keywords', 's.type', 's.accepted_type', 's.track_id', 's.presentation_language'])
          .where('sl.session_id', 'in', sessionIds).orderBy('sl.position').orderBy('sl.starts_at').execute()
      : [],
    sessionIds.length
      ? tx.selectFrom('programme_session_chairs').select(['session_id', 'person_id']).where('session_id', 'in', sessionIds).execute()
      : [],
  ])
  const submissionIds = slots.map(s => s.submission_id)
  const authors = submissionIds.length
    ? await tx.selectFrom('submission_authors as a').leftJoin('institutions as i', 'i.id', 'a.institution_id')
        .select(['a.submission_id', 'a.person_id', 'a.display_name', 'a.institution_name', 'i.name as institution', 'a.country',
          'a.is_presenter', 'a.position'])
        .where('a.submission_id', 'in', submissionIds).orderBy('a.position').execute()
    : []
  const roomName = new Map(rooms.map(r => [r.id, r.name]))
  const chairName = await displayNames(tx, chairs.map(c => c.person_id))
  return {
    conferenceId, activityId: conference.activity_id, title: pick(conference.title as LocalizedText), timeZone: conference.time_zone,
    publishedAt: iso(conference.programme_published_at), isChair,
    tracks: tracks.map(t => ({ id: t.id, name: pick(t.name) })),
    sessions: sessions.map(s => ({
      id: s.id, title: pick(s.title), titleMap: s.title, roomId: s.room_id, room: s.room_id ? pick(roomName.get(s.room_id)) : null,
      trackId: s.track_id, startsAt: iso(s.starts_at)!, endsAt: iso(s.ends_at)!, language: s.language,
      interpretationLanguages: s.interpretation_languages,
      chairs: chairs.filter(c => c.session_id === s.id).map(c => ({ personId: c.person_id, name: chairName.get(c.person_id) ?? '' })),
      talks: slots.filter(sl => sl.session_id === s.id).map(sl => ({
        slotId: sl.id, submissionId: sl.submission_id, position: sl.position, startsAt: iso(sl.starts_at), endsAt: iso(sl.ends_at),
        title: pick(sl.title), abstract: pick(sl.abstract), keywords: sl.keywords, type: sl.accepted_type ?? sl.type, trackId: sl.track_id,
        language: sl.presentation_language,
        speakers: authors.filter(a => a.submission_id === sl.submission_id).map(a => ({
          personId: a.person_id, name: a.display_name,
          institution: a.institution_name ?? (a.institution ? pick(a.institution as LocalizedText).text : null),
          country: a.country, isPresenter: a.is_presenter,
        })),
      })),
    })),
  }
}

/**
 * What the timetable editor needs besides the programme: the rooms of the conference's venue, the accepted submissions
 * not yet placed, and the conflicts. Chairs only (403 for readers who see the conference, 404 for the rest).
 */
export async function programmeEditor(tx: Tx, conferenceId: string, locale: LocaleCode) {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  const programme = await readProgramme(tx, conferenceId, locale)
  const activity = await tx.selectFrom('activities').select(['venue_id']).where('id', '=', conference.activity_id).executeTakeFirst()
  const rooms = activity?.venue_id
    ? await tx.selectFrom('rooms').select(['id', 'name', 'capacity']).where('venue_id', '=', activity.venue_id).orderBy('created_at').execute()
    : []
  const unplaced = await tx.selectFrom('conference_submissions as s')
    .select(['s.id', 's.title', 's.accepted_type', 's.type', 's.track_id', 's.presentation_language', 's.state'])
    .where('s.conference_id', '=', conferenceId).where('s.state', 'in', ['accepted', 'accepted_with_revisions', 'camera_ready'])
    .where(eb => eb.not(eb.exists(eb.selectFrom('programme_slots as sl').select('sl.id').whereRef('sl.submission_id', '=', 's.id'))))
    .orderBy('s.created_at').limit(1000).execute()
  // Who a chair may name as a session's chair: the conference's chairs, its reviewers who accepted, and its speakers.
  const [namedChairs, reviewers, speakers] = await Promise.all([
    tx.selectFrom('conference_chairs').select('person_id').where('conference_id', '=', conferenceId).execute(),
    tx.selectFrom('conference_reviewers').select('person_id').where('conference_id', '=', conferenceId).where('state', '=', 'accepted')
      .where('person_id', 'is not', null).execute(),
    tx.selectFrom('submission_authors as a').innerJoin('conference_submissions as s', 's.id', 'a.submission_id').select('a.person_id')
      .where('s.conference_id', '=', conferenceId).where('s.state', 'in', ['accepted', 'accepted_with_revisions', 'camera_ready', 'scheduled'])
      .where('a.person_id', 'is not', null).execute(),
  ])
  const names = await displayNames(tx, [...namedChairs, ...reviewers, ...speakers].map(p => p.person_id!))
  return {
    programme,
    people: [...names].map(([id, name]) => ({ id, name })).filter(p => p.name).sort((a, b) => a.name.localeCompare(b.name)),
    venueId: activity?.venue_id ?? null,
    rooms: rooms.map(r => ({ id: r.id, name: resolveLocalizedText(r.name, locale), capacity: r.capacity })),
    unplaced: unplaced.map(s => ({
      id: s.id, title: resolveLocalizedText(s.title, locale), type: s.accepted_type ?? s.type, trackId: s.track_id,
      language: s.presentation_language, state: s.state,
    })),
    conflicts: await programmeConflicts(tx, conferenceId),
  }
}

/** A room in the conference's venue (its venue's staff may add one). */
export async function addProgrammeRoom(tx: Tx, conferenceId: string, input: ProgrammeRoomInput): Promise<string> {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  const activity = await tx.selectFrom('activities').select(['venue_id']).where('id', '=', conference.activity_id).executeTakeFirst()
  if (!activity?.venue_id) fail(409, 'conferences.programme.errors.noVenue')
  const row = await tx.insertInto('rooms').values({ venue_id: activity.venue_id, name: JSON.stringify(input.name), capacity: input.capacity })
    .returning('id').executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row.id
}

async function sessionOf(tx: Tx, conferenceId: string, sessionId: string) {
  const session = await tx.selectFrom('programme_sessions').select(['id', 'conference_id']).where('id', '=', sessionId).executeTakeFirst()
  if (!session || session.conference_id !== conferenceId) fail(404, 'errors.notFound')
  await lockConferenceAsChair(tx, conferenceId)
  return session
}

/** Removes a session; one holding a scheduled talk stays (its talks are unscheduled first). */
export async function deleteProgrammeSession(tx: Tx, conferenceId: string, sessionId: string) {
  await sessionOf(tx, conferenceId, sessionId)
  const result = await tx.deleteFrom('programme_sessions').where('id', '=', sessionId).executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) fail(409, 'conferences.programme.errors.sessionHasScheduled')
}

/** Checks that a slot is of the conference (404 otherwise) and that the reader chairs it (403). */
async function slotOf(tx: Tx, conferenceId: string, slotId: string) {
  const slot = await tx.selectFrom('programme_slots as sl').innerJoin('programme_sessions as s', 's.id', 'sl.session_id')
    .select(['sl.id', 's.conference_id']).where('sl.id', '=', slotId).executeTakeFirst()
  if (!slot || slot.conference_id !== conferenceId) fail(404, 'errors.notFound')
  await lockConferenceAsChair(tx, conferenceId)
}

/** Moves a talk to another session of the conference or another place in the order. */
export async function reorderSlot(tx: Tx, conferenceId: string, slotId: string, input: ProgrammeSlotOrderInput) {
  await slotOf(tx, conferenceId, slotId)
  if (input.sessionId) await sessionOf(tx, conferenceId, input.sessionId)
  await tx.updateTable('programme_slots').set({
    position: input.position, updated_at: new Date(),
    ...(input.sessionId ? { session_id: input.sessionId, starts_at: null, ends_at: null } : {}),
  }).where('id', '=', slotId).execute()
}

/** Takes a talk out of the programme (a scheduled one is refused by the database: unschedule it first). */
export async function removeSlot(tx: Tx, conferenceId: string, slotId: string) {
  await slotOf(tx, conferenceId, slotId)
  await tx.deleteFrom('programme_slots').where('id', '=', slotId).execute()
}

/** Checks a session belongs to the conference (for routes that name both). */
export async function assertSessionOf(tx: Tx, conferenceId: string, sessionId: string) {
  await sessionOf(tx, conferenceId, sessionId)
}
