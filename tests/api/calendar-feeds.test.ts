import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import nodeIcal, { type VEvent } from 'node-ical'
import { sessionUid } from '../../server/domain/calendar/ical'
import { ADMIN_URL, migratedDatabase } from './authz-fixtures'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Calendar files and feeds over HTTP, on Postgres with the demo community: the subscription-address routes × role, the
 * private feed as each person's calendar app reads it (parsed by node-ical), revoked and unknown addresses, and the
 * public files of an activity, a session and an institution, where a draft is not found.
 */
let dbName: string
const PASSWORD = 'demo-password-2026'
const ROLES = ['student.cambodia', 'office.nanning', 'partner.thai', 'teacher.nanning', 'secretariat', 'reviewer'] as const

let server: RunningServer
let databaseUrl: string
const ids = { published: '', draft: '', publishedSession: '', draftSession: '' }

const events = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')
const str = (value: unknown) => (typeof value === 'object' && value && 'val' in value ? String(value.val) : String(value ?? ''))

async function admin(url: string, query: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try { return (await c.query(query, params)).rows }
  finally { await c.end() }
}

async function logIn(name: string): Promise<Client> {
  const c = client(server.url)
  const reply = await c.post('/api/auth/login', { email: `${name}@demo.example`, password: PASSWORD })
  expect(reply.status, reply.text).toBe(200)
  return c
}

/** The feed as a calendar app fetches it: no cookie, only the address. */
const subscribe = (url: string) => fetch(url)

/** Activities written as the organisers' service would leave them: one public with a session, one draft with a session. */
async function seedActivities() {
  const activity = async (state: string, title: Record<string, string>) => {
    const [row] = await admin(databaseUrl, `insert into public.activities (kind, state, title, summary, time_zone, mode)
      values ('seminar', $1, $2, '{"en":"Two hours on working across cultures"}', 'Asia/Bangkok', 'physical') returning id`, [state, JSON.stringify(title)])
    await admin(databaseUrl, `insert into public.activity_organisers (activity_id, institution_id)
      select $1, id from public.institutions where slug = 'nanning-smart-polytechnic'`, [row.id])
    const [session] = await admin(databaseUrl, `insert into public.activity_sessions (activity_id, starts_at, ends_at, time_zone)
      values ($1, '2027-04-13T02:00:00Z', '2027-04-13T04:30:00Z', 'Asia/Yangon') returning id`, [row.id])
    return { id: row.id as string, session: session.id as string }
  }
  const published = await activity('published', { en: 'Cross-cultural seminar', km: 'សិក្ខាសាលាអន្តរវប្បធម៌', zh: '跨文化研讨会' })
  const draft = await activity('draft', { en: 'Unannounced "draft" / plan' })
  Object.assign(ids, { published: published.id, publishedSession: published.session, draft: draft.id, draftSession: draft.session })
  await admin(databaseUrl, `insert into public.registrations (activity_id, person_id, institution_id, state, registered_by)
    select $1, p.id, m.institution_id, 'confirmed', p.id from public.profiles p join public.memberships m on m.user_id = p.id
    where p.email = 'student.cambodia@demo.example'`, [published.id])
}

beforeAll(async () => {
  ;({ dbName, url: databaseUrl } = await migratedDatabase('ical'))
  server = await startServer({ DATABASE_URL: databaseUrl, SEED_DEMO: 'true', PORTAL_JOBS: 'off' })
  await seedActivities()
}, 240_000)
afterAll(async () => {
  await server?.stop()
  if (dbName) await admin(ADMIN_URL, `drop database if exists ${dbName} with (force)`)
})

describe('subscription address routes × role', () => {
  it('an anonymous visitor gets 401 on each', async () => {
    const anon = client(server.url)
    for (const method of ['GET', 'POST', 'DELETE']) expect((await anon.request(method, '/api/calendar/feed-token')).status).toBe(401)
  })

  it.each(ROLES)('%s makes an address shown once, subscribes with it, and revokes it (then 404)', async (role) => {
    const me = await logIn(role)
    expect((await me.get('/api/calendar/feed-token')).json).toEqual({ active: false, created_at: null })
    const made = await me.post('/api/calendar/feed-token')
    expect(made.status).toBe(200)
    expect(made.headers.get('cache-control')).toBe('no-store')
    const url = made.json.url as string
    expect(url).toMatch(new RegExp(`^${server.url}/api/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$`))
    const status = await me.get('/api/calendar/feed-token')
    expect(status.json.active).toBe(true)
    expect(JSON.stringify(status.json)).not.toContain(url.split('/').pop()!.slice(0, -4))

    const feed = await subscribe(url)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.headers.get('content-disposition')).toMatch(/^inline; filename="my-calendar\.ics"/)
    expect(feed.headers.get('cache-control')).toBe('private, no-store')
    expect((await feed.text()).startsWith('BEGIN:VCALENDAR')).toBe(true)

    expect((await me.delete('/api/calendar/feed-token')).json).toEqual({ revoked: 1 })
    const gone = await subscribe(url)
    expect(gone.status).toBe(404)
    expect((await me.delete('/api/calendar/feed-token')).json).toEqual({ revoked: 0 })
  })
})

