import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import nodeIcal, { type VEvent } from 'node-ical'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { activityCalendar, institutionCalendar, sessionCalendar } from '../../server/domain/calendar/activity-feeds'
import type { FeedContext } from '../../server/domain/calendar/feeds'
import { sessionUid } from '../../server/domain/calendar/ical'
import { personalFeed } from '../../server/domain/calendar/personal-feed'
import { cancelSession, moveSession } from '../../server/domain/calendar/sessions'
import type { RegistrationState } from '../../shared/calendar/vocabulary'
import { activityIn, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { personWithRole } from './rls-fixtures'

const events = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')
const str = (value: unknown) => (typeof value === 'object' && value && 'val' in value ? String(value.val) : String(value ?? ''))
/** The file with folded lines joined again, as a parser reads it. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '')
const ctx = (locale: FeedContext['locale']): FeedContext => ({ locale, baseUrl: 'https://portal.example' })

let handle: DatabaseHandle, db: Db, setup: OrganiserSetup
let open: string, draft: string, other: string
let laoStudent: Actor, laoOffice: Actor, offeredStudent: Actor

/** A registration as the registration service writes it (on the service path). */
async function register(activityId: string, person: Actor, institutionId: string, state: RegistrationState) {
  const offered = state === 'offered'
  await asService(db, 'test fixture', tx => tx.insertInto('registrations').values({
    activity_id: activityId, person_id: person.id, institution_id: institutionId, state, registered_by: person.id, cancelled_at: null,
    offered_at: offered ? new Date() : null, offer_expires_at: offered ? new Date(Date.now() + 86_400_000) : null, position: undefined,
  }).execute())
}

const sessionsOf = (activityId: string) => asService(db, 'test check', tx => tx.selectFrom('activity_sessions')
  .select(['id', 'starts_at', 'ends_at', 'sequence']).where('activity_id', '=', activityId).orderBy('starts_at').execute())

beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  setup = await organiserSetup(db)
  open = await activityIn(db, setup, 'registration_open', { title: { en: 'Cross-cultural training week', lo: 'ອົບຮົມຂ້າມວັດທະນະທຳ', zh: '跨文化培训周' } })
  other = await activityIn(db, setup, 'registration_open', { title: { en: 'Tea culture seminar' } })
  draft = await activityIn(db, setup, 'draft', { title: { en: 'Secret draft' } })
  const lao = setup.partners.find(p => p.country === 'LA')!
  const myanmar = setup.partners.find(p => p.country === 'MM')!
  laoOffice = lao.office
  laoStudent = await personWithRole(db, 'lao-student', lao.id, 'student')
  offeredStudent = await personWithRole(db, 'waiting-student', myanmar.id, 'student')
  await register(open, laoStudent, lao.id, 'confirmed')
  await register(other, laoStudent, lao.id, 'waitlisted')
  await register(open, offeredStudent, myanmar.id, 'offered')
})
afterAll(() => handle.close())

describe('the private feed lists the person’s registered sessions', () => {
  it('sessions of activities they hold a place in, at the stored instant in the session’s zone, in their language', async () => {
    const text = await asUser(db, laoStudent, tx => personalFeed(tx, laoStudent, ctx('lo')))
    const [session] = await sessionsOf(open)
    const listed = events(text)
    expect(listed.map(e => e.uid)).toEqual([sessionUid(session!.id)])
    expect(listed[0]!.start.toISOString()).toBe(session!.starts_at.toISOString())
    expect(listed[0]!.end!.toISOString()).toBe(session!.ends_at.toISOString())
    expect(listed[0]!.start.tz).toBe('Asia/Shanghai')
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20270315T090000')
    expect(str(listed[0]!.summary)).toBe('ອົບຮົມຂ້າມວັດທະນະທຳ')
    expect(str(listed[0]!.location)).toContain('Room A')
    expect(unfolded(text)).toContain('X-WR-CALNAME:ກິດຈະກຳ ແລະ ກອງປະຊຸມຂອງຂ້ອຍ')
  })

  it('an offered place counts; a waitlisted one does not', async () => {
    const offered = events(await asUser(db, offeredStudent, tx => personalFeed(tx, offeredStudent, ctx('km'))))
    expect(offered).toHaveLength(1)
    const otherSessions = (await sessionsOf(other)).map(s => sessionUid(s.id))
    const mine = events(await asUser(db, laoStudent, tx => personalFeed(tx, laoStudent, ctx('en')))).map(e => e.uid)
    expect(mine.some(uid => otherSessions.includes(uid))).toBe(false)
  })

  it('an office that sees its students’ registrations does not get their sessions in its own feed', async () => {
    const seen = await asUser(db, laoOffice, tx => sql<{ n: number }>`select count(*)::int as n from public.registrations`.execute(tx))
    expect(seen.rows[0]!.n).toBeGreaterThan(0)
    expect(events(await asUser(db, laoOffice, tx => personalFeed(tx, laoOffice, ctx('en'))))).toEqual([])
  })
})

