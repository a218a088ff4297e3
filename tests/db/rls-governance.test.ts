import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createFileRow, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, probeAs } from './rls-fixtures'
import { createBodyRow, createMeetingRow, daysFromNow, seat } from './governance-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// One council: `member` and `colleague` sit on it now, `former` sat on it until yesterday. `staff` is partner staff
// of the home institution and `student` studies there; neither sits on the council. `outsider` belongs nowhere.
let home: string, council: string, meeting: string, memberSeat: string
let member: Actor, colleague: Actor, former: Actor, staff: Actor, student: Actor, outsider: Actor, sec: Actor
let attachedFile: string, colleagueLooseFile: string, decision: string

const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test fixture', fn)

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
/** The database error fn raised as actor (rolled back either way). */
const refusal = (actor: Actor | null, fn: (tx: Tx) => Promise<unknown>) => attemptAndRollBack(db, actor, fn)

const ids = async (actor: Actor | null, fn: (tx: Tx) => Promise<{ id: string }[]>) => (await asUser(db, actor, fn)).map(r => r.id).sort()

const bodyValues = () => ({ kind: 'working_group' as const, name: JSON.stringify({ en: 'Working group' }), mandate: '{}' })
const seatValues = (person: Actor) => ({ body_id: council, user_id: person.id, institution_id: home, position: JSON.stringify({ en: 'Member' }), term_start: daysFromNow(0), term_end: null })
const meetingValues = () => ({ body_id: council, title: JSON.stringify({ en: 'Extra' }), starts_at: '2027-01-10T02:00:00Z', time_zone: 'Asia/Bangkok', location: '{}', agenda: '{}', minutes: '{}' })
const requestValues = (extra: Record<string, unknown> = {}) => ({ slug: 'probe-college', kind: 'university' as const, country: 'VN', city: '{}', name: JSON.stringify({ vi: 'Trường thử' }), description: '{}', motivation: '{}', website: null, ...extra })

let request: string, otherRequest: string, notice: string, othersNotice: string
beforeAll(async () => {
  home = await createInstitutionRow(db)
  council = await createBodyRow(db)
  ;[member, colleague, former] = [await personWithRole(db, 'member', home, 'office_staff'), await personWithRole(db, 'colleague', home, 'teacher'), await personWithRole(db, 'former', home, 'teacher')]
  ;[staff, student] = [await personWithRole(db, 'staff', home, 'partner_staff'), await personWithRole(db, 'student', home, 'student')]
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
  memberSeat = await seat(db, council, member, home)
  await seat(db, council, colleague, home)
  await seat(db, council, former, home, { start: daysFromNow(-700), end: daysFromNow(-1) })
  meeting = await createMeetingRow(db, council)
  attachedFile = await createFileRow(db, member)
  colleagueLooseFile = await createFileRow(db, colleague)
  await service(async (tx) => {
    await tx.insertInto('meeting_files').values({ meeting_id: meeting, file_id: attachedFile, added_by: member.id }).execute()
    decision = (await tx.insertInto('meeting_decisions').values({ meeting_id: meeting, text: JSON.stringify({ en: 'Adopt the plan' }), owner_id: null, due_on: null })
      .returning('id').executeTakeFirstOrThrow()).id
    request = (await tx.insertInto('join_requests').values({ ...requestValues(), requested_by: outsider.id, decided_by: null, decided_at: null, decision_reason: null, institution_id: null } as never).returning('id').executeTakeFirstOrThrow()).id
    otherRequest = (await tx.insertInto('join_requests').values({ ...requestValues({ slug: 'other-college' }), requested_by: student.id } as never).returning('id').executeTakeFirstOrThrow()).id
    notice = (await tx.insertInto('notifications').values({ user_id: member.id, kind: 'governance.meetingScheduled', params: '{}', link: '/governance', read_at: null }).returning('id').executeTakeFirstOrThrow()).id
    othersNotice = (await tx.insertInto('notifications').values({ user_id: colleague.id, kind: 'governance.meetingScheduled', params: '{}', link: '/governance', read_at: null }).returning('id').executeTakeFirstOrThrow()).id
  })
})