describe('the private feed', () => {
  it('lists the person’s registered session at the stored instant in its zone, in their language (Khmer)', async () => {
    const me = await logIn('student.cambodia')
    const feed = await subscribe((await me.post('/api/calendar/feed-token')).json.url)
    const text = await feed.text()
    const listed = events(text)
    const session = listed.find(e => e.uid === sessionUid(ids.publishedSession))!
    expect(session.start.toISOString()).toBe('2027-04-13T02:00:00.000Z')
    expect(session.start.tz).toBe('Asia/Yangon')
    expect(text).toContain('DTSTART;TZID=Asia/Yangon:20270413T083000')
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Yangon/)
    expect(str(session.summary)).toBe('សិក្ខាសាលាអន្តរវប្បធម៌')
    expect(listed.map(e => e.uid)).not.toContain(sessionUid(ids.draftSession))
  })

  it('lists the council meeting for a council member, in Thai', async () => {
    const me = await logIn('partner.thai')
    const text = await (await subscribe((await me.post('/api/calendar/feed-token')).json.url)).text()
    expect(events(text).map(e => str(e.summary)).some(s => s.startsWith('การประชุมใหญ่สภาประจำปี 2027'))).toBe(true)
  })

  it('a replaced address stops working; the new one works', async () => {
    const me = await logIn('teacher.nanning')
    const first = (await me.post('/api/calendar/feed-token')).json.url as string
    const second = (await me.post('/api/calendar/feed-token')).json.url as string
    expect((await subscribe(first)).status).toBe(404)
    expect((await subscribe(second)).status).toBe(200)
  })

  it('an unknown, malformed or revoked address gets the same 404 as any missing page', async () => {
    const unknown = await subscribe(`${server.url}/api/calendar/feed/${randomBytes(32).toString('base64url')}.ics`)
    const malformed = await subscribe(`${server.url}/api/calendar/feed/short.ics`)
    const noSuffix = await subscribe(`${server.url}/api/calendar/feed/${randomBytes(32).toString('base64url')}`)
    const bodies = await Promise.all([unknown, malformed, noSuffix].map(async r => ({ status: r.status, key: (await r.json()).data?.key })))
    expect(bodies).toEqual([{ status: 404, key: 'errors.notFound' }, { status: 404, key: 'errors.notFound' }, { status: 404, key: 'errors.notFound' }])
  })
})

describe('files of an activity, a session and an institution', () => {
  it('a public activity’s file, for anyone, parsed: its session at the right instant, with a safe file name', async () => {
    const reply = await fetch(`${server.url}/api/calendar/activities/${ids.published}.ics?locale=zh`)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${'_'.repeat(6)}.ics"; filename*=UTF-8''${encodeURIComponent('跨文化研讨会')}.ics`)
    const [event] = events(await reply.text())
    expect(event!.uid).toBe(sessionUid(ids.publishedSession))
    expect(event!.end!.toISOString()).toBe('2027-04-13T04:30:00.000Z')
    expect(str(event!.summary)).toBe('跨文化研讨会')
  })

  it('a draft’s file is 404 for the public and for a stranger, and is there for its organiser, with quotes and slashes out of its name', async () => {
    expect((await fetch(`${server.url}/api/calendar/activities/${ids.draft}.ics`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/calendar/sessions/${ids.draftSession}.ics`)).status).toBe(404)
    expect((await (await logIn('student.cambodia')).get(`/api/calendar/activities/${ids.draft}.ics`)).status).toBe(404)
    const organiser = await (await logIn('office.nanning')).get(`/api/calendar/activities/${ids.draft}.ics`)
    expect(organiser.status).toBe(200)
    expect(organiser.headers.get('content-disposition')).toMatch(/^attachment; filename="Unannounced draft plan\.ics"/)
  })

  it('a session’s file holds that session', async () => {
    const reply = await fetch(`${server.url}/api/calendar/sessions/${ids.publishedSession}.ics`)
    expect(reply.status).toBe(200)
    expect(events(await reply.text()).map(e => e.uid)).toEqual([sessionUid(ids.publishedSession)])
  })

  it('an institution’s public feed lists its public activities and no draft, even for its own office', async () => {
    for (const reader of [client(server.url), await logIn('office.nanning')]) {
      const reply = await reader.get('/api/calendar/institutions/nanning-smart-polytechnic.ics?locale=th')
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-disposition')).toMatch(/^inline; filename="nanning-smart-polytechnic\.ics"/)
      const uids = events(reply.text).map(e => e.uid)
      expect(uids).toContain(sessionUid(ids.publishedSession))
      expect(uids).not.toContain(sessionUid(ids.draftSession))
    }
  })

  it('leaves the activity and session routes of the same paths answering as before (JSON, and PUT not 405)', async () => {
    const anon = client(server.url)
    const json = await anon.get(`/api/calendar/activities/${ids.published}`)
    expect(json.status).toBe(200)
    expect(json.json.id).toBe(ids.published)
    // The session route itself answers (its body check or sign-in check), not a router's 405 for a GET-only .ics node.
    expect([401, 422]).toContain((await anon.request('PUT', `/api/calendar/sessions/${ids.publishedSession}`, {})).status)
    expect((await anon.request('POST', `/api/calendar/activities/${ids.published}.ics`, {})).status).not.toBe(200)
  })

  it('bad names and parameters are 4xx, never 500', async () => {
    const anon = client(server.url)
    for (const path of ['/api/calendar/activities/not-a-uuid.ics', '/api/calendar/activities/%00.ics', '/api/calendar/sessions/%ED%A0%80.ics',
      `/api/calendar/activities/${'x'.repeat(2000)}.ics`, '/api/calendar/institutions/NO_SUCH.ics', '/api/calendar/institutions/no-such-place.ics',
      '/api/calendar/activities/..%2F..%2Fetc.ics']) {
      expect((await anon.get(path)).status, path).toBe(404)
    }
    const badLocale = await anon.get(`/api/calendar/activities/${ids.published}.ics?locale=xx`)
    expect(badLocale.status).toBe(422)
  })
})
