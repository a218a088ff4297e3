import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminQuery, migratedDatabase } from './authz-fixtures'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

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
    expectTranslated4xx(await secretariat.get('/api/admin/audit?page=-4'))
    expectTranslated4xx(await secretariat.get('/api/admin/audit?entity=castles'))
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
    expect((await student.get('/api/admin/audit')).status).toBe(403)
    expect((await student.get('/api/admin/audit/export')).status).toBe(403)
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

describe('input Postgres cannot hold is a translated 4xx, never 500', () => {
  const th = { 'x-locale': 'th' }
  let agreement: { id: string; parties: { institution_id: string }[] }
  beforeAll(async () => { agreement = (await secretariat.get('/api/agreements?state=active')).json[0] })
  const ledgerEntry = (extra: Record<string, unknown>) => secretariat.post(`/api/agreements/${agreement.id}/ledger`, {
    institutionId: agreement.parties[0]!.institution_id, entryDate: '2026-10-01', amount: 10, currency: 'THB', category: 'travel', ...extra,
  }, th)
  const refusedInThai = (reply: { status: number; json: any }, status = 422) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reply.status).toBe(status)
    expect(reply.json.message).toMatch(/[\u0E00-\u0E7F]/)
  }

  it.each([
    ['year 0000', { entryDate: '0000-01-01' }, 'entryDate'], ['year 99999', { entryDate: '99999-01-01' }, 'entryDate'],
    ['30 February', { entryDate: '2026-02-30' }, 'entryDate'], ['13 integer digits', { amount: 1e12 }, 'amount'],
    ['three decimals', { amount: 12.345 }, 'amount'], ['a NUL byte in the note', { note: { en: 'a\u0000b' } }, 'note.en'],
    ['a lone surrogate in the note', { note: { th: 'a\uD800b' } }, 'note.th'],
  ])('refuses a ledger entry with %s: 422 naming the field', async (_, extra, field) => {
    const reply = await ledgerEntry(extra)
    refusedInThai(reply)
    expect(reply.json.data.params.field).toBe(field)
  })

  it('takes the largest amount numeric(14, 2) holds, to the cent', async () => {
    const reply = await ledgerEntry({ amount: 999_999_999_999.99 })
    expect(reply.status).toBe(201)
    expect(reply.json.amount).toBe('999999999999.99')
  })

  it('refuses a NUL byte or a lone surrogate in a display name at sign-up', async () => {
    for (const displayName of ['a\u0000b', 'a\uD800b']) {
      refusedInThai(await client(server.url).post('/api/auth/signup', { email: `nul-${Math.random()}@test.example`, password: 'long-enough-1', displayName }, th))
    }
  })

  it('drops bidi overrides and zero-width characters from a display name, keeping ZWJ for Khmer', async () => {
    const person = client(server.url)
    await signUpConfirmed(person, server, { email: `bidi-${Date.now()}@test.example`, password: 'long-enough-1', displayName: '\u202Enimda\u202C\u200B\uFEFF' })
    expect((await person.get('/api/profile')).json.display_name).toBe('nimda')
    expect((await person.patch('/api/profile', { displayName: 'ស្រី\u200Dលាភ\u2066\u2069' })).json.display_name).toBe('ស្រី\u200Dលាភ')
  })

  it('refuses query integers beyond int4 and NUL bytes in a search with 422', async () => {
    for (const path of [`/api/agreements/${agreement.id}/compare?from=1&to=99999999999`, '/api/admin/audit?page=1e30', '/api/admin/audit?from=2026-02-30', '/api/institutions?q=a%00b', '/api/agreements?q=a%00b', '/api/admin/users?q=%00']) {
      refusedInThai(await secretariat.get(path, th))
    }
  })

  it('refuses an edit naming a version beyond int4, naming that field', async () => {
    const content = { startsOn: '2026-09-01', endsOn: '2030-08-31' }
    const reply = await secretariat.request('PUT', `/api/agreements/${agreement.id}/content`, { baseVersion: 99_999_999_999, content }, th)
    refusedInThai(reply)
    expect(reply.json.data.params.field).toBe('baseVersion')
  })

  it('answers a NUL byte in a path with 404', async () => {
    for (const path of ['/api/institutions/%00', '/api/institutions/a%00b/logo']) expect((await secretariat.get(path)).status).toBe(404)
  })
})

describe('a race the database settles is never a 500 (postgres mode: real concurrent transactions)', () => {
  let dbName = ''
  let databaseUrl = ''
  let racing: RunningServer
  beforeAll(async () => {
    ;({ dbName, url: databaseUrl } = await migratedDatabase('races'))
    racing = await startServer({ DATABASE_URL: databaseUrl, NUXT_RATE_LIMIT_SIGNUP_PER_IP: '10000', PORTAL_JOBS: 'off' })
  }, 120_000)
  afterAll(async () => {
    await racing?.stop()
    if (dbName) await adminQuery(`drop database if exists ${dbName} with (force)`)
  })

  it('signs up one account when twenty browsers send the same email at once, and every browser hears the same answer', async () => {
    const email = `race-${Date.now()}@test.example`
    const replies = await Promise.all(Array.from({ length: 20 }, () =>
      client(racing.url).post('/api/auth/signup', { email, password: 'long-enough-1', displayName: 'Racer' }, { 'x-locale': 'vi' })))
    expect(replies.filter(r => r.status >= 500).map(r => r.text)).toEqual([])
    // Sign-up never tells a taken email from a new one, not even to a racing twin: all get the same reply.
    expect(new Set(replies.map(r => `${r.status} ${JSON.stringify(r.json)}`)).size).toBe(1)
    expect(replies[0]!.status).toBe(200)
    const c = new pg.Client({ connectionString: databaseUrl })
    await c.connect()
    try { expect((await c.query('select count(*)::int as n from auth.users where lower(email) = $1', [email])).rows[0].n).toBe(1) }
    finally { await c.end() }
  })
})
