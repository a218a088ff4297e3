import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

type Client = ReturnType<typeof client>
let server: RunningServer
const people: Record<string, Client> = {}
let anon: Client
const ids: Record<string, string> = {}
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

const ACCOUNTS = {
  thai: 'partner.thai@demo.example',
  office: 'office.nanning@demo.example',
  enterprise: 'enterprise@demo.example',
  secretariat: 'secretariat@demo.example',
  student: 'student.vietnam@demo.example',
}

function content(parties: string[]) {
  return {
    goals: { en: 'Goals', th: 'เป้าหมาย' }, scope: {}, parties: [], ipTerms: {}, benefitSharing: {}, disputeResolution: {},
    startsOn: '2026-09-01', endsOn: '2030-08-31', autoRenew: false,
    conditions: [{ id: 'c1', type: 'student_study', sendingInstitutionId: parties[0], receivingInstitutionId: parties[1], placesPerYear: 3, monthsPerPlace: 5, iscedCode: '0714', level: 'eqf_5', language: 'en', languageLevel: 'B1' }],
  }
}

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT: '10000' })
  anon = client(server.url)
  for (const [name, email] of Object.entries(ACCOUNTS)) {
    people[name] = client(server.url)
    expect((await people[name].post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  }
  const institutions = (await anon.get('/api/institutions')).json.items as { id: string; slug: string }[]
  for (const i of institutions) ids[i.slug] = i.id
}, 300_000)
afterAll(() => server.stop())

async function newDraft(by: Client = people.thai!) {
  const parties = [ids['chao-phraya-technical']!, ids['nanning-smart-polytechnic']!]
  const reply = await by.post('/api/agreements', {
    kind: 'bilateral', title: { th: 'ข้อตกลงทดสอบ', en: 'Test agreement' },
    parties: parties.map(id => ({ institutionId: id, signatoryName: 'Signatory' })),
    content: content(parties),
  })
  expect(reply.status).toBe(201)
  return reply.json as { id: string; current_version: number }
}