describe('moves and cancellations reach subscribed calendars', () => {
  it('a moved session keeps its UID, shows the new time and a higher SEQUENCE; a cancelled one is CANCELLED', async () => {
    const activity = await activityIn(db, setup, 'registration_open', { title: { en: 'Field visit' } })
    const lao = setup.partners.find(p => p.country === 'LA')!
    await register(activity, laoStudent, lao.id, 'confirmed')
    const [session] = await sessionsOf(activity)
    const uid = sessionUid(session!.id)
    const find = async () => events(await asUser(db, laoStudent, tx => personalFeed(tx, laoStudent, ctx('en')))).find(e => e.uid === uid)!
    const before = await find()
    await asUser(db, setup.office, tx => moveSession(tx, setup.office, session!.id, {
      title: {}, startsAtLocal: '2027-03-16T14:00', endsAtLocal: '2027-03-16T16:30', timeZone: 'Asia/Bangkok', roomId: null, onlineUrl: null, sequence: session!.sequence,
    }))
    const moved = await find()
    expect(moved.start.toISOString()).toBe('2027-03-16T07:00:00.000Z')
    expect(moved.start.tz).toBe('Asia/Bangkok')
    expect(Number(moved.sequence)).toBeGreaterThan(Number(before.sequence))
    await asUser(db, setup.office, tx => cancelSession(tx, setup.office, session!.id, 'Rain'))
    const cancelled = await find()
    expect(cancelled.status).toBe('CANCELLED')
    expect(str(cancelled.summary)).toBe('Cancelled: Field visit')
    expect(Number(cancelled.sequence)).toBeGreaterThan(Number(moved.sequence))
  })
})

describe('files of an activity, a session and an institution', () => {
  it('an activity’s file has all its sessions for anyone, once it is public', async () => {
    const file = await asUser(db, null, tx => activityCalendar(tx, open, ctx('zh')))
    expect(events(file.text).map(e => e.uid)).toEqual((await sessionsOf(open)).map(s => sessionUid(s.id)))
    expect(file.filename).toBe('跨文化培训周.ics')
    expect(unfolded(file.text)).toContain('X-WR-CALNAME:跨文化培训周')
  })

  it('a draft’s file is not found for the public or a stranger, and is for its organiser', async () => {
    await expect(asUser(db, null, tx => activityCalendar(tx, draft, ctx('en')))).rejects.toMatchObject({ statusCode: 404 })
    await expect(asUser(db, laoStudent, tx => activityCalendar(tx, draft, ctx('en')))).rejects.toMatchObject({ statusCode: 404 })
    const [session] = await sessionsOf(draft)
    await expect(asUser(db, null, tx => sessionCalendar(tx, session!.id, ctx('en')))).rejects.toMatchObject({ statusCode: 404 })
    const mine = await asUser(db, setup.office, tx => activityCalendar(tx, draft, ctx('en')))
    expect(unfolded(mine.text)).toContain('X-WR-CALNAME:Secret draft')
  })

  it('a session’s file holds that session only', async () => {
    const [session] = await sessionsOf(open)
    const file = await asUser(db, null, tx => sessionCalendar(tx, session!.id, ctx('en')))
    expect(events(file.text).map(e => e.uid)).toEqual([sessionUid(session!.id)])
    await expect(asUser(db, null, tx => sessionCalendar(tx, '00000000-0000-4000-8000-000000000000', ctx('en')))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('an institution’s feed lists its public activities, never a draft, even for its own office', async () => {
    const slug = await asService(db, 'test check', tx => tx.selectFrom('institutions').select('slug').where('id', '=', setup.organiser).executeTakeFirstOrThrow())
    const expected = [...await sessionsOf(open), ...await sessionsOf(other)].map(s => sessionUid(s.id)).sort()
    for (const reader of [null, setup.office]) {
      const file = await asUser(db, reader, tx => institutionCalendar(tx, slug.slug, ctx('th')))
      const uids = events(file.text).map(e => e.uid)
      for (const uid of expected) expect(uids).toContain(uid)
      expect(file.text).not.toContain('Secret draft')
      expect(file.filename).toBe(`${slug.slug}.ics`)
    }
    await expect(asUser(db, null, tx => institutionCalendar(tx, 'no-such-institution', ctx('en')))).rejects.toMatchObject({ statusCode: 404 })
  })
})
