import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signUpConfirmed, startServer, type Client, type RunningServer } from './server'

let server: RunningServer
let secretariat: Client, thai: Client, student: Client, anon: Client, staff: Client
let institutionId: string
const slug = `queue-api-${Date.now().toString(36)}`
const THAI = /[\u0E00-\u0E7F]/
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

async function signedIn(email: string) {
  const c = client(server.url)
  expect((await c.post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  return c
}

// An institution of the test's own (name en+th, city en, description en+zh: 3 fields) and a new partner staff member of it,
// so the numbers below do not depend on which demo texts another helper has translated.
beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '10000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '10000' })
  anon = client(server.url)
  secretariat = await signedIn('secretariat@demo.example')
  thai = await signedIn('partner.thai@demo.example')
  student = await signedIn('student.vietnam@demo.example')
  const created = await secretariat.post('/api/institutions', {
    slug, kind: 'vocational_college', country: 'KH',
    name: { en: 'Queue Test Polytechnic', th: 'วิทยาลัยทดสอบคิว' }, city: { en: 'Siem Reap' }, description: { en: 'Mechatronics and tourism.', zh: '机电与旅游。' },
  })
  expect(created.status).toBe(201)
  institutionId = created.json.id
  staff = client(server.url)
  const { user } = await signUpConfirmed(staff, server, { email: `${slug}@test.example`, password: 'queue-test-pass-1', displayName: 'Queue Staff', locale: 'th', acceptNotices: true })
  expect((await secretariat.post('/api/admin/memberships', { userId: user.id, institutionId, role: 'partner_staff' })).status).toBeLessThan(300)
}, 300_000)
afterAll(() => server.stop())

const progress = (reply: { json: { progress: { locale: string }[] } }, locale: string) => reply.json.progress.find(p => p.locale === locale)

describe('GET /api/translations', () => {
  it('gives staff their institution\'s gaps, opening on the first language with gaps, with progress per language', async () => {
    const reply = await staff.get('/api/translations', { 'x-locale': 'th' })
    expect(reply.status).toBe(200)
    expect(reply.json.locale).toBe('zh')
    expect(reply.json.items.map((i: { field: string }) => i.field)).toEqual(['name', 'city'])
    expect(reply.json.items[0]).toMatchObject({ kind: 'institution', id: institutionId, source: { text: 'วิทยาลัยทดสอบคิว', locale: 'th' }, max_length: 300, long: false })
    expect(reply.json.items[1].source).toEqual({ text: 'Siem Reap', locale: 'en' })
    expect(progress(reply, 'en')).toEqual({ locale: 'en', filled: 3, total: 3, percent: 100 })
    expect(progress(reply, 'th')).toEqual({ locale: 'th', filled: 1, total: 3, percent: 33 })
    expect(progress(reply, 'km')).toEqual({ locale: 'km', filled: 0, total: 3, percent: 0 })
    expect(reply.json.progress).toHaveLength(10)
    expect(reply.json.institutions.map((i: { id: string }) => i.id)).toEqual([institutionId])
  })

  it('filters by language, kind and page', async () => {
    const km = await staff.get('/api/translations?locale=km&kind=institution')
    expect(km.json.items.map((i: { field: string }) => i.field)).toEqual(['name', 'city', 'description'])
    expect(km.json).toMatchObject({ total: 3, page: 1, has_more: false })
    const programs = await staff.get('/api/translations?locale=km&kind=program')
    expect(programs.json.items).toEqual([])
    expect(progress(programs, 'km')).toMatchObject({ total: 0, percent: 100 })
    expect((await staff.get('/api/translations?locale=km&page=2')).json.items).toEqual([])
  })

  it('gives the secretariat everyone\'s content, narrowed to one institution on request', async () => {
    // A second institution, with a name in English only: its gap is the secretariat's too, not the test staff's.
    const second = await secretariat.post('/api/institutions', { slug: `${slug}-second`, kind: 'university', country: 'LA', name: { en: 'Queue Second College' } })
    expect(second.status).toBe(201)
    const all = await secretariat.get('/api/translations?locale=km')
    expect(all.status).toBe(200)
    expect(all.json.kinds).toContain('meeting')
    expect(all.json.total).toBeGreaterThanOrEqual(4)
    const ids = all.json.items.map((i: { id: string }) => i.id)
    expect(ids).toContain(institutionId)
    expect(ids).toContain(second.json.id)
    expect((await staff.get('/api/translations?locale=km')).json.items.map((i: { id: string }) => i.id)).not.toContain(second.json.id)
    const one = await secretariat.get(`/api/translations?locale=km&institutionId=${institutionId}`)
    expect(one.json.total).toBe(3)
    expect(new Set(one.json.items.map((i: { id: string }) => i.id))).toEqual(new Set([institutionId]))
  })

  it('refuses students (403, in the reader\'s language) and anonymous visitors (401)', async () => {
    const refused = await student.get('/api/translations', { 'x-locale': 'th' })
    expect(refused.status).toBe(403)
    expect(refused.json.data.key).toBe('errors.forbidden')
    expect(refused.json.message).toMatch(THAI)
    expect((await anon.get('/api/translations')).status).toBe(401)
  })

  it('refuses bad filters with 422', async () => {
    for (const query of ['locale=fr', 'kind=agreement', 'institutionId=nope', 'page=0', 'page=abc']) {
      const reply = await staff.get(`/api/translations?${query}`)
      expect(reply.status, query).toBe(422)
      expect(reply.json.data.key).toBe('errors.validation')
    }
  })
})

