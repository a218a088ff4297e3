import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

// The demo seed: a council meeting in 30 days (office.nanning chairs the council; the student sits nowhere),
// mobility calls closing in 20, 30 and 45 days (student.hanoi has applied to the spring call), and activities whose
// sessions fall in the range (office.nanning organises some, and a draft only its organisers see).
let server: RunningServer
let anon: Client
const people: Record<string, Client> = {}
const ACCOUNTS = { office: 'office.nanning@demo.example', secretariat: 'secretariat@demo.example', student: 'student.hanoi@demo.example' }
interface Event {
  id: string
  kind: string
  title: Record<string, string>
  href: string
  organiserIds: string[]
  countries: string[]
  mine: boolean
  startsAt: string
  activityKind?: string
}

const DAY = 86_400_000
const now = Date.now()
const from = new Date(now - DAY).toISOString()
const to = new Date(now + 44 * DAY).toISOString()
const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`
async function events(who: Client, filters = ''): Promise<Event[]> {
  const reply = await who.get(`/api/calendar/events?${range}${filters}`)
  expect(reply.status, reply.text).toBe(200)
  return reply.json as Event[]
}
const kinds = (list: Event[]) => [...new Set(list.map(e => e.kind))].sort()

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '10000' })
  anon = client(server.url)
  for (const [name, email] of Object.entries(ACCOUNTS)) {
    people[name] = client(server.url)
    expect((await people[name].post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  }
}, 300_000)
afterAll(() => server.stop())

describe('GET /api/calendar/events', () => {
  it('refuses a missing, reversed or too long range and unknown filters with a translated 422, never 500', async () => {
    const bad = [
      '', `from=${encodeURIComponent(from)}`, `from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`,
      `from=2027-01-01T00:00:00Z&to=2027-03-01T00:00:00Z`, 'from=yesterday&to=tomorrow', `${range}&kind=party`, `${range}&kind=meeting,party`,
      `${range}&country=thailand`, `${range}&organiser=not-a-uuid`, `${range}&language=klingon`, `${range}&mine=yes`, `${range}&from=%00`,
    ]
    for (const query of bad) {
      const reply = await anon.get(`/api/calendar/events?${query}`, { 'accept-language': 'th' })
      expect(reply.status, query).toBe(422)
      expect(reply.json.data.key, query).toBe('errors.validation')
    }
  })

  it('shows a signed-out visitor the call deadlines but no governance meeting, and nothing as theirs', async () => {
    const list = await events(anon)
    expect(kinds(list)).toEqual(['deadline', 'session'])
    // Sessions only of public activities: never a draft's.
    const publicIds = new Set(((await anon.get('/api/calendar/activities')).json as { id: string }[]).map(a => a.id))
    for (const e of list.filter(e => e.kind === 'session')) expect(publicIds.has(e.href.replace('/activities/', '')), e.href).toBe(true)
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(list.every(e => !e.mine)).toBe(true)
    expect(list.map(e => e.startsAt)).toEqual([...list.map(e => e.startsAt)].sort())
    expect(await events(anon, '&mine=true')).toEqual([])
  })

  it('shows the council meeting to its chair as theirs, to the secretariat, and not to a student who sits on no body', async () => {
    const chair = (await events(people.office!)).filter(e => e.kind === 'meeting')
    expect(chair).toHaveLength(1)
    expect(chair[0]).toMatchObject({ mine: true, title: expect.objectContaining({ en: 'Council plenary 2027' }) })
    expect(chair[0]!.href).toMatch(/^\/governance\/meetings\/[0-9a-f-]{36}$/)
    expect((await events(people.secretariat!)).filter(e => e.kind === 'meeting').map(e => e.id)).toEqual([chair[0]!.id])
    expect((await events(people.student!)).filter(e => e.kind === 'meeting')).toEqual([])
    // Theirs: the meeting they chair and the sessions of the activities their institution organises, no call deadline.
    expect(kinds(await events(people.office!, '&mine=true'))).toEqual(['meeting', 'session'])
  })

  it('marks as theirs exactly the deadlines of the calls a student applied to', async () => {
    const applications = (await people.student!.get('/api/mobility/applications')).json as { items?: { call_id: string }[] } | { call_id: string }[]
    const applied = new Set((Array.isArray(applications) ? applications : applications.items ?? []).map(a => a.call_id))
    expect(applied.size).toBeGreaterThan(0)
    for (const e of await events(people.student!)) expect(e.mine, e.href).toBe(applied.has(e.href.replace('/mobility/calls/', '')))
    for (const e of await events(people.student!, '&mine=true')) expect(applied.has(e.href.replace('/mobility/calls/', ''))).toBe(true)
  })

  it('filters by kind, country and organiser', async () => {
    const all = await events(people.office!)
    expect(kinds(await events(people.office!, '&kind=meeting'))).toEqual(['meeting'])
    expect(kinds(await events(people.office!, '&kind=deadline'))).toEqual(['deadline'])
    expect(kinds(await events(people.office!, '&kind=meeting,deadline'))).toEqual(['deadline', 'meeting'])
    const trainings = await events(people.office!, '&kind=training')
    expect(trainings.length).toBeGreaterThan(0)
    expect(trainings).toEqual(all.filter(e => e.kind === 'session' && e.activityKind === 'training'))
    const deadline = all.find(e => e.kind === 'deadline')!
    const byCountry = await events(people.office!, `&country=${deadline.countries[0]}`)
    expect(byCountry.map(e => e.id)).toContain(deadline.id)
    expect(byCountry.every(e => e.countries.includes(deadline.countries[0]!))).toBe(true)
    const byOrganiser = await events(people.office!, `&organiser=${deadline.organiserIds[0]}`)
    expect(byOrganiser.map(e => e.id)).toContain(deadline.id)
    expect(byOrganiser.every(e => e.organiserIds.includes(deadline.organiserIds[0]!))).toBe(true)
    expect(byOrganiser.length).toBeLessThan(all.length)
  })
})

describe('GET /api/calendar/month', () => {
  it('sends each local day\'s first events and every day\'s count, the same events the list has', async () => {
    const all = await events(people.office!)
    const reply = await people.office!.get(`/api/calendar/month?${range}&zone=Asia%2FShanghai&perDay=1`)
    expect(reply.status, reply.text).toBe(200)
    const { events: shown, counts } = reply.json as { events: Event[]; counts: Record<string, number> }
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(all.length)
    expect(shown.every(e => all.some(a => a.id === e.id))).toBe(true)
    expect(shown.length).toBe(Object.values(counts).filter(n => n > 0).length) // one per busy day, none here spans two
  })

  it('refuses an unknown zone and a perDay out of range with 422', async () => {
    for (const extra of ['&zone=Mars%2FOlympus', '&zone=Asia%2FShanghai&perDay=0', '&zone=Asia%2FShanghai&perDay=99', '']) {
      expect((await anon.get(`/api/calendar/month?${range}${extra}`)).status, extra).toBe(422)
    }
  })
})
