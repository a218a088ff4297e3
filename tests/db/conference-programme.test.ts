import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addProgrammeSession, moveProgrammeSession, placeSubmission, programmeConflicts, publishProgramme } from '../../server/domain/conferences/programme'
import { readProgramme } from '../../server/domain/conferences/programme-views'
import { assignReviewer, decide } from '../../server/domain/conferences/reviews'
import { takeSubmissionStep, uploadCameraReady } from '../../server/domain/conferences/submissions'
import { addSessions } from '../../server/domain/calendar/sessions'
import { decisionSchema, programmeSessionSchema, programmeSlotSchema, type ProgrammeSessionInput } from '../../shared/schemas/conferences'
import { createPerson, freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { attemptAndRollBack, createFileRow } from './rls-fixtures'
import { draftActivity } from './calendar-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let reviewerId: string
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  reviewerId = await acceptedReviewer(db, w, w.zhReviewer)
})
afterAll(() => handle.close())

const session = (overrides: Partial<ProgrammeSessionInput> = {}) => programmeSessionSchema.parse({
  roomId: w.setup.roomIds[1], title: { en: 'Internships', th: 'การฝึกงาน' }, startsAtLocal: '2027-03-15T09:00', endsAtLocal: '2027-03-15T10:30',
  language: 'en', interpretationLanguages: ['zh', 'th'], ...overrides,
})
const addSession = (overrides: Partial<ProgrammeSessionInput> = {}) => asUser(db, w.chair, tx => addProgrammeSession(tx, w.conferenceId, session(overrides)))

/** An accepted talk of the Thai author (with the Vietnamese co-author), camera-ready when asked. */
async function acceptedTalk(cameraReady = true) {
  const id = await submissionBy(db, w)
  await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId: id, reviewerId, dueAt: null }))
  await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
  if (cameraReady) {
    const file = await createFileRow(db, w.thaiAuthor)
    await asUser(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, file))
  }
  return id
}