describe('governance_bodies (the community reads; the secretariat manages)', () => {
  it.each([['a body member', () => member], ['a student of a member institution', () => student], ['the secretariat', () => sec]])('%s sees the council', async (_l, actor) => {
    expect(await ids(actor(), tx => tx.selectFrom('governance_bodies').select('id').where('id', '=', council).execute())).toEqual([council])
  })
  it.each([['a person of no institution', () => outsider], ['an anonymous visitor', () => null]])('%s does not see it', async (_l, actor) => {
    expect(await ids(actor(), tx => tx.selectFrom('governance_bodies').select('id').execute())).toEqual([])
  })
  it('the secretariat creates, renames and deletes a body', async () => {
    const created = await probe(sec, async (tx) => {
      const { id } = await tx.insertInto('governance_bodies').values(bodyValues()).returning('id').executeTakeFirstOrThrow()
      const renamed = await tx.updateTable('governance_bodies').set({ name: JSON.stringify({ en: 'Renamed' }) }).where('id', '=', id).returning('id').execute()
      const deleted = await tx.deleteFrom('governance_bodies').where('id', '=', id).returning('id').execute()
      return [renamed.length, deleted.length]
    })
    expect(created).toEqual([1, 1])
  })
  it.each([['a body member', () => member], ['partner staff', () => staff]])('%s cannot create, rename or delete a body', async (_l, actor) => {
    expect((await refusal(actor(), tx => tx.insertInto('governance_bodies').values(bodyValues()).execute())).message).toMatch(RLS_VIOLATION)
    expect(await probe(actor(), tx => tx.updateTable('governance_bodies').set({ name: JSON.stringify({ en: 'Hijacked' }) }).where('id', '=', council).returning('id').execute())).toEqual([])
    expect(await probe(actor(), tx => tx.deleteFrom('governance_bodies').where('id', '=', council).returning('id').execute())).toEqual([])
  })
})

describe('body_members (the community reads; the secretariat manages)', () => {
  it('a student of a member institution sees who sits on the council; an outsider sees nobody', async () => {
    expect(await ids(student, tx => tx.selectFrom('body_members').select('id').where('body_id', '=', council).execute())).toHaveLength(3)
    expect(await ids(outsider, tx => tx.selectFrom('body_members').select('id').execute())).toEqual([])
    expect(await ids(null, tx => tx.selectFrom('body_members').select('id').execute())).toEqual([])
  })
  it('the secretariat seats, changes and removes a member', async () => {
    expect(await probe(sec, async (tx) => {
      const { id } = await tx.insertInto('body_members').values(seatValues(staff)).returning('id').executeTakeFirstOrThrow()
      const changed = await tx.updateTable('body_members').set({ term_end: daysFromNow(30) }).where('id', '=', id).returning('id').execute()
      const removed = await tx.deleteFrom('body_members').where('id', '=', id).returning('id').execute()
      return [changed.length, removed.length]
    })).toEqual([1, 1])
  })
  it('a body member cannot seat someone, extend their own term or unseat a colleague', async () => {
    expect((await refusal(member, tx => tx.insertInto('body_members').values(seatValues(staff)).execute())).message).toMatch(RLS_VIOLATION)
    expect(await probe(member, tx => tx.updateTable('body_members').set({ term_end: null }).where('id', '=', memberSeat).returning('id').execute())).toEqual([])
    expect(await probe(member, tx => tx.deleteFrom('body_members').where('body_id', '=', council).returning('id').execute())).toEqual([])
  })
})

describe('meetings (current body members and the secretariat)', () => {
  it.each([['a current member', () => member], ['the secretariat', () => sec]])('%s sees, schedules and edits meetings', async (_l, actor) => {
    expect(await ids(actor(), tx => tx.selectFrom('meetings').select('id').execute())).toEqual([meeting])
    expect(await probe(actor(), async (tx) => {
      await tx.insertInto('meetings').values(meetingValues()).execute()
      return (await tx.updateTable('meetings').set({ minutes: JSON.stringify({ en: 'Minutes' }) }).where('id', '=', meeting).returning('id').execute()).length
    })).toBe(1)
  })
  it.each([
    ['a member whose term ended', () => former], ['partner staff who sits elsewhere', () => staff], ['a student', () => student],
    ['a person of no institution', () => outsider], ['an anonymous visitor', () => null],
  ])('%s neither sees, schedules nor edits a meeting', async (_l, actor) => {
    expect(await ids(actor(), tx => tx.selectFrom('meetings').select('id').execute())).toEqual([])
    expect((await refusal(actor(), tx => tx.insertInto('meetings').values(meetingValues()).execute())).message).toMatch(RLS_VIOLATION)
    const forge = () => probe(actor(), tx => tx.updateTable('meetings').set({ minutes: JSON.stringify({ en: 'Forged' }) }).where('id', '=', meeting).returning('id').execute())
    if (actor()) expect(await forge()).toEqual([])
    else await expect(forge()).rejects.toThrow(/permission denied/) // anon holds no update grant at all
  })
  it('only the secretariat deletes a meeting', async () => {
    expect(await probe(member, tx => tx.deleteFrom('meetings').where('id', '=', meeting).returning('id').execute())).toEqual([])
    expect(await probe(sec, tx => tx.deleteFrom('meetings').where('id', '=', meeting).returning('id').execute())).toEqual([{ id: meeting }])
  })
  it('a member cannot move a meeting to a body they do not sit on', async () => {
    const other = await createBodyRow(db, 'working_group')
    expect((await refusal(member, tx => tx.updateTable('meetings').set({ body_id: other }).where('id', '=', meeting).execute())).message).toMatch(/permission denied/)
  })
  it('nobody, not even the secretariat, changes who scheduled a meeting', async () => {
    for (const actor of [member, sec]) {
      expect((await refusal(actor, tx => tx.updateTable('meetings').set({ created_by: actor.id }).where('id', '=', meeting).execute())).message).toMatch(/permission denied/)
    }
  })
})

