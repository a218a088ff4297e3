import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import nodeIcal, { type VEvent } from 'node-ical'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { meetingUid } from '../../server/domain/calendar/ical'
import type { FeedContext } from '../../server/domain/calendar/feeds'
import { personalFeed } from '../../server/domain/calendar/personal-feed'
import { createInstitutionRow, freshDatabase } from './helpers'
import { createBodyRow, loadLocales, seat } from './governance-fixtures'
import { createSecretariat, personWithRole } from './rls-fixtures'

const events = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')
const summary = (e: VEvent) => (typeof e.summary === 'string' ? e.summary : String(e.summary?.val ?? ''))
const ctx = (locale: FeedContext['locale']): FeedContext => ({ locale, baseUrl: 'https://portal.example' })

let handle: DatabaseHandle, db: Db
let member: Actor, outsider: Actor, secretariat: Actor
let councilMeeting: string, committeeMeeting: string, oldMeeting: string

async function meeting(bodyId: string, title: Record<string, string>, startsAt: Date, timeZone: string): Promise<string> {
  return (await asService(db, 'test fixture', tx => tx.insertInto('meetings').values({
    body_id: bodyId, title: JSON.stringify(title), starts_at: startsAt, time_zone: timeZone, duration_minutes: 90,
    location: JSON.stringify({ en: 'Nanning, Room 301' }), agenda: JSON.stringify({ en: 'Annual plan' }), minutes: '{}',
  }).returning('id').executeTakeFirstOrThrow())).id
}

beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  const institution = await createInstitutionRow(db)
  member = await personWithRole(db, 'council-member', institution, 'teacher')
  outsider = await personWithRole(db, 'no-seat', institution, 'teacher')
  secretariat = await createSecretariat(db)
  const council = await createBodyRow(db, 'council')
  const committee = await createBodyRow(db, 'executive_committee', { en: 'Executive committee', zh: '执行委员会' })
  await seat(db, council, member, institution)
  // Meetings start on the minute, as the form sets them (iCalendar keeps seconds, not milliseconds).
  const soon = Math.floor(Date.now() / 60_000) * 60_000 + 10 * 86_400_000
  councilMeeting = await meeting(council, { en: 'Plenary', zh: '全体会议' }, new Date(soon), 'Asia/Yangon')
  committeeMeeting = await meeting(committee, { en: 'Budget review' }, new Date(soon + 86_400_000), 'Asia/Shanghai')
  oldMeeting = await meeting(council, { en: 'Last year' }, new Date(Date.now() - 400 * 86_400_000), 'Asia/Bangkok')
})
afterAll(() => handle.close())

describe('the private feed', () => {
  it('lists the meetings the person sees, at the stored instant in the meeting’s zone, and not long-past ones', async () => {
    const text = await asUser(db, member, tx => personalFeed(tx, member, ctx('zh')))
    const listed = events(text)
    expect(listed.map(e => e.uid)).toEqual([meetingUid(councilMeeting)])
    const stored = await asService(db, 'test check', tx => tx.selectFrom('meetings').select('starts_at').where('id', '=', councilMeeting).executeTakeFirstOrThrow())
    expect(listed[0]!.start.toISOString()).toBe(stored.starts_at.toISOString())
    expect(listed[0]!.start.tz).toBe('Asia/Yangon')
    expect(listed[0]!.end!.getTime() - listed[0]!.start.getTime()).toBe(90 * 60_000)
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).not.toContain(meetingUid(oldMeeting))
  })

  it('is written in the person’s language: calendar name, summaries, with the content fallback', async () => {
    const text = await asUser(db, member, tx => personalFeed(tx, member, ctx('zh')))
    expect(text).toContain('X-WR-CALNAME:我的活动与会议')
    expect(summary(events(text)[0]!)).toBe('全体会议 — 理事会')
    const english = await asUser(db, member, tx => personalFeed(tx, member, ctx('th')))
    expect(summary(events(english)[0]!)).toBe('Plenary — สภาประชาคม')
    expect(english).toContain('https://portal.example/th/governance/meetings/')
  })

  it('shows nothing the person may not see: no seat, no meetings; the secretariat sees every body’s', async () => {
    expect(events(await asUser(db, outsider, tx => personalFeed(tx, outsider, ctx('en'))))).toEqual([])
    const all = events(await asUser(db, secretariat, tx => personalFeed(tx, secretariat, ctx('en')))).map(e => e.uid).sort()
    expect(all).toEqual([meetingUid(councilMeeting), meetingUid(committeeMeeting)].sort())
  })

  it('raises a meeting’s SEQUENCE when it moves, keeping its UID', async () => {
    const before = events(await asUser(db, member, tx => personalFeed(tx, member, ctx('en'))))[0]!
    await asService(db, 'test fixture', tx => tx.updateTable('meetings')
      .set({ starts_at: new Date(Date.now() + 20 * 86_400_000), updated_at: new Date(Date.now() + 120_000) }).where('id', '=', councilMeeting).execute())
    const after = events(await asUser(db, member, tx => personalFeed(tx, member, ctx('en'))))[0]!
    expect(after.uid).toBe(before.uid)
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence))
  })
})