describe('agreements over HTTP', () => {
  it('creates a draft that only the parties and the secretariat can open', async () => {
    const { id } = await newDraft()
    expect((await people.office!.get(`/api/agreements/${id}`)).status).toBe(200)
    expect((await people.secretariat!.get(`/api/agreements/${id}`)).status).toBe(200)
    expect((await people.enterprise!.get(`/api/agreements/${id}`)).status).toBe(404)
    expect((await people.student!.get(`/api/agreements/${id}`)).status).toBe(404)
    expect((await anon.get(`/api/agreements/${id}`)).status).toBe(404)
  })

  it('answers a stale edit with 409, the current version and a message in the caller’s language', async () => {
    const { id } = await newDraft()
    const parties = [ids['chao-phraya-technical']!, ids['nanning-smart-polytechnic']!]
    expect((await people.office!.request('PUT', `/api/agreements/${id}/content`, { baseVersion: 1, content: content(parties) })).status).toBe(200)
    const stale = await people.thai!.request('PUT', `/api/agreements/${id}/content`, { baseVersion: 1, content: content(parties) }, { 'x-locale': 'th' })
    expect(stale.status).toBe(409)
    expect(stale.json.data.key).toBe('agreements.errors.staleVersion')
    expect(stale.json.data.current.number).toBe(2)
    expect(stale.json.message).toMatch(/[\u0E00-\u0E7F]/)
  })

  it('refuses a party’s staff signing or approving for another party with 403', async () => {
    const { id } = await newDraft()
    await people.thai!.post(`/api/agreements/${id}/transitions`, { action: 'open_negotiation' })
    const forOther = await people.thai!.post(`/api/agreements/${id}/approvals`, { version: 1, institutionId: ids['nanning-smart-polytechnic'] })
    expect(forOther.status).toBe(403)
    expect(forOther.json.data.key).toBe('agreements.errors.notYourInstitution')
    await people.thai!.post(`/api/agreements/${id}/approvals`, { version: 1, institutionId: ids['chao-phraya-technical'] })
    await people.office!.post(`/api/agreements/${id}/approvals`, { version: 1, institutionId: ids['nanning-smart-polytechnic'] })
    const signOther = await people.office!.post(`/api/agreements/${id}/signatures`, { version: 1, institutionId: ids['chao-phraya-technical'], signatoryName: 'Impostor' })
    expect(signOther.status).toBe(403)
  })

  it('answers an impossible transition with 409 and a translated message', async () => {
    const { id } = await newDraft()
    const reply = await people.thai!.post(`/api/agreements/${id}/transitions`, { action: 'reopen' }, { 'x-locale': 'zh' })
    expect(reply.status).toBe(409)
    expect(reply.json.data.key).toBe('agreements.errors.transitionNotAllowed')
    expect(reply.json.message).toMatch(/[\u4E00-\u9FFF]/)
  })

  it('offers and allows a renewal only in the last six months of the term; earlier it is 409 in the caller’s language', async () => {
    const list = (await people.thai!.get('/api/agreements?state=in_force')).json as { id: string; title: { en?: string } }[]
    const exchange = list.find(a => a.title.en === 'Mechatronics semester exchange')!.id // ends 2031-08-31
    const pilot = list.find(a => a.title.en === 'Teacher visit pilot')!.id // ends in 60 days
    expect((await people.thai!.get(`/api/agreements/${exchange}`)).json.permissions.actions).not.toContain('start_renewal')
    const early = await people.thai!.post(`/api/agreements/${exchange}/transitions`, { action: 'start_renewal' }, { 'x-locale': 'th' })
    expect(early.status).toBe(409)
    expect(early.json.data).toMatchObject({ key: 'agreements.errors.renewalTooEarly', params: { date: '2031-02-28' }, opens_on: '2031-02-28' })
    expect(early.json.message).toMatch(/[\u0E00-\u0E7F]/)
    expect((await people.thai!.get(`/api/agreements/${pilot}`)).json.permissions.actions).toContain('start_renewal')
    const renewed = await people.thai!.post(`/api/agreements/${pilot}/transitions`, { action: 'start_renewal' })
    expect(renewed.status).toBe(200)
    expect(renewed.json.successor_id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('reads quotas for every academic year of the term and refuses a year outside it with a translated 422', async () => {
    const list = (await people.office!.get('/api/agreements?state=in_force')).json as { id: string; title: { en?: string } }[]
    const exchange = list.find(a => a.title.en === 'Mechatronics semester exchange')!.id // 2026-09-01..2031-08-31
    const last = await people.office!.get(`/api/agreements/${exchange}/quotas?year=2030%2F2031`)
    expect(last.status).toBe(200)
    expect((last.json as { condition_id: string; offered: number }[]).find(l => l.condition_id === 'study-th-cn')!.offered).toBe(6)
    const after = await people.office!.get(`/api/agreements/${exchange}/quotas?year=2031%2F2032`, { 'x-locale': 'vi' })
    expect(after.status).toBe(422)
    expect(after.json.data).toMatchObject({ key: 'agreements.errors.yearOutsideTerm', params: { field: 'year', first: '2026/2027', last: '2030/2031' } })
    expect(after.json.message).toContain('2030/2031')
  })

  it('serves the side-by-side PDF and the XLSX list', async () => {
    const { id } = await newDraft()
    const pdf = await people.office!.get(`/api/agreements/${id}/pdf?left=zh&right=th`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.text.startsWith('%PDF-')).toBe(true)
    const xlsx = await people.office!.get('/api/agreements/export')
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
  })

  it('shows agreements in force on the public institution page, not drafts', async () => {
    const page = (await anon.get('/api/institutions/chao-phraya-technical')).json
    const titles = (page.agreements as { title: { en?: string } }[]).map(a => a.title.en)
    expect(titles).toContain('Mechatronics semester exchange')
    expect(titles).not.toContain('Test agreement')
  })

  it('lists, counts and marks notifications read', async () => {
    const before = (await people.thai!.get('/api/notifications')).json
    expect(before.unread).toBeGreaterThan(0)
    // The bell's count comes with the signed-in person on every page.
    expect((await people.thai!.get('/api/auth/me')).json.unread).toBe(before.unread)
    // Stored as kind + raw params + link, the same whatever the request's locale: the page renders them in its own.
    const changed = before.items.find((n: { kind: string }) => n.kind === 'agreements.stateChanged')
    expect(changed).toMatchObject({
      params: { title: { en: expect.any(String) }, state: { key: expect.stringMatching(/^agreements\.states\./) } },
      link: expect.stringMatching(/^\/agreements\/[0-9a-f-]{36}$/), read_at: null,
    })
    expect(changed).not.toHaveProperty('text')
    expect((await people.thai!.get('/api/notifications', { 'x-locale': 'fil' })).json).toEqual((await people.thai!.get('/api/notifications', { 'x-locale': 'th' })).json)
    expect((await people.thai!.post('/api/notifications/read', { all: true })).json.marked).toBe(before.unread)
    expect((await people.thai!.get('/api/notifications')).json.unread).toBe(0)
    expect((await people.thai!.get('/api/auth/me')).json.unread).toBe(0)
    expect((await anon.get('/api/notifications')).status).toBe(401)
  })
})

describe('agreement routes refuse bad input with a translated 4xx', () => {
  const routes: [string, string, unknown][] = [
    ['POST', '/api/agreements', { kind: 'bilateral' }],
    ['PUT', `/api/agreements/${UNKNOWN}/content`, { baseVersion: 'one' }],
    ['POST', `/api/agreements/${UNKNOWN}/transitions`, { action: 'explode' }],
    ['POST', `/api/agreements/${UNKNOWN}/approvals`, { version: -1 }],
    ['POST', `/api/agreements/${UNKNOWN}/signatures`, { version: 1 }],
    ['POST', `/api/agreements/${UNKNOWN}/ledger`, { amount: 'lots' }],
    ['POST', '/api/notifications/read', { ids: ['not-a-uuid'] }],
    ['GET', '/api/agreements?state=bogus', undefined],
    ['GET', `/api/agreements/${UNKNOWN}/compare?from=x&to=2`, undefined],
    ['GET', `/api/agreements/${UNKNOWN}/pdf?left=xx&right=th`, undefined],
    ['GET', `/api/agreements/${UNKNOWN}/quotas?year=2026`, undefined],
    ['POST', `/api/agreements/${UNKNOWN}/approvals`, '{"broken'],
  ]
  it.each(routes)('%s %s', async (method, path, body) => {
    const reply = await people.thai!.request(method, path, body, { 'x-locale': 'th' })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(typeof reply.json.data.key).toBe('string')
    expect(reply.json.message).not.toBe(reply.json.data.key)
  })

  it('answers unknown agreements with 404 and signed-out callers of staff routes with 401', async () => {
    expect((await people.thai!.get(`/api/agreements/${UNKNOWN}`)).status).toBe(404)
    expect((await people.thai!.get('/api/agreements/not-an-id')).status).toBe(404)
    expect((await anon.post('/api/agreements', {})).status).toBeGreaterThanOrEqual(401)
    expect((await anon.get(`/api/agreements/${UNKNOWN}/ledger`)).status).toBe(401)
    expect((await people.student!.post('/api/admin/jobs/agreement-lifecycle')).status).toBe(403)
  })
})
