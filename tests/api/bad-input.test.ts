import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

let server: RunningServer
let secretariat: ReturnType<typeof client>
beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '10000' })
  secretariat = client(server.url)
  await secretariat.post('/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })
})
afterAll(() => server.stop())

const HUGE = 'x'.repeat(10 * 1024 * 1024)
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

/** Every JSON route with a body, with a value of the right shape to start from. */
const BODY_ROUTES: [string, string, Record<string, unknown>][] = [
  ['POST', '/api/auth/signup', { email: 'a@b.example', password: 'long-enough-1', displayName: 'A' }],
  ['POST', '/api/auth/confirm', { token: 'x'.repeat(30) }],
  ['POST', '/api/auth/login', { email: 'a@b.example', password: 'x' }],
  ['POST', '/api/auth/password', { currentPassword: 'x', newPassword: 'long-enough-1' }],
  ['POST', '/api/auth/password-reset', { email: 'a@b.example' }],
  ['POST', '/api/auth/password-reset/confirm', { token: 'x'.repeat(30), password: 'long-enough-1' }],
  ['PATCH', '/api/profile', { displayName: 'A' }],
  ['POST', '/api/institutions', { slug: 'x', kind: 'university', country: 'TH', name: { en: 'X' } }],
  ['PATCH', `/api/institutions/${UNKNOWN}`, { website: 'https://x.example' }],
  ['POST', '/api/admin/memberships', { userId: UNKNOWN, institutionId: UNKNOWN, role: 'student' }],
]

function expectTranslated4xx(reply: { status: number; json: any }) { // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(reply.status).toBeGreaterThanOrEqual(400)
  expect(reply.status).toBeLessThan(500)
  expect(typeof reply.json?.data?.key).toBe('string')
  expect(reply.json.message).not.toBe(reply.json.data.key)
}

describe.each(BODY_ROUTES)('%s %s', (method, path, good) => {
  it('answers malformed JSON with 4xx and a translated message', async () => {
    expectTranslated4xx(await secretariat.request(method, path, '{"not json'))
  })
  it('answers wrong types with 4xx', async () => {
    const wrong = Object.fromEntries(Object.keys(good).map(k => [k, 12345]))
    expectTranslated4xx(await secretariat.request(method, path, wrong))
  })
  it('answers missing fields with 4xx', async () => {
    if (method === 'PATCH') return // every field of a patch is optional: an empty patch is valid
    expectTranslated4xx(await secretariat.request(method, path, {}))
  })
  it('answers a 10 MB string with 413, not 5xx', async () => {
    const first = Object.keys(good)[0]!
    const reply = await secretariat.request(method, path, { ...good, [first]: HUGE })
    expectTranslated4xx(reply)
    expect(reply.status).toBe(413)
  })
})

describe('ids and paths', () => {
  it.each([
    ['GET', '/api/institutions/no-such-institution'],
    ['GET', `/api/files/${UNKNOWN}`],
    ['GET', '/api/files/not-a-uuid'],
    ['DELETE', `/api/files/${UNKNOWN}`],
    ['DELETE', `/api/admin/memberships/${UNKNOWN}`],
    ['DELETE', '/api/admin/memberships/not-a-uuid'],
    ['PATCH', '/api/institutions/not-a-uuid'],
    ['GET', '/api/no/such/route'],
  ])('%s %s is 404 with a message key', async (method, path) => {
    const reply = await secretariat.request(method, path, method === 'PATCH' ? { website: null } : undefined)
    expect(reply.status).toBe(404)
    expect(reply.json.data.key).toBe('errors.notFound')
  })

  it('refuses bad query parameters with 422', async () => {
    expectTranslated4xx(await secretariat.get('/api/institutions?kind=castle'))
    expectTranslated4xx(await secretariat.get('/api/institutions?country=thailand'))
    expectTranslated4xx(await secretariat.get('/api/admin/audit?limit=-4'))
  })
})

describe('who may call what', () => {
  it('asks signed-out visitors to log in (401) and refuses the wrong role (403)', async () => {
    const anon = client(server.url)
    for (const path of ['/api/profile', '/api/files', '/api/admin/audit', '/api/admin/users']) expect((await anon.get(path)).status).toBe(401)
    const student = client(server.url)
    await student.post('/api/auth/login', { email: 'student.vietnam@demo.example', password: 'demo-password-2026' })
    expect((await student.get('/api/admin/users')).status).toBe(403)
    expect((await student.get('/api/admin/outbox')).status).toBe(403)
    expect((await student.post('/api/institutions', { slug: 'new-one', kind: 'university', country: 'TH', name: { en: 'New' } })).status).toBe(403)
    expect((await secretariat.get('/api/admin/users')).status).toBe(200)
  })

  it('lets partner staff edit their own institution but not another', async () => {
    const partner = client(server.url)
    await partner.post('/api/auth/login', { email: 'partner.thai@demo.example', password: 'demo-password-2026' })
    const own = (await partner.get('/api/institutions/chao-phraya-technical')).json
    const other = (await partner.get('/api/institutions/red-river-tech-university')).json
    const ok = await partner.patch(`/api/institutions/${own.id}`, { description: { th: 'คำอธิบายใหม่', en: 'New description' } })
    expect(ok.status).toBe(200)
    expect(ok.json.description.th).toBe('คำอธิบายใหม่')
    expect((await partner.patch(`/api/institutions/${other.id}`, { website: 'https://evil.example' })).status).toBe(403)
  })
})