describe('sessions', () => {
  it('are kept as instants and shown in the venue\'s zone: 09:00 in Nanning is 01:00 UTC', async () => {
    const id = await addSession()
    const row = await asUser(db, w.chair, tx => tx.selectFrom('programme_sessions').select(['starts_at', 'time_zone', 'language', 'interpretation_languages']).where('id', '=', id).executeTakeFirstOrThrow())
    expect(row).toEqual({ starts_at: new Date('2027-03-15T01:00:00Z'), time_zone: 'Asia/Shanghai', language: 'en', interpretation_languages: ['zh', 'th'] })
    await asUser(db, w.chair, tx => tx.deleteFrom('programme_sessions').where('id', '=', id).execute())
  })

  it('a room double-booked is a hard error: the service says 409, the database refuses it whatever the path', async () => {
    await addSession({ startsAtLocal: '2027-03-15T13:00', endsAtLocal: '2027-03-15T14:00' })
    await expect(addSession({ startsAtLocal: '2027-03-15T13:30', endsAtLocal: '2027-03-15T15:00' }))
      .rejects.toMatchObject({ statusCode: 409, data: { key: 'conferences.errors.roomDoubleBooked' } })
    const direct = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('programme_sessions').values({
      conference_id: w.conferenceId, room_id: w.setup.roomIds[1], starts_at: '2027-03-15T05:59:00Z', ends_at: '2027-03-15T07:00:00Z',
      time_zone: 'UTC', language: 'en',
    }).execute())
    expect(direct.message).toMatch(/room double-booked/)
    // Back to back is not double-booked; another room at the same time is fine.
    await expect(addSession({ startsAtLocal: '2027-03-15T14:00', endsAtLocal: '2027-03-15T15:00' })).resolves.toBeTypeOf('string')
    await expect(addSession({ roomId: null, startsAtLocal: '2027-03-15T13:30', endsAtLocal: '2027-03-15T14:30' })).resolves.toBeTypeOf('string')
  })

  it('ten editors booking one room for overlapping times at once: exactly one gets it', async () => {
    const tries = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => addSession({
      roomId: w.setup.roomIds[1], startsAtLocal: `2027-03-16T0${i % 2 ? 7 : 8}:00`, endsAtLocal: '2027-03-16T08:30',
    })))
    expect(tries.filter(t => t.status === 'fulfilled')).toHaveLength(1)
    expect(tries.filter(t => t.status === 'rejected').map(t => (t as PromiseRejectedResult).reason.statusCode)).toEqual(Array(9).fill(409))
  })

  it('moving a session onto a taken room is refused too', async () => {
    const id = await addSession({ startsAtLocal: '2027-03-16T09:00', endsAtLocal: '2027-03-16T10:00' })
    await expect(asUser(db, w.chair, tx => moveProgrammeSession(tx, id, { roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-15T13:15', endsAtLocal: '2027-03-15T13:45' })))
      .rejects.toMatchObject({ statusCode: 409 })
  })

  it('the room is also taken by another activity\'s session in the calendar', async () => {
    const other = await draftActivity(db, w.setup, { title: { en: 'Workshop next door' } })
    await asUser(db, w.setup.office, tx => addSessions(tx, w.setup.office, other, {
      sessions: [{ title: {}, startsAtLocal: '2027-03-16T15:00', endsAtLocal: '2027-03-16T16:00', timeZone: 'Asia/Shanghai', roomId: w.setup.roomIds[1], onlineUrl: null }],
      series: null,
    }))
    await expect(addSession({ startsAtLocal: '2027-03-16T15:30', endsAtLocal: '2027-03-16T16:30' })).rejects.toMatchObject({ statusCode: 409 })
  })

  it('only the conference\'s chairs edit the programme', async () => {
    for (const actor of [w.thaiAuthor, w.zhReviewer, w.outsider]) {
      await expect(asUser(db, actor, tx => addProgrammeSession(tx, w.conferenceId, session({ startsAtLocal: '2027-03-16T11:00', endsAtLocal: '2027-03-16T12:00' }))))
        .rejects.toMatchObject({ statusCode: 403 })
      const direct = await attemptAndRollBack(db, actor, tx => tx.insertInto('programme_sessions').values({
        conference_id: w.conferenceId, starts_at: '2027-03-16T03:00:00Z', ends_at: '2027-03-16T04:00:00Z', time_zone: 'UTC', language: 'en',
      }).execute())
      expect(direct.message).toMatch(/row-level security/)
    }
  })
})

describe('the editor\'s warnings', () => {
  it('a speaker in two places at once, and a session chair who also speaks elsewhere then', async () => {
    const morning = await addSession({ roomId: w.setup.roomIds[0], startsAtLocal: '2027-03-16T10:00', endsAtLocal: '2027-03-16T11:00' })
    const parallel = await addSession({ roomId: null, startsAtLocal: '2027-03-16T10:30', endsAtLocal: '2027-03-16T11:30', chairIds: [w.vnCoauthor.id] })
    const first = await acceptedTalk()
    const second = await acceptedTalk()
    await asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({ sessionId: morning, submissionId: first })))
    expect(await asUser(db, w.chair, tx => programmeConflicts(tx, w.conferenceId))).toEqual([])
    await asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({ sessionId: parallel, submissionId: second })))
    const conflicts = await asUser(db, w.chair, tx => programmeConflicts(tx, w.conferenceId))
    const pair = [morning, parallel].sort()
    expect(conflicts).toContainEqual({ kind: 'speaker_double_booked', session_id: pair[0], other_session_id: pair[1], person_id: w.thaiAuthor.id })
    expect(conflicts.filter(c => c.kind === 'speaker_double_booked').map(c => c.person_id)).not.toContain(w.vnCoauthor.id)
    // The Vietnamese co-author chairs the parallel session and presents in the morning one.
    await asService(db, 'test fixture', tx => tx.updateTable('submission_authors').set({ is_presenter: true }).where('submission_id', '=', first).where('person_id', '=', w.vnCoauthor.id).execute())
    const again = await asUser(db, w.chair, tx => programmeConflicts(tx, w.conferenceId))
    expect(again.filter(c => c.kind === 'speaker_double_booked').map(c => c.person_id)).toContain(w.vnCoauthor.id)
    // Nobody but a chair reads the warnings.
    await expect(asUser(db, w.thaiAuthor, tx => programmeConflicts(tx, w.conferenceId))).rejects.toMatchObject({ statusCode: 403 })
  })

  it('a session on a day the conference does not meet, in the venue\'s zone (late evening in Nanning is still that day)', async () => {
    const outside = await addSession({ roomId: null, startsAtLocal: '2027-03-17T09:00', endsAtLocal: '2027-03-17T10:00' })
    const evening = await addSession({ roomId: null, startsAtLocal: '2027-03-16T22:00', endsAtLocal: '2027-03-16T23:30' })
    const days = (await asUser(db, w.chair, tx => programmeConflicts(tx, w.conferenceId))).filter(c => c.kind === 'outside_conference_days').map(c => c.session_id)
    expect(days).toContain(outside)
    expect(days).not.toContain(evening)
  })
})