describe('meeting_files and files_select_meeting', () => {
  it('a colleague on the body sees the attachment and reads the file row; a former member and outsiders do not', async () => {
    expect(await asUser(db, colleague, tx => tx.selectFrom('meeting_files').select('file_id').execute())).toEqual([{ file_id: attachedFile }])
    expect(await ids(colleague, tx => tx.selectFrom('files').select('id').where('id', '=', attachedFile).execute())).toEqual([attachedFile])
    for (const actor of [former, staff, outsider]) {
      expect(await asUser(db, actor, tx => tx.selectFrom('meeting_files').select('file_id').execute())).toEqual([])
      expect(await ids(actor, tx => tx.selectFrom('files').select('id').where('id', '=', attachedFile).execute())).toEqual([])
    }
  })
  it('a file that is not attached stays private to its owner', async () => {
    expect(await ids(member, tx => tx.selectFrom('files').select('id').where('id', '=', colleagueLooseFile).execute())).toEqual([])
  })
  it('a member attaches their own file, but not a colleague’s', async () => {
    const own = await createFileRow(db, member)
    expect(await probe(member, tx => tx.insertInto('meeting_files').values({ meeting_id: meeting, file_id: own }).returning('added_by').execute())).toEqual([{ added_by: member.id }])
    expect((await refusal(member, tx => tx.insertInto('meeting_files').values({ meeting_id: meeting, file_id: colleagueLooseFile }).execute())).message).toMatch(RLS_VIOLATION)
  })
  it('someone who does not see the meeting cannot attach even their own file', async () => {
    const own = await createFileRow(db, staff)
    expect((await refusal(staff, tx => tx.insertInto('meeting_files').values({ meeting_id: meeting, file_id: own }).execute())).message).toMatch(RLS_VIOLATION)
  })
  it('the one who attached it and the secretariat detach it; a colleague cannot', async () => {
    const detach = (actor: Actor) => probe(actor, tx => tx.deleteFrom('meeting_files').where('file_id', '=', attachedFile).returning('file_id').execute())
    expect(await detach(colleague)).toEqual([])
    expect(await detach(member)).toEqual([{ file_id: attachedFile }])
    expect(await detach(sec)).toEqual([{ file_id: attachedFile }])
  })
})

describe('meeting_decisions (whoever sees the meeting)', () => {
  it('a colleague reads, records and updates decisions', async () => {
    expect(await ids(colleague, tx => tx.selectFrom('meeting_decisions').select('id').execute())).toEqual([decision])
    expect(await probe(colleague, async (tx) => {
      await tx.insertInto('meeting_decisions').values({ meeting_id: meeting, text: JSON.stringify({ en: 'New' }), owner_id: null, due_on: null }).execute()
      return (await tx.updateTable('meeting_decisions').set({ status: 'done' }).where('id', '=', decision).returning('status').execute())
    })).toEqual([{ status: 'done' }])
  })
  it.each([['a former member', () => former], ['partner staff who sits elsewhere', () => staff]])('%s neither reads, records nor updates them', async (_l, actor) => {
    expect(await ids(actor(), tx => tx.selectFrom('meeting_decisions').select('id').execute())).toEqual([])
    expect((await refusal(actor(), tx => tx.insertInto('meeting_decisions').values({ meeting_id: meeting, text: JSON.stringify({ en: 'X' }), owner_id: null, due_on: null }).execute())).message).toMatch(RLS_VIOLATION)
    expect(await probe(actor(), tx => tx.updateTable('meeting_decisions').set({ status: 'done' }).where('id', '=', decision).returning('id').execute())).toEqual([])
  })
})

