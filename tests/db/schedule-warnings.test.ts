import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { seedHolidays } from '../../server/domain/calendar/holidays'
import { proposedSession, scheduleWarnings } from '../../server/domain/calendar/warnings'
import type { ScheduleWarning } from '../../shared/calendar/warnings'
import { activityIn, draftActivity, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { freshDatabase } from './helpers'

let handle: DatabaseHandle, db: Db, setup: OrganiserSetup
let thai: string, booked: string, planned: string, bookedSession: string
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  await seedHolidays(db)
  // A Nanning college organises; Thai, Lao and Burmese partners are invited (tests/db/calendar-fixtures.ts).
  setup = await organiserSetup(db)
  thai = setup.partners.find(p => p.country === 'TH')!.id
  // Published, with a session on 2027-03-15 09:00–12:00 Beijing time in room A.
  booked = await activityIn(db, setup, 'published')
  bookedSession = (await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', booked).executeTakeFirstOrThrow())).id
  planned = await draftActivity(db, setup, { title: { en: 'Welding workshop', zh: '焊接工作坊' } })
})
afterAll(() => handle.close())

/** The warnings the Nanning office sees for one session of the planned activity, at a Beijing wall-clock time. */
type Extra = { roomId?: string; sessionId?: string; activityId?: string }
function warn(startsAtLocal: string, endsAtLocal: string, extra: Extra = {}): Promise<ScheduleWarning[]> {
  const session = proposedSession({ startsAtLocal, endsAtLocal, timeZone: 'Asia/Shanghai', roomId: extra.roomId ?? null, sessionId: extra.sessionId ?? null })
  return asUser(db, setup.office, tx => scheduleWarnings(tx, { activityId: extra.activityId ?? planned, sessions: [session] }))
}
const of = <K extends ScheduleWarning['kind']>(warnings: ScheduleWarning[], kind: K) => warnings.filter((w): w is Extract<ScheduleWarning, { kind: K }> => w.kind === kind)