describe('PUT /api/translations', () => {
  const body = (extra: Record<string, unknown> = {}) => ({ kind: 'institution', id: institutionId, field: 'name', locale: 'km', text: 'វិទ្យាល័យពហុបច្ចេកទេសសាកល្បង', ...extra })

  it('saves one field in one language: the gap leaves the queue, progress moves and the public page shows it', async () => {
    const saved = await staff.request('PUT', '/api/translations', body())
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual({ kind: 'institution', id: institutionId, field: 'name', locale: 'km', text: 'វិទ្យាល័យពហុបច្ចេកទេសសាកល្បង' })
    const after = await staff.get('/api/translations?locale=km')
    expect(after.json.items.map((i: { field: string }) => i.field)).toEqual(['city', 'description'])
    expect(progress(after, 'km')).toEqual({ locale: 'km', filled: 1, total: 3, percent: 33 })
    const page = await anon.get(`/api/institutions/${slug}`)
    expect(page.json.name).toEqual({ en: 'Queue Test Polytechnic', th: 'วิทยาลัยทดสอบคิว', km: 'វិទ្យាល័យពហុបច្ចេកទេសសាកល្បង' })
  })

  it('refuses staff of another institution and students (403); an unknown record is 404', async () => {
    for (const who of [thai, student]) {
      const reply = await who.request('PUT', '/api/translations', body({ locale: 'lo', text: 'ວິທະຍາໄລທົດສອບ' }), { 'x-locale': 'th' })
      expect(reply.status).toBe(403)
      expect(reply.json.message).toMatch(THAI)
    }
    expect((await anon.request('PUT', '/api/translations', body())).status).toBe(401)
    expect((await staff.request('PUT', '/api/translations', body({ id: UNKNOWN }))).status).toBe(404)
    expect((await anon.get(`/api/institutions/${slug}`)).json.name.lo).toBeUndefined()
  })

  it('refuses empty, blank, too long and unknown fields with a translated 422 naming the field; malformed JSON is 400', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '' }, 'text'], [{ text: '   ' }, 'text'], [{ text: 'ក'.repeat(301) }, 'text'], [{ field: 'city', text: 'x'.repeat(201) }, 'text'],
      [{ field: 'website' }, 'field'], [{ kind: 'agreement' }, 'kind'], [{ locale: 'fr' }, 'locale'], [{ id: 'nope' }, 'id'],
    ]
    for (const [extra, field] of cases) {
      const reply = await staff.request('PUT', '/api/translations', body(extra), { 'x-locale': 'th' })
      expect(reply.status, JSON.stringify(extra).slice(0, 60)).toBe(422)
      expect(reply.json.data).toMatchObject({ key: 'errors.validation', params: { field } })
      expect(reply.json.message).toMatch(THAI)
    }
    expect((await staff.request('PUT', '/api/translations', '{"kind":')).status).toBe(400)
  })
})