describe('join_requests (the requester files and reads their own; the secretariat decides)', () => {
  it('the requester and the secretariat read a request; someone else does not', async () => {
    expect(await ids(outsider, tx => tx.selectFrom('join_requests').select('id').execute())).toEqual([request])
    expect(await ids(sec, tx => tx.selectFrom('join_requests').select('id').execute())).toEqual([request, otherRequest].sort())
    expect(await ids(staff, tx => tx.selectFrom('join_requests').select('id').execute())).toEqual([])
  })
  it('anyone signed in files a pending request in their own name', async () => {
    expect(await probe(staff, tx => tx.insertInto('join_requests').values(requestValues()).returning(['requested_by', 'status']).execute()))
      .toEqual([{ requested_by: staff.id, status: 'pending' }])
  })
  it.each([
    ['in someone else’s name', () => ({ requested_by: outsider.id })],
    ['already approved', () => ({ status: 'approved' })],
    ['already decided by themselves', () => ({ decided_by: staff.id })],
    ['tied to an existing institution', () => ({ institution_id: home })],
  ])('nobody files a request %s', async (_l, extra) => {
    expect((await refusal(staff, tx => tx.insertInto('join_requests').values(requestValues(extra()) as never).execute())).message).toMatch(RLS_VIOLATION)
  })
  it('an anonymous visitor cannot file one', async () => {
    expect((await refusal(null, tx => tx.insertInto('join_requests').values({ ...requestValues(), requested_by: outsider.id }).execute())).message).toMatch(RLS_VIOLATION)
  })
  it('the secretariat decides a request; the requester cannot approve their own', async () => {
    expect(await probe(outsider, tx => tx.updateTable('join_requests').set({ status: 'approved' }).where('id', '=', request).returning('id').execute())).toEqual([])
    expect(await probe(sec, tx => tx.updateTable('join_requests').set({ status: 'rejected', decided_by: sec.id }).where('id', '=', request).returning('status').execute()))
      .toEqual([{ status: 'rejected' }])
  })
})

describe('notifications (each person reads and marks their own)', () => {
  it('a person sees only their own notices', async () => {
    expect(await ids(member, tx => tx.selectFrom('notifications').select('id').execute())).toEqual([notice])
    expect(await ids(sec, tx => tx.selectFrom('notifications').select('id').execute())).toEqual([])
  })
  it('a person marks their own notice read, not someone else’s', async () => {
    expect(await probe(member, tx => tx.updateTable('notifications').set({ read_at: new Date() }).where('id', 'in', [notice, othersNotice]).returning('id').execute()))
      .toEqual([{ id: notice }])
  })
  it('nobody writes notices or rewrites what one says', async () => {
    expect((await refusal(member, tx => tx.insertInto('notifications').values({ user_id: member.id, kind: 'forged', params: '{}', link: null, read_at: null }).execute())).message).toMatch(PERMISSION_DENIED)
    expect((await refusal(member, tx => tx.updateTable('notifications').set({ link: '/phishing' }).where('id', '=', notice).execute())).message).toMatch(PERMISSION_DENIED)
    expect((await refusal(member, tx => tx.deleteFrom('notifications').where('id', '=', notice).execute())).message).toMatch(PERMISSION_DENIED)
  })
})

describe('institutions_status_by_secretariat (restrictive: only the secretariat changes standing)', () => {
  const standing = () => service(tx => tx.selectFrom('institutions').select(['membership_status', 'member_until', 'website']).where('id', '=', home).executeTakeFirstOrThrow())

  it('staff still edit their institution’s profile', async () => {
    expect(await probe(staff, tx => tx.updateTable('institutions').set({ website: 'https://home.example' }).where('id', '=', home).returning('website').execute()))
      .toEqual([{ website: 'https://home.example' }])
  })
  it.each([
    ['suspend it', { membership_status: 'suspended' as const }],
    ['end its membership', { member_until: '2030-01-01' }],
    ['backdate its membership', { member_since: '2000-01-01' }],
  ])('staff cannot %s', async (_l, change) => {
    expect((await refusal(staff, tx => tx.updateTable('institutions').set(change).where('id', '=', home).execute())).message).toMatch(RLS_VIOLATION)
    expect(await standing()).toMatchObject({ membership_status: 'member', member_until: null })
  })
  it('the secretariat changes standing', async () => {
    expect(await probe(sec, tx => tx.updateTable('institutions').set({ membership_status: 'left', member_until: '2030-01-01' }).where('id', '=', home).returning(['membership_status', 'member_until']).execute()))
      .toEqual([{ membership_status: 'left', member_until: '2030-01-01' }])
  })
})