describe('slots and publication', () => {
  it('a slot holds an accepted submission of the conference, within its session; camera-ready ones become scheduled', async () => {
    const ses = await addSession({ roomId: null, startsAtLocal: '2027-03-15T16:00', endsAtLocal: '2027-03-15T17:00' })
    const waiting = await acceptedTalk(false)
    await asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({ sessionId: ses, submissionId: waiting, startsAtLocal: '2027-03-15T16:00', endsAtLocal: '2027-03-15T16:20' })))
    const state = (id: string) => asService(db, 'test check', tx => tx.selectFrom('conference_submissions').select('state').where('id', '=', id).executeTakeFirstOrThrow()).then(r => r.state)
    expect(await state(waiting)).toBe('accepted')
    const ready = await acceptedTalk()
    await expect(asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({ sessionId: ses, submissionId: ready, startsAtLocal: '2027-03-15T16:50', endsAtLocal: '2027-03-15T17:10' }))))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.slotOutsideSession' } })
    await asUser(db, w.chair, tx => placeSubmission(tx, programmeSlotSchema.parse({ sessionId: ses, submissionId: ready, position: 2 })))
    expect(await state(ready)).toBe('scheduled')
    const notAccepted = await submissionBy(db, w)
    const direct = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('programme_slots').values({ session_id: ses, submission_id: notAccepted }).execute())
    expect(direct.message).toMatch(/accepted submission of the conference/)
    const outside = await attemptAndRollBack(db, w.chair, tx => tx.updateTable('programme_sessions').set({ ends_at: '2027-03-15T08:10:00Z' }).where('id', '=', ses).execute())
    expect(outside.message).toMatch(/within its session/)
    await expect(asUser(db, w.chair, tx => takeSubmissionStep(tx, ready, 'unschedule'))).rejects.toThrow(/remove its slot/)
  })

  it('before publication the programme is the chairs\'; after it, everyone reads it with the speakers and their institutions', async () => {
    const visible = (actor: typeof w.outsider | null) => asUser(db, actor, async tx => ({
      sessions: (await tx.selectFrom('programme_sessions').select('id').execute()).length > 0,
      slots: (await tx.selectFrom('programme_slots').select('id').execute()).length > 0,
      authors: (await tx.selectFrom('submission_authors').select(['display_name', 'institution_id']).execute()).length > 0,
    }))
    expect(await visible(w.outsider)).toEqual({ sessions: false, slots: false, authors: false })
    await expect(asUser(db, null, tx => readProgramme(tx, w.conferenceId, 'th'))).rejects.toMatchObject({ statusCode: 404 })
    expect(await visible(null)).toEqual({ sessions: false, slots: false, authors: false })
    await expect(asUser(db, w.thaiAuthor, tx => publishProgramme(tx, w.conferenceId))).rejects.toMatchObject({ statusCode: 403 })
    const at = await asUser(db, w.chair, tx => publishProgramme(tx, w.conferenceId))
    expect(at).toBeInstanceOf(Date)
    expect(await visible(null)).toEqual({ sessions: true, slots: true, authors: true })
    const programme = await asUser(db, null, tx => readProgramme(tx, w.conferenceId, 'th'))
    const talk = programme.sessions.flatMap(s => s.talks).find(sl => sl.speakers.length)!
    expect(talk.speakers.map(a => [a.name, a.country])).toEqual([['Malee Srisuk', 'TH'], ['Nguyễn Văn An', 'VN']])
    expect(talk.speakers[0]!.institution).toEqual(expect.any(String))
    expect(programme).toMatchObject({ timeZone: 'Asia/Shanghai' })
    // Only scheduled submissions are public: a draft or an accepted one waiting for its file stays private.
    const states = await asUser(db, null, tx => tx.selectFrom('conference_submissions').select('state').execute())
    expect(new Set(states.map(s => s.state))).toEqual(new Set(['scheduled']))
  })

  it('after publication, moving a session tells registrants and its speakers in their language, in the venue\'s time', async () => {
    loadLocaleFiles()
    const registrant = await createPerson(db, 'registrant')
    await asService(db, 'test fixture', async (tx) => {
      await tx.insertInto('registrations').values({ activity_id: w.activityId, person_id: registrant.id, institution_id: w.setup.partners[2]!.id, state: 'confirmed' }).execute()
      await tx.updateTable('profiles').set({ preferred_locale: 'my' }).where('id', '=', registrant.id).execute()
      await tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', w.thaiAuthor.id).execute()
    })
    const slot = await asService(db, 'test check', tx => tx.selectFrom('programme_slots as sl').innerJoin('conference_submissions as s', 's.id', 'sl.submission_id')
      .select('sl.session_id').where('s.state', '=', 'scheduled').executeTakeFirstOrThrow())
    await asUser(db, w.chair, tx => moveProgrammeSession(tx, slot.session_id, { roomId: null, startsAtLocal: '2027-03-16T16:00', endsAtLocal: '2027-03-16T17:00' }))
    const mails = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
      .where('template', '=', 'conferences.programmeChanged').execute())
    const to = (id: string) => mails.find(m => m.to_user_id === id)
    expect(to(registrant.id)).toMatchObject({ locale: 'my' })
    expect(to(registrant.id)!.subject).toContain('အစီအစဉ်ပြောင်းလဲမှု')
    expect(to(w.thaiAuthor.id)!.body).toMatch(/16:00/)
    expect(to(w.thaiAuthor.id)!.body).toContain('เซี่ยงไฮ้')
    expect(to(w.chair.id)).toBeUndefined()
  })
})
