import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

/**
 * Who may call each activity route: one test per route × role. Drafts are not revealed to those who do not
 * organise them (404); a public activity someone does not organise answers 403 to a change; anonymous writers 401.
 */
type Client = ReturnType<typeof client>
const PASSWORD = 'demo-password-2026'
const DEMO = ['office.nanning', 'partner.thai', 'enterprise', 'student.vietnam', 'secretariat', 'reviewer'] as const
const ROLES = ['anon', ...DEMO] as const
type Role = typeof ROLES[number]

let server: RunningServer
const people = {} as Record<Role, Client>
const ids = {} as { nanning: string; venue: string; draft: string; toPublish: string; published: string; session: string; toCancel: string }

async function ok(c: Client, method: string, path: string, body?: unknown) {
  const reply = await c.request(method, path, body)
  expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(300)
  return reply.json
}
const api = (path: string) => `/api/calendar${path}`
const activityBody = () => ({ kind: 'seminar', title: { en: 'Authz seminar', th: 'สัมมนาทดสอบ' }, timeZone: 'Asia/Shanghai', venueId: ids.venue, organiserIds: [ids.nanning] })
const session = (day: string) => ({ startsAtLocal: `${day}T09:00`, endsAtLocal: `${day}T11:00`, timeZone: 'Asia/Shanghai' })
const current = async (id: string) => ok(people['office.nanning'], 'GET', api(`/activities/${id}`))

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  people.anon = client(server.url)
  for (const who of DEMO) {
    people[who] = client(server.url)
    await ok(people[who], 'POST', '/api/auth/login', { email: `${who}@demo.example`, password: PASSWORD })
  }
  const institutions = (await ok(people.anon, 'GET', '/api/institutions')).items as { id: string; slug: string }[]
  ids.nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
  const office = people['office.nanning']
  ids.venue = (await ok(office, 'POST', api('/venues'), { institutionId: ids.nanning, name: { en: 'Authz hall' }, country: 'CN', timeZone: 'Asia/Shanghai', rooms: [{ name: { en: 'Room 1' } }] })).id
  ids.draft = (await ok(office, 'POST', api('/activities'), activityBody())).id
  ids.toPublish = (await ok(office, 'POST', api('/activities'), activityBody())).id
  ids.published = (await ok(office, 'POST', api('/activities'), activityBody())).id
  const made = await ok(office, 'POST', api(`/activities/${ids.published}/sessions`), { sessions: [session('2027-05-10'), session('2027-05-11')] })
  ;[ids.session, ids.toCancel] = made.ids
  await ok(office, 'POST', api(`/activities/${ids.published}/steps`), { action: 'publish' })
}, 240_000)
afterAll(() => server?.stop())

interface Row { method: 'GET' | 'POST' | 'PUT'; route: string; path: () => string; body?: () => unknown | Promise<unknown>; codes: number[] }
const ALL_200 = [200, 200, 200, 200, 200, 200, 200]

// Codes in ROLES order: anon, office.nanning (organiser), partner.thai, enterprise, student.vietnam, secretariat, reviewer.
const MATRIX: Row[] = [
  { method: 'GET', route: 'activities', path: () => api('/activities'), codes: ALL_200 },
  { method: 'GET', route: 'activities?scope=mine', path: () => api('/activities?scope=mine'), codes: ALL_200 },
  { method: 'GET', route: 'activities/[id] (draft)', path: () => api(`/activities/${ids.draft}`), codes: [404, 200, 404, 404, 404, 200, 404] },
  { method: 'GET', route: 'activities/[id] (published)', path: () => api(`/activities/${ids.published}`), codes: ALL_200 },
  { method: 'POST', route: 'activities', path: () => api('/activities'), body: activityBody, codes: [401, 201, 403, 403, 403, 201, 403] },
  {
    method: 'PUT', route: 'activities/[id] (draft)', path: () => api(`/activities/${ids.draft}`),
    body: async () => ({ ...activityBody(), revision: (await current(ids.draft)).revision }), codes: [401, 200, 404, 404, 404, 200, 404],
  },
  {
    method: 'PUT', route: 'activities/[id] (published)', path: () => api(`/activities/${ids.published}`),
    body: async () => ({ ...activityBody(), revision: (await current(ids.published)).revision }), codes: [401, 200, 403, 403, 403, 200, 403],
  },
  // The organiser publishes first; from then on it is public, so others get 403 and the secretariat 409 (already done).
  { method: 'POST', route: 'activities/[id]/steps', path: () => api(`/activities/${ids.toPublish}/steps`), body: () => ({ action: 'publish' }), codes: [401, 200, 403, 403, 403, 409, 403] },
  { method: 'POST', route: 'activities/[id]/sessions', path: () => api(`/activities/${ids.published}/sessions`), body: () => ({ sessions: [session('2027-05-12')] }), codes: [401, 201, 403, 403, 403, 201, 403] },
  {
    method: 'PUT', route: 'sessions/[id]', path: () => api(`/sessions/${ids.session}`),
    body: async () => ({ ...session('2027-05-13'), sequence: (await current(ids.published)).sessions.find((s: { id: string }) => s.id === ids.session).sequence }),
    codes: [401, 200, 403, 403, 403, 200, 403],
  },
  { method: 'POST', route: 'sessions/[id]/cancel', path: () => api(`/sessions/${ids.toCancel}/cancel`), body: () => ({}), codes: [401, 200, 403, 403, 403, 409, 403] },
  { method: 'GET', route: 'venues', path: () => api('/venues'), codes: ALL_200 },
  {
    method: 'POST', route: 'venues', path: () => api('/venues'), body: () => ({ institutionId: ids.nanning, name: { en: 'Another hall' }, country: 'CN', timeZone: 'Asia/Shanghai' }),
    codes: [401, 201, 403, 403, 403, 201, 403],
  },
]

describe.each(MATRIX.map(row => ({ ...row, title: `${row.method} /api/calendar/${row.route}` })))('$title', (row) => {
  it.each(ROLES.map((role, i) => ({ role, code: row.codes[i]! })))('$role gets $code', async ({ role, code }) => {
    const reply = await people[role].request(row.method, row.path(), await row.body?.())
    expect(reply.status, `${row.method} ${row.path()} as ${role}: ${reply.text.slice(0, 300)}`).toBe(code)
  })
})

describe('lists show drafts only to their organisers', () => {
  it.each(ROLES)('%s', async (role) => {
    const listed = [...await ok(people[role], 'GET', api('/activities')), ...await ok(people[role], 'GET', api('/activities?scope=mine'))].map((a: { id: string }) => a.id)
    expect(listed.includes(ids.draft)).toBe(role === 'office.nanning')
    expect(listed.includes(ids.published)).toBe(true)
  })
})
