import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addBodyMember, createBody, getBody, listBodies, removeBodyMember } from '../../server/domain/governance/bodies'
import { decideJoinRequest, fileJoinRequest, listJoinRequests } from '../../server/domain/governance/join-requests'
import { addDecision, attachMeetingFile, updateDecision } from '../../server/domain/governance/meeting-records'
import { wallClockToInstant } from '../../server/domain/time/wall-clock'
import { getMeeting, scheduleMeeting, updateMeeting } from '../../server/domain/governance/meetings'
import { setStanding } from '../../server/domain/governance/standing'
import { joinRequestInputSchema, meetingInputSchema } from '../../shared/schemas/governance'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createFileRow, createSecretariat, personWithRole } from './rls-fixtures'
import { createBodyRow, daysFromNow, loadLocales, seat, setLocale } from './governance-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test check', fn)
const refusal = (status: number, key: string) => ({ statusCode: status, data: expect.objectContaining({ key }) })

// A council with a Thai, a Chinese and an English member (the Thai one holds two seats), a member whose term
// ended, a member whose term starts next month, a community member who sits nowhere, and the secretariat.
let home: string, council: string
let thai: Actor, chinese: Actor, english: Actor, expired: Actor, future: Actor, bystander: Actor, outsider: Actor, sec: Actor
beforeAll(async () => {
  home = await createInstitutionRow(db)
  council = await createBodyRow(db, 'council', { en: 'Founding Council', th: 'สภาผู้ก่อตั้ง', zh: '创始理事会' })
  ;[thai, chinese, english] = [await personWithRole(db, 'thai', home, 'partner_staff'), await personWithRole(db, 'chinese', home, 'office_staff'), await personWithRole(db, 'english', home, 'teacher')]
  ;[expired, future, bystander] = [await personWithRole(db, 'expired', home, 'teacher'), await personWithRole(db, 'future', home, 'teacher'), await personWithRole(db, 'bystander', home, 'student')]
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
  await setLocale(db, thai, 'th')
  await setLocale(db, chinese, 'zh')
  for (const person of [thai, chinese, english]) await seat(db, council, person, home)
  await seat(db, council, thai, home, { start: daysFromNow(-400), end: daysFromNow(200) })
  await seat(db, council, expired, home, { start: daysFromNow(-800), end: daysFromNow(-1) })
  await seat(db, council, future, home, { start: daysFromNow(30) })
})

const plenary = meetingInputSchema.parse({
  title: { en: 'Council plenary', th: 'การประชุมใหญ่สภา', zh: '理事会全体会议' },
  startsAtLocal: '2026-12-03T09:30', timeZone: 'Asia/Bangkok', agenda: { en: 'Annual plan' },
})