describe('scheduling warnings', () => {
  it('Songkran (13–15 April 2026) warns about the invited Thai partner, naming it and the holiday', async () => {
    for (const day of ['2026-04-13', '2026-04-14', '2026-04-15']) {
      const thaiHoliday = of(await warn(`${day}T10:00`, `${day}T12:00`), 'holiday').find(w => w.country === 'TH')
      expect(thaiHoliday, day).toMatchObject({ day, key: 'calendar.warnings.holiday', holiday: { th: 'วันสงกรานต์', en: 'Songkran Festival' } })
      expect(thaiHoliday!.institutions.map(i => i.id)).toEqual([thai])
    }
    expect(of(await warn('2026-04-16T10:00', '2026-04-16T12:00'), 'holiday').filter(w => w.country === 'TH')).toEqual([])
  })

  it('a Chinese make-up working day (Saturday 14 February 2026) is not a holiday; National Day is, for the organiser itself', async () => {
    expect(of(await warn('2026-02-14T10:00', '2026-02-14T12:00'), 'holiday')).toEqual([])
    const national = of(await warn('2026-10-01T10:00', '2026-10-01T12:00'), 'holiday')
    expect(national.map(w => w.country)).toEqual(['CN'])
    expect(national[0]!.institutions.map(i => i.id)).toEqual([setup.organiser])
  })

  it('a session in room A while another activity holds it warns, naming that activity; room B is free; a moved session does not clash with itself', async () => {
    const room = of(await warn('2027-03-15T11:00', '2027-03-15T13:00', { roomId: setup.roomIds[0] }), 'room')
    expect(room).toHaveLength(1)
    expect(room[0]).toMatchObject({ key: 'calendar.warnings.room', room: { en: 'Room A' }, activity: { en: 'Cross-cultural training week' }, startsAt: '2027-03-15T01:00:00.000Z' })
    expect(of(await warn('2027-03-15T12:00', '2027-03-15T13:00', { roomId: setup.roomIds[0] }), 'room')).toEqual([])
    expect(of(await warn('2027-03-15T11:00', '2027-03-15T13:00', { roomId: setup.roomIds[1] }), 'room')).toEqual([])
    expect(of(await warn('2027-03-15T10:00', '2027-03-15T13:00', { roomId: setup.roomIds[0], sessionId: bookedSession, activityId: booked }), 'room')).toEqual([])
  })

  it('two proposed sessions in the same room at once warn about each other', async () => {
    const sessions = [
      proposedSession({ startsAtLocal: '2027-04-01T09:00', endsAtLocal: '2027-04-01T11:00', timeZone: 'Asia/Shanghai', roomId: setup.roomIds[1] }),
      proposedSession({ startsAtLocal: '2027-04-01T10:00', endsAtLocal: '2027-04-01T12:00', timeZone: 'Asia/Shanghai', roomId: setup.roomIds[1] }),
    ]
    const room = of(await asUser(db, setup.office, tx => scheduleWarnings(tx, { activityId: planned, sessions })), 'room')
    expect(room.map(w => [w.session, w.key])).toEqual([[1, 'calendar.warnings.roomProposed']])
  })

  it('another training for the same invited partners at the same time warns about the audience', async () => {
    const audience = of(await warn('2027-03-15T11:00', '2027-03-15T13:00'), 'audience')
    expect(audience).toHaveLength(1)
    expect(audience[0]).toMatchObject({ key: 'calendar.warnings.audienceInvitees', activityId: booked })
    expect(audience[0]!.institutions.map(i => i.id).sort()).toEqual(setup.partners.map(p => p.id).sort())
    const seminar = await draftActivity(db, setup, { kind: 'seminar', title: { en: 'Seminar' } })
    expect(of(await warn('2027-03-15T11:00', '2027-03-15T13:00', { activityId: seminar }), 'audience')).toEqual([])
  })

  it('another activity for exactly the same roles at the same time warns, whatever its kind', async () => {
    const webinar = await activityIn(db, setup, 'published', { kind: 'webinar', title: { en: 'Teachers\' webinar' }, eligibleRoles: ['teacher'], inviteeIds: [] })
    const seminar = await draftActivity(db, setup, { kind: 'seminar', title: { en: 'Teachers\' seminar' }, eligibleRoles: ['teacher'], inviteeIds: [] })
    const audience = of(await warn('2027-03-15T10:00', '2027-03-15T11:00', { activityId: seminar }), 'audience')
    expect(audience.map(w => [w.key, w.activityId, w.roles])).toEqual([['calendar.warnings.audienceRoles', webinar, ['teacher']]])
  })

  it('an exam period of the Thai partner warns from its first to its last day, naming the partner', async () => {
    await asUser(db, setup.partners.find(p => p.country === 'TH')!.office, tx => tx.insertInto('institution_periods').values({
      institution_id: thai, kind: 'exam', starts_on: '2027-05-10', ends_on: '2027-05-21', name: JSON.stringify({ th: 'สอบปลายภาค', en: 'Final examinations' }),
    }).execute())
    const exam = of(await warn('2027-05-21T14:00', '2027-05-21T16:00'), 'exam')
    expect(exam).toHaveLength(1)
    expect(exam[0]).toMatchObject({ institution: { id: thai, country: 'TH' }, period: { en: 'Final examinations' }, startsOn: '2027-05-10', endsOn: '2027-05-21' })
    expect(of(await warn('2027-05-22T14:00', '2027-05-22T16:00'), 'exam')).toEqual([])
  })

  it('22:00 in Beijing is 21:00 in Bangkok and Vientiane, 20:30 in Yangon: outside working hours for all three partners', async () => {
    const hours = of(await warn('2027-06-08T22:00', '2027-06-08T23:00'), 'hours')
    expect(hours.map(w => [w.country, w.localStart, w.localEnd])).toEqual(expect.arrayContaining([
      ['TH', '2027-06-08T21:00', '2027-06-08T22:00'], ['LA', '2027-06-08T21:00', '2027-06-08T22:00'], ['MM', '2027-06-08T20:30', '2027-06-08T21:30'],
    ]))
    expect(hours.find(w => w.country === 'TH')!.institutions.map(i => i.id)).toEqual([thai])
    expect(of(await warn('2027-06-08T10:00', '2027-06-08T12:00'), 'hours')).toEqual([])
  })

  it('only the organisers may ask: a partner gets 403 for a published activity and 404 for a draft', async () => {
    const partner = setup.partners[0]!.office
    const session = proposedSession({ startsAtLocal: '2027-03-15T10:00', endsAtLocal: '2027-03-15T12:00', timeZone: 'Asia/Shanghai' })
    await expect(asUser(db, partner, tx => scheduleWarnings(tx, { activityId: booked, sessions: [session] }))).rejects.toMatchObject({ statusCode: 403 })
    await expect(asUser(db, partner, tx => scheduleWarnings(tx, { activityId: planned, sessions: [session] }))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('a time that does not exist or ends before it starts is refused, not warned about', () => {
    expect(() => proposedSession({ startsAtLocal: '2027-02-30T10:00', endsAtLocal: '2027-03-01T10:00', timeZone: 'Asia/Shanghai' })).toThrow()
    expect(() => proposedSession({ startsAt: '2027-03-01T10:00:00Z', endsAt: '2027-03-01T09:00:00Z', timeZone: 'Asia/Shanghai' })).toThrow()
  })
})
