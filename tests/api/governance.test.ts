import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

type Client = ReturnType<typeof client>
let server: RunningServer
const people: Record<string, Client> = {}
let anon: Client
let council: string, secretariatBody: string
const UNKNOWN = '00000000-0000-4000-8000-000000000000'
const THAI = /[\u0E00-\u0E7F]/

// The demo seed: office.nanning chairs the council and partner.thai is its vice-chair; the student sits nowhere.
const ACCOUNTS = {
  secretariat: 'secretariat@demo.example',
  office: 'office.nanning@demo.example',
  thai: 'partner.thai@demo.example',
  student: 'student.vietnam@demo.example',
}
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

async function newcomer(name: string, locale = 'en') {
  const c = client(server.url)
  const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.example`
  await signUpConfirmed(c, server, { email, password: 'join-test-pass-1', displayName: name, locale })
  return c
}

const meeting = (extra: Record<string, unknown> = {}) => ({
  title: { en: 'Extraordinary council meeting', th: 'การประชุมสภาวิสามัญ' }, startsAtLocal: '2027-03-02T14:00', timeZone: 'Asia/Bangkok', ...extra,
})
const joinRequest = (slug: string) => ({
  slug, kind: 'vocational_college', country: 'KH', name: { km: 'វិទ្យាល័យសាកល្បង', en: 'Trial Polytechnic' }, motivation: { en: 'Internships in mechatronics.' },
})

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '10000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '10000' })
  anon = client(server.url)
  for (const [name, email] of Object.entries(ACCOUNTS)) {
    people[name] = client(server.url)
    expect((await people[name].post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  }
  const bodies = (await people.student!.get('/api/governance/bodies')).json as { id: string; kind: string; member_count: number }[]
  council = bodies.find(b => b.kind === 'council')!.id
  secretariatBody = bodies.find(b => b.kind === 'secretariat')!.id
}, 300_000)
afterAll(() => server.stop())

describe('every governance route with a body refuses bad input with a translated 4xx, never 5xx', () => {
  const routes = (): [string, string, Record<string, unknown>][] => [
    ['POST', '/api/governance/bodies', { kind: 'working_group', name: { en: 'WG' } }],
    ['POST', `/api/governance/bodies/${council}/members`, { userId: UNKNOWN, institutionId: UNKNOWN, position: { en: 'X' }, termStart: '2026-01-01' }],
    ['POST', `/api/governance/bodies/${council}/meetings`, meeting()],
    ['PATCH', `/api/governance/meetings/${UNKNOWN}`, { minutes: { en: 'X' } }],
    ['POST', `/api/governance/meetings/${UNKNOWN}/decisions`, { text: { en: 'X' } }],
    ['PATCH', `/api/governance/decisions/${UNKNOWN}`, { status: 'done' }],
    ['POST', `/api/governance/meetings/${UNKNOWN}/files`, { fileId: UNKNOWN }],
    ['POST', '/api/join-requests', joinRequest('bad-input-college')],
    ['POST', `/api/join-requests/${UNKNOWN}/decision`, { decision: 'approve' }],
    ['PATCH', `/api/institutions/${UNKNOWN}/standing`, { membershipStatus: 'member' }],
  ]
  const translated4xx = (reply: { status: number; json: { message?: string; data?: { key?: string } } }) => {
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(typeof reply.json?.data?.key).toBe('string')
    expect(reply.json.message).toMatch(THAI)
  }
  it('malformed JSON, wrong types and a 10 MB string', async () => {
    for (const [method, path, good] of routes()) {
      const th = { 'x-locale': 'th' }
      translated4xx(await people.secretariat!.request(method, path, '{"not json', th))
      translated4xx(await people.secretariat!.request(method, path, Object.fromEntries(Object.keys(good).map(k => [k, 12345])), th))
      const huge = await people.secretariat!.request(method, path, { ...good, [Object.keys(good)[0]!]: 'x'.repeat(10 * 1024 * 1024) }, th)
      translated4xx(huge)
      expect(huge.status, `${method} ${path}`).toBe(413)
    }
  })
})

describe('governance bodies over HTTP', () => {
  it('shows the demo bodies with their members to the community, and nothing to a newcomer of no institution', async () => {
    const bodies = (await people.student!.get('/api/governance/bodies')).json as { kind: string; member_count: number }[]
    expect(bodies.map(b => b.kind).sort()).toEqual(['council', 'executive_committee', 'secretariat', 'working_group'])
    expect(bodies.find(b => b.kind === 'council')!.member_count).toBe(4)
    const stranger = await newcomer('stranger')
    expect((await stranger.get('/api/governance/bodies')).json).toEqual([])
    expect((await stranger.get(`/api/governance/bodies/${council}`)).status).toBe(404)
    expect((await anon.get('/api/governance/bodies')).status).toBe(401)
  })

  it('names the council’s members and tells each viewer what they may do', async () => {
    const asStudent = (await people.student!.get(`/api/governance/bodies/${council}`)).json
    expect(asStudent.members.map((m: { display_name: string }) => m.display_name)).toContain('สมชาย ใจดี')
    expect(asStudent.meetings).toEqual([])
    expect(asStudent.permissions).toEqual({ can_schedule: false, can_manage_members: false })
    const asThai = (await people.thai!.get(`/api/governance/bodies/${council}`)).json
    expect(asThai.meetings.length).toBeGreaterThan(0)
    expect(asThai.permissions).toEqual({ can_schedule: true, can_manage_members: false })
  })

  it('lets only the secretariat seat and unseat members', async () => {
    const thaiId = (await people.thai!.get('/api/auth/me')).json.user
    const seatThai = { userId: thaiId.id, institutionId: thaiId.memberships[0].institution_id, position: { en: 'Adviser' }, termStart: '2026-01-01' }
    expect((await people.thai!.post(`/api/governance/bodies/${secretariatBody}/members`, seatThai)).status).toBe(403)
    const seated = await people.secretariat!.post(`/api/governance/bodies/${secretariatBody}/members`, seatThai)
    expect(seated.status).toBe(201)
    expect((await people.student!.delete(`/api/governance/members/${seated.json.id}`)).status).toBe(403)
    expect((await people.secretariat!.delete(`/api/governance/members/${seated.json.id}`)).status).toBe(200)
    expect((await people.secretariat!.delete(`/api/governance/members/${seated.json.id}`)).status).toBe(404)
    const wrongInstitution = await people.secretariat!.post(`/api/governance/bodies/${secretariatBody}/members`, { ...seatThai, institutionId: UNKNOWN })
    expect(wrongInstitution.status).toBe(422)
    expect(wrongInstitution.json.data.key).toBe('governance.errors.notAtInstitution')
  })
})

describe('meetings over HTTP', () => {
  let meetingId: string

  it('answers bad input with 4xx and a message in the caller’s language', async () => {
    const missing = await people.thai!.post(`/api/governance/bodies/${council}/meetings`, { title: { en: 'X' } }, { 'x-locale': 'th' })
    expect(missing.status).toBe(422)
    expect(missing.json.message).toMatch(THAI)
    const noSuchDay = await people.thai!.post(`/api/governance/bodies/${council}/meetings`, meeting({ startsAtLocal: '2027-02-30T09:00' }), { 'x-locale': 'th' })
    expect(noSuchDay.status).toBe(422)
    expect(noSuchDay.json.data.key).toBe('governance.errors.invalidStart')
    expect(noSuchDay.json.message).toBe('ไม่มีวันหรือเวลานี้ โปรดตรวจสอบเวลาเริ่มประชุม')
    const badZone = await people.thai!.post(`/api/governance/bodies/${council}/meetings`, meeting({ timeZone: 'Asia/Atlantis' }))
    expect(badZone.status).toBe(422)
    expect((await people.thai!.post(`/api/governance/bodies/${council}/meetings`, '{"title":')).status).toBe(400)
    expect((await people.thai!.post('/api/governance/bodies/not-a-uuid/meetings', meeting())).status).toBe(404)
  })

  it('lets a council member schedule (and the student not), and tells the other members', async () => {
    expect((await people.student!.post(`/api/governance/bodies/${council}/meetings`, meeting())).status).toBe(403)
    expect((await anon.post(`/api/governance/bodies/${council}/meetings`, meeting())).status).toBe(401)
    const created = await people.thai!.post(`/api/governance/bodies/${council}/meetings`, meeting({ timeZone: 'Asia/Ho_Chi_Minh' }))
    expect(created.status).toBe(201)
    meetingId = created.json.id
    expect(new Date(created.json.starts_at).toISOString()).toBe('2027-03-02T07:00:00.000Z')
    // The notice keeps the meeting's own wall-clock time and zone; the page renders it in the reader's language.
    const officeNotices = (await people.office!.get('/api/notifications')).json.items as { kind: string; params: Record<string, unknown>; link: string }[]
    const notice = officeNotices.find(n => n.link === `/governance/meetings/${meetingId}`)
    expect(notice).toMatchObject({ kind: 'governance.meetingScheduled', params: { start: '2027-03-02 14:00 Asia/Ho_Chi_Minh' } })
  })

  it('shows the meeting to members and the secretariat, 404 to the student, 401 to visitors', async () => {
    expect((await people.office!.get(`/api/governance/meetings/${meetingId}`)).json.starts_at_local).toBe('2027-03-02T14:00')
    expect((await people.secretariat!.get(`/api/governance/meetings/${meetingId}`)).status).toBe(200)
    expect((await people.student!.get(`/api/governance/meetings/${meetingId}`)).status).toBe(404)
    expect((await anon.get(`/api/governance/meetings/${meetingId}`)).status).toBe(401)
    expect((await people.office!.get(`/api/governance/meetings/${UNKNOWN}`)).status).toBe(404)
  })

  it('records minutes, decisions and files', async () => {
    const minutes = await people.office!.patch(`/api/governance/meetings/${meetingId}`, { minutes: { zh: '会议纪要', en: 'Minutes' } })
    expect(minutes.status).toBe(200)
    expect(minutes.json.minutes).toEqual({ zh: '会议纪要', en: 'Minutes' })
    expect((await people.student!.patch(`/api/governance/meetings/${meetingId}`, { minutes: { en: 'Forged' } })).status).toBe(404)

    const decision = await people.office!.post(`/api/governance/meetings/${meetingId}/decisions`, { text: { en: 'Adopt the plan' } })
    expect(decision.status).toBe(201)
    expect((await people.thai!.patch(`/api/governance/decisions/${decision.json.id}`, { status: 'done' })).json.status).toBe('done')
    expect((await people.student!.patch(`/api/governance/decisions/${decision.json.id}`, { status: 'open' })).status).toBe(404)
    expect((await people.thai!.patch(`/api/governance/decisions/${decision.json.id}`, { status: 'finished' })).status).toBe(422)

    const form = new FormData()
    form.append('file', new Blob([PNG]), 'seating-plan.png')
    const upload = await people.thai!.post('/api/files', form)
    expect(upload.status).toBe(201)
    // Someone else's file, seen or not, gets the same answer: nothing tells whether it exists.
    expect((await people.office!.post(`/api/governance/meetings/${meetingId}/files`, { fileId: upload.json.id })).status).toBe(403)
    expect((await people.thai!.post(`/api/governance/meetings/${meetingId}/files`, { fileId: upload.json.id })).status).toBe(201)
    const seen = (await people.office!.get(`/api/governance/meetings/${meetingId}`)).json
    expect(seen.files.map((f: { filename: string }) => f.filename)).toEqual(['seating-plan.png'])
    expect((await people.office!.get(`/api/files/${upload.json.id}`)).status).toBe(200)
    expect((await people.student!.get(`/api/files/${upload.json.id}`)).status).toBe(404)
  })
})

describe('joining the community over HTTP', () => {
  it('files a request, which the secretariat approves once; the requester then manages a member institution', async () => {
    const applicant = await newcomer('applicant', 'km')
    const filed = await applicant.post('/api/join-requests', joinRequest('trial-polytechnic'))
    expect(filed.status).toBe(201)
    expect((await applicant.get('/api/join-requests?status=all')).json.map((r: { id: string }) => r.id)).toEqual([filed.json.id])

    const pending = (await people.secretariat!.get('/api/join-requests')).json as { id: string; requester_name: string }[]
    expect(pending.find(r => r.id === filed.json.id)?.requester_name).toBe('applicant')
    expect((await people.student!.post(`/api/join-requests/${filed.json.id}/decision`, { decision: 'approve' })).status).toBe(403)
    expect((await anon.post(`/api/join-requests/${filed.json.id}/decision`, { decision: 'approve' })).status).toBe(401)

    const approved = await people.secretariat!.post(`/api/join-requests/${filed.json.id}/decision`, { decision: 'approve' })
    expect(approved.status).toBe(200)
    const again = await people.secretariat!.post(`/api/join-requests/${filed.json.id}/decision`, { decision: 'reject', reason: 'Late' }, { 'x-locale': 'th' })
    expect(again.status).toBe(409)
    expect(again.json.data.key).toBe('governance.errors.alreadyDecided')
    expect(again.json.message).toBe('คำขอนี้ได้รับการพิจารณาแล้ว')

    const me = (await applicant.get('/api/auth/me')).json.user
    expect(me.roles).toEqual(['partner_staff'])
    expect((await anon.get('/api/institutions/trial-polytechnic')).json).toMatchObject({ membership_status: 'member', country: 'KH' })
    const notices = (await applicant.get('/api/notifications')).json.items as { kind: string; link: string }[]
    expect(notices[0]).toMatchObject({ link: '/institutions/trial-polytechnic' })
  })

  it('refuses a taken web address with 409, a rejection without reason with 422, and visitors with 401', async () => {
    const applicant = await newcomer('second')
    const taken = await applicant.post('/api/join-requests', joinRequest('chao-phraya-technical'), { 'x-locale': 'th' })
    expect(taken.status).toBe(409)
    expect(taken.json.message).toMatch(THAI)
    const filed = await applicant.post('/api/join-requests', joinRequest('second-polytechnic'))
    expect((await people.secretariat!.post(`/api/join-requests/${filed.json.id}/decision`, { decision: 'reject' })).status).toBe(422)
    expect((await people.secretariat!.post(`/api/join-requests/${UNKNOWN}/decision`, { decision: 'approve' })).status).toBe(404)
    expect((await anon.post('/api/join-requests', joinRequest('anon-polytechnic'))).status).toBe(401)
    expect((await applicant.post('/api/join-requests', { ...joinRequest('x'), country: 'Cambodia' })).status).toBe(422)
    expect((await people.secretariat!.get('/api/join-requests?status=maybe')).status).toBe(422)
  })

  it('keeps one pending request per person: a second one, even sent at the same moment, is 409 until the first is decided', async () => {
    const applicant = await newcomer('eager')
    const [first, second] = await Promise.all([
      applicant.post('/api/join-requests', joinRequest('eager-polytechnic')),
      applicant.post('/api/join-requests', joinRequest('eager-polytechnic-bis'), { 'x-locale': 'th' }),
    ])
    expect([first.status, second.status].sort()).toEqual([201, 409])
    const refused = first.status === 409 ? first : second
    expect(refused.json.data.key).toBe('governance.errors.joinRequestPending')
    const later = await applicant.post('/api/join-requests', joinRequest('eager-polytechnic-ter'), { 'x-locale': 'th' })
    expect(later.status).toBe(409)
    expect(later.json.data.key).toBe('governance.errors.joinRequestPending')
    expect(later.json.message).toMatch(THAI)
    const mine = (await applicant.get('/api/join-requests?status=all')).json as { id: string }[]
    expect(mine).toHaveLength(1)
    await people.secretariat!.post(`/api/join-requests/${mine[0]!.id}/decision`, { decision: 'reject', reason: 'Please name your enterprise partners.' })
    expect((await applicant.post('/api/join-requests', joinRequest('eager-polytechnic-ter'))).status).toBe(201)
  })
})

describe('an institution’s standing over HTTP', () => {
  it('is changed by the secretariat, not by the institution’s own staff', async () => {
    const own = (await people.thai!.get('/api/institutions/chao-phraya-technical')).json
    expect((await people.thai!.patch(`/api/institutions/${own.id}/standing`, { membershipStatus: 'left' })).status).toBe(403)
    const suspended = await people.secretariat!.patch(`/api/institutions/${own.id}/standing`, { membershipStatus: 'suspended' })
    expect(suspended.status).toBe(200)
    expect(suspended.json.membership_status).toBe('suspended')
    expect((await people.secretariat!.patch(`/api/institutions/${own.id}/standing`, { membershipStatus: 'member' })).status).toBe(200)
    expect((await people.secretariat!.patch(`/api/institutions/${own.id}/standing`, { membershipStatus: 'expelled' })).status).toBe(422)
    expect((await people.secretariat!.patch(`/api/institutions/${UNKNOWN}/standing`, { membershipStatus: 'member' })).status).toBe(404)
  })
})