describe('scheduling a meeting', () => {
  let meetingId: string
  let mails: { to_user_id: string | null; locale: string; subject: string; body: string }[]
  beforeAll(async () => {
    // Scheduled by the secretariat, who does not sit on the council: whoever schedules is not told of it.
    meetingId = (await asUser(db, sec, tx => scheduleMeeting(tx, council, plenary))).id
    mails = await service(tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
      .where('template', '=', 'governance.meetingScheduled').execute())
  })

  it('stores the start as the UTC instant of 09:30 in Bangkok (02:30Z)', async () => {
    const row = await service(tx => tx.selectFrom('meetings').select(['starts_at', 'time_zone']).where('id', '=', meetingId).executeTakeFirstOrThrow())
    expect(new Date(row.starts_at).toISOString()).toBe('2026-12-03T02:30:00.000Z')
    expect(row.time_zone).toBe('Asia/Bangkok')
  })

  it('mails every current member exactly once, and nobody whose term ended or has not begun', () => {
    expect(mails.map(m => m.to_user_id).sort()).toEqual([thai.id, chinese.id, english.id].sort())
  })

  it('writes each mail in the recipient’s language, with the start written the same way for all', () => {
    const byPerson = new Map(mails.map(m => [m.to_user_id, m]))
    expect(byPerson.get(thai.id)).toMatchObject({ locale: 'th' })
    expect(byPerson.get(thai.id)!.subject).toContain('การประชุมใหญ่สภา')
    expect(byPerson.get(thai.id)!.subject).toMatch(/[\u0E00-\u0E7F]{4,}/)
    expect(byPerson.get(thai.id)!.subject).toContain('สภาผู้ก่อตั้ง')
    expect(byPerson.get(chinese.id)).toMatchObject({ locale: 'zh' })
    expect(byPerson.get(chinese.id)!.subject).toContain('理事会全体会议')
    expect(byPerson.get(chinese.id)!.subject).toContain('会议')
    expect(byPerson.get(english.id)).toMatchObject({ locale: 'en', subject: 'Meeting of Founding Council: Council plenary, 2026-12-03 09:30 Asia/Bangkok' })
    for (const m of mails) {
      expect(m.subject + m.body).toContain('2026-12-03 09:30 Asia/Bangkok')
      expect(m.body).toContain(`/${m.locale}/governance/meetings/${meetingId}`)
    }
  })

  it('puts one notice in each current member’s list, linking to the meeting', async () => {
    const notices = await asUser(db, thai, tx => tx.selectFrom('notifications').select(['kind', 'link']).execute())
    expect(notices).toEqual([{ kind: 'governance.meetingScheduled', link: `/governance/meetings/${meetingId}` }])
    expect(await asUser(db, expired, tx => tx.selectFrom('notifications').select('id').execute())).toEqual([])
  })

  it('shows the meeting to current members and the secretariat, not to a member whose term ended', async () => {
    expect((await asUser(db, english, tx => getMeeting(tx, meetingId))).agenda).toEqual({ en: 'Annual plan' })
    expect((await asUser(db, sec, tx => getMeeting(tx, meetingId))).starts_at_local).toBe('2026-12-03T09:30')
    await expect(asUser(db, expired, tx => getMeeting(tx, meetingId))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
    await expect(asUser(db, bystander, tx => getMeeting(tx, meetingId))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
    const bodySeenByExpired = await asUser(db, expired, tx => getBody(tx, council))
    expect(bodySeenByExpired.meetings).toEqual([])
    expect(bodySeenByExpired.permissions.can_schedule).toBe(false)
    expect(bodySeenByExpired.members.map(m => m.display_name)).not.toContain('expired')
  })

  it('lets the community see the body and who sits on it, by name, but not its meetings', async () => {
    const body = await asUser(db, bystander, tx => getBody(tx, council))
    expect(body.members.map(m => m.display_name).sort()).toEqual(['chinese', 'english', 'future', 'thai', 'thai'])
    expect(body.meetings).toEqual([])
  })

  it('refuses a community member who sits elsewhere (403) and hides the body from outsiders (404)', async () => {
    await expect(asUser(db, bystander, tx => scheduleMeeting(tx, council, plenary))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    await expect(asUser(db, outsider, tx => scheduleMeeting(tx, council, plenary))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
    await expect(asUser(db, expired, tx => scheduleMeeting(tx, council, plenary))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
  })

  it('refuses a date that does not exist with 422 and sends nothing', async () => {
    const before = mails.length
    await expect(asUser(db, sec, tx => scheduleMeeting(tx, council, { ...plenary, startsAtLocal: '2026-02-30T09:30' })))
      .rejects.toMatchObject(refusal(422, 'governance.errors.invalidStart'))
    const after = await service(tx => tx.selectFrom('mail_outbox').select('id').where('template', '=', 'governance.meetingScheduled').execute())
    expect(after).toHaveLength(before)
  })

  it('keeps the wall-clock time when only the zone is corrected, and records minutes', async () => {
    const updated = await asUser(db, thai, tx => updateMeeting(tx, meetingId, { timeZone: 'Asia/Ho_Chi_Minh', minutes: { th: 'บันทึกการประชุม' } }))
    expect(updated.starts_at_local).toBe('2026-12-03T09:30')
    expect(updated.minutes).toEqual({ th: 'บันทึกการประชุม' })
    const moved = await asUser(db, thai, tx => updateMeeting(tx, meetingId, { timeZone: 'Asia/Shanghai' }))
    expect(new Date(moved.starts_at).toISOString()).toBe('2026-12-03T01:30:00.000Z')
  })

  it('tells every member but the mover when the meeting moves to another instant, old and new time in their language; not when the instant stays', async () => {
    const movedMails = () => service(tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
      .where('template', '=', 'governance.meetingMoved').where('body', 'like', `%${meetingId}%`).execute())
    const before = (await movedMails()).length
    await asUser(db, thai, tx => updateMeeting(tx, meetingId, { minutes: { th: 'บันทึก' }, durationMinutes: 90 }))
    expect(await movedMails()).toHaveLength(before)
    await asUser(db, english, tx => updateMeeting(tx, meetingId, { startsAtLocal: '2026-12-04T14:00' }))
    const told = (await movedMails()).slice(before)
    expect(told.map(m => m.to_user_id).sort()).toEqual([thai.id, chinese.id].sort())
    for (const mail of told) expect(mail.body).toContain('2026-12-04 14:00 Asia/Shanghai')
    for (const mail of told) expect(mail.body).toContain('2026-12-03 09:30 Asia/Shanghai')
    const inThai = told.find(m => m.locale === 'th')!
    expect(inThai.subject).toContain('การประชุมใหญ่สภา')
    expect(inThai.subject).not.toMatch(/Meeting/)
  })

  it('records decisions owned by members, and marks them done', async () => {
    const decision = await asUser(db, english, tx => addDecision(tx, meetingId, { text: { en: 'Adopt the plan' }, ownerId: thai.id, dueOn: '2027-01-31' }))
    expect(decision.status).toBe('open')
    await expect(asUser(db, english, tx => addDecision(tx, meetingId, { text: { en: 'X' }, ownerId: bystander.id, dueOn: null })))
      .rejects.toMatchObject(refusal(422, 'governance.errors.ownerNotMember'))
    await asUser(db, thai, tx => updateDecision(tx, decision.id, { status: 'done' }))
    const seen = await asUser(db, chinese, tx => getMeeting(tx, meetingId))
    expect(seen.decisions).toMatchObject([{ id: decision.id, status: 'done', owner_name: 'thai' }])
    await expect(asUser(db, expired, tx => updateDecision(tx, decision.id, { status: 'open' }))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
  })

  it('attaches only the actor’s own files, which the other members can then read', async () => {
    const own = await createFileRow(db, english)
    const someoneElses = await createFileRow(db, thai)
    await expect(asUser(db, sec, tx => attachMeetingFile(tx, sec, meetingId, someoneElses))).rejects.toMatchObject(refusal(403, 'governance.errors.fileNotYours'))
    // A file the actor cannot even see gets the same answer: nothing tells whether it exists.
    await expect(asUser(db, english, tx => attachMeetingFile(tx, english, meetingId, someoneElses))).rejects.toMatchObject(refusal(403, 'governance.errors.fileNotYours'))
    await asUser(db, english, tx => attachMeetingFile(tx, english, meetingId, own))
    await asUser(db, english, tx => attachMeetingFile(tx, english, meetingId, own))
    expect((await asUser(db, chinese, tx => getMeeting(tx, meetingId))).files.map(f => f.id)).toEqual([own])
    expect(await asUser(db, chinese, tx => tx.selectFrom('files').select('id').where('id', '=', own).execute())).toEqual([{ id: own }])
  })
})

describe('bodies and who sits on them', () => {
  it('lists bodies with how many people sit on them today, counting a person with two seats once', async () => {
    const bodies = await asUser(db, bystander, tx => listBodies(tx))
    expect(bodies.find(b => b.id === council)).toMatchObject({ kind: 'council', member_count: 3 })
    expect(await asUser(db, outsider, tx => listBodies(tx))).toEqual([])
  })

  it('lets the secretariat create a body and seat someone for an institution they belong to', async () => {
    const group = await asUser(db, sec, tx => createBody(tx, { kind: 'working_group', name: { en: 'Credit recognition' }, mandate: {} }))
    await expect(asUser(db, thai, tx => createBody(tx, { kind: 'working_group', name: { en: 'Rogue' }, mandate: {} }))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    const elsewhere = await createInstitutionRow(db)
    const input = { userId: bystander.id, institutionId: home, position: { en: 'Rapporteur' }, termStart: daysFromNow(0), termEnd: null }
    await expect(asUser(db, sec, tx => addBodyMember(tx, group.id, { ...input, institutionId: elsewhere }))).rejects.toMatchObject(refusal(422, 'governance.errors.notAtInstitution'))
    await expect(asUser(db, thai, tx => addBodyMember(tx, group.id, input))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    const seated = await asUser(db, sec, tx => addBodyMember(tx, group.id, input))
    expect((await asUser(db, bystander, tx => getBody(tx, group.id))).permissions.can_schedule).toBe(true)
    await expect(asUser(db, thai, tx => removeBodyMember(tx, seated.id))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    await asUser(db, sec, tx => removeBodyMember(tx, seated.id))
    await expect(asUser(db, sec, tx => removeBodyMember(tx, seated.id))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
    expect((await asUser(db, bystander, tx => getBody(tx, group.id))).members).toEqual([])
  })
})

describe('meeting start times', () => {
  it.each([
    ['2026-12-03T09:30', 'Asia/Bangkok', '2026-12-03T02:30:00.000Z'],
    ['2026-12-03T09:30', 'Asia/Shanghai', '2026-12-03T01:30:00.000Z'],
    ['2026-12-03T09:30', 'Asia/Yangon', '2026-12-03T03:00:00.000Z'],
    ['2027-01-01T00:15', 'Asia/Ho_Chi_Minh', '2026-12-31T17:15:00.000Z'],
    ['2026-07-01T09:30', 'Europe/Berlin', '2026-07-01T07:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(wallClockToInstant(local, zone)?.toISOString()).toBe(utc)
  })

  it('accepts the zone names Vietnam and Myanmar use', () => {
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'Asia/Yangon', 'Asia/Saigon', 'UTC']) {
      expect(meetingInputSchema.safeParse({ ...plenary, timeZone }).success, timeZone).toBe(true)
    }
    expect(meetingInputSchema.safeParse({ ...plenary, timeZone: 'Mars/Olympus' }).success).toBe(false)
  })
})

describe('a request to join the community', () => {
  const request = (slug: string) => joinRequestInputSchema.parse({
    slug, kind: 'vocational_college', country: 'LA', name: { lo: 'ວິທະຍາໄລທົດລອງ', en: 'Test College' },
    description: { en: 'A college' }, motivation: { en: 'We train electricians.', lo: 'ພວກເຮົາຝຶກຊ່າງໄຟຟ້າ' },
  })

  it('is filed by anyone signed in and reaches the secretariat', async () => {
    const applicant = await createPerson(db, 'applicant')
    const filed = await asUser(db, applicant, tx => fileJoinRequest(tx, applicant, request('luang-test-college')))
    expect(filed.status).toBe('pending')
    const notices = await asUser(db, sec, tx => tx.selectFrom('notifications').select(['kind', 'link']).where('kind', '=', 'governance.joinRequested').execute())
    expect(notices).toEqual([{ kind: 'governance.joinRequested', link: '/admin/join-requests' }])
    expect((await asUser(db, applicant, tx => listJoinRequests(tx, 'all'))).map(r => r.id)).toEqual([filed.id])
    expect(await asUser(db, bystander, tx => listJoinRequests(tx, 'all'))).toEqual([])
  })

  it('once approved, makes a member institution from today with the requester as its partner staff', async () => {
    const applicant = await createPerson(db, 'approved-applicant')
    const filed = await asUser(db, applicant, tx => fileJoinRequest(tx, applicant, request('vientiane-test-college')))
    const result = await asUser(db, sec, tx => decideJoinRequest(tx, sec, filed.id, { decision: 'approve' }))
    expect(result.status).toBe('approved')
    const institution = await service(tx => tx.selectFrom('institutions').select(['id', 'name', 'membership_status', 'member_since', 'country'])
      .where('slug', '=', 'vientiane-test-college').executeTakeFirstOrThrow())
    expect(institution).toMatchObject({ name: { lo: 'ວິທະຍາໄລທົດລອງ', en: 'Test College' }, membership_status: 'member', member_since: daysFromNow(0), country: 'LA' })
    const roles = await asUser(db, applicant, tx => tx.selectFrom('memberships').select(['institution_id', 'role']).execute())
    expect(roles).toEqual([{ institution_id: institution.id, role: 'partner_staff' }])
    const [decided] = await asUser(db, applicant, tx => listJoinRequests(tx, 'all'))
    expect(decided).toMatchObject({ status: 'approved', institution_id: institution.id })
    const notices = await asUser(db, applicant, tx => tx.selectFrom('notifications').select(['kind', 'link']).execute())
    expect(notices).toEqual([{ kind: 'governance.joinApproved', link: '/institutions/vientiane-test-college' }])
  })

  it('is decided once: deciding again is 409 and changes nothing', async () => {
    const applicant = await createPerson(db, 'twice')
    const filed = await asUser(db, applicant, tx => fileJoinRequest(tx, applicant, request('twice-test-college')))
    await asUser(db, sec, tx => decideJoinRequest(tx, sec, filed.id, { decision: 'reject', reason: 'Not an institution of the region.' }))
    await expect(asUser(db, sec, tx => decideJoinRequest(tx, sec, filed.id, { decision: 'approve' })))
      .rejects.toMatchObject(refusal(409, 'governance.errors.alreadyDecided'))
    await expect(asUser(db, sec, tx => decideJoinRequest(tx, sec, filed.id, { decision: 'reject', reason: 'Again' })))
      .rejects.toMatchObject(refusal(409, 'governance.errors.alreadyDecided'))
    expect(await service(tx => tx.selectFrom('institutions').select('id').where('slug', '=', 'twice-test-college').execute())).toEqual([])
    const [row] = await asUser(db, applicant, tx => listJoinRequests(tx, 'all'))
    expect(row).toMatchObject({ status: 'rejected', decision_reason: 'Not an institution of the region.' })
    const mail = await service(tx => tx.selectFrom('mail_outbox').select(['template', 'body']).where('to_user_id', '=', applicant.id).execute())
    expect(mail).toHaveLength(1)
    expect(mail[0]!.body).toContain('Not an institution of the region.')
  })

  it('is refused with 409 when the web address is taken, and only the secretariat decides (403)', async () => {
    const applicant = await createPerson(db, 'late')
    const taken = (await service(tx => tx.selectFrom('institutions').select('slug').where('id', '=', home).executeTakeFirstOrThrow())).slug
    await expect(asUser(db, applicant, tx => fileJoinRequest(tx, applicant, request(taken)))).rejects.toMatchObject(refusal(409, 'institutions.errors.slugTaken'))
    const filed = await asUser(db, applicant, tx => fileJoinRequest(tx, applicant, request('self-approved-college')))
    await expect(asUser(db, applicant, tx => decideJoinRequest(tx, applicant, filed.id, { decision: 'approve' }))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    await expect(asUser(db, thai, tx => decideJoinRequest(tx, thai, filed.id, { decision: 'approve' }))).rejects.toMatchObject(refusal(404, 'errors.notFound'))
  })
})

describe('an institution’s standing', () => {
  it('is changed by the secretariat only', async () => {
    const updated = await asUser(db, sec, tx => setStanding(tx, home, { membershipStatus: 'suspended', memberUntil: null }))
    expect(updated.membership_status).toBe('suspended')
    await expect(asUser(db, thai, tx => setStanding(tx, home, { membershipStatus: 'member', memberUntil: null }))).rejects.toMatchObject(refusal(403, 'errors.forbidden'))
    await expect(asUser(db, sec, tx => setStanding(tx, home, { membershipStatus: 'left', memberUntil: '1990-01-01' })))
      .rejects.toMatchObject(refusal(422, 'governance.errors.untilBeforeSince'))
    await asUser(db, sec, tx => setStanding(tx, home, { membershipStatus: 'member', memberUntil: null }))
  })
})

describe('the demo community’s governance', () => {
  it('seeds a council, an executive committee, the secretariat and a working group, with one upcoming meeting, once', async () => {
    const { seedDemoCommunity } = await import('../../server/domain/demo/seed')
    const { seedDemoGovernance } = await import('../../server/domain/demo/governance')
    await seedDemoCommunity(db)
    await seedDemoGovernance(db)
    const demo = await service(tx => tx.selectFrom('governance_bodies').select(['id', 'kind', 'name'])
      .where('id', '!=', council).where(eb => eb.exists(eb.selectFrom('body_members').select('id').whereRef('body_members.body_id', '=', 'governance_bodies.id')
        .where('user_id', 'in', eb.selectFrom('profiles').select('id').where('email', 'like', '%@demo.example')))).execute())
    expect(demo.map(b => b.kind).sort()).toEqual(['council', 'executive_committee', 'secretariat', 'working_group'])
    for (const body of demo) expect(Object.keys(body.name)).toEqual(expect.arrayContaining(['zh', 'en', 'th', 'vi']))
    const meetings = await service(tx => tx.selectFrom('meetings').select(['starts_at', 'time_zone', 'agenda']).where('body_id', 'in', demo.map(b => b.id)).execute())
    expect(meetings).toHaveLength(1)
    expect(new Date(meetings[0]!.starts_at).getTime()).toBeGreaterThan(Date.now())
    expect(new Date(meetings[0]!.starts_at).toISOString()).toMatch(/T02:30:00\.000Z$/)
    expect(meetings[0]!.agenda.th).toContain('แผนกิจกรรมประจำปี')
  })
})
