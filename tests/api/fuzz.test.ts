import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes, BAD_BODIES, fillPath, JUNK_PARAMS, mutations, QUERY_KEYS, QUERY_VALUES, type ApiRoute } from './fuzz-routes'
import { BODY_SAMPLES, type FuzzActor, type FuzzIds } from './fuzz-samples'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

type Client = ReturnType<typeof client>
let server: RunningServer
const people = {} as Record<FuzzActor, Client>
const ids = {} as FuzzIds
const routes = apiRoutes()
const DEMO = { secretariat: 'secretariat@demo.example', thai: 'partner.thai@demo.example', office: 'office.nanning@demo.example', student: 'student.vietnam@demo.example', abroad: 'student.bangkok@demo.example' }

/** The one place a fresh person gets signed in: sign-up, then the link of the confirmation mail. */
async function signedInNewcomer(running: RunningServer): Promise<Client> {
  const c = client(running.url)
  await signUpConfirmed(c, running, { email: `fuzz-${Date.now()}@fuzz.example`, password: 'fuzz-password-1', displayName: 'Fuzz Newcomer', locale: 'en' })
  return c
}

async function findIds() {
  const { thai, office, student, abroad, secretariat, newcomer } = people
  ids.newcomer = (await newcomer.get('/api/auth/me')).json.user.id
  const institutions = (await thai.get('/api/institutions')).json.items as { id: string; slug: string }[]
  const bySlug = (s: string) => institutions.find(i => i.slug === s)!.id
  ids.thaiInstitution = bySlug('chao-phraya-technical')
  ids.nanningInstitution = bySlug('nanning-smart-polytechnic')
  ids.redRiver = bySlug('red-river-tech-university')
  ids.activeAgreement = ((await thai.get('/api/agreements')).json as { id: string; state: string }[]).find(a => a.state === 'active')!.id
  const create = BODY_SAMPLES.find(s => s.route === 'POST /api/agreements')!
  ids.draftAgreement = (await thai.post('/api/agreements', create.body(ids))).json.id
  ids.council = ((await office.get('/api/governance/bodies')).json as { id: string; kind: string }[]).find(b => b.kind === 'council')!.id
  ids.meeting = (await office.get(`/api/governance/bodies/${ids.council}`)).json.meetings[0].id
  ids.decision = (await office.post(`/api/governance/meetings/${ids.meeting}/decisions`, { text: { en: 'Fuzz' } })).json?.id
  ids.program = (await office.get('/api/mobility/programs')).json[0].id
  const calls = (await student.get('/api/mobility/calls')).json as { id: string }[]
  for (const call of calls) {
    const reply = await student.post('/api/mobility/applications', { callId: call.id, homeInstitutionId: ids.redRiver })
    if (reply.status === 201) {
      ids.draftApplication = reply.json.id
      ids.call = call.id
      break
    }
  }
  ids.call ??= calls[0]!.id
  ids.abroadApplication = ((await abroad.get('/api/mobility/applications')).json as { id: string; state: string }[])[0]!.id
  ids.incident = (await abroad.get(`/api/mobility/applications/${ids.abroadApplication}/incidents`)).json?.[0]?.id
  const join = BODY_SAMPLES.find(s => s.route === 'POST /api/join-requests')!
  ids.joinRequest = (await newcomer.post('/api/join-requests', join.body(ids))).json?.id
  expect((await secretariat.get('/api/admin/users')).status).toBe(200)
  const missing = Object.entries(ids).filter(([, v]) => !v).map(([k]) => k)
  if (missing.length) console.info(`[fuzz] not found in the demo, fuzzed with random ids instead: ${missing.join(', ')}`)
}

beforeAll(async () => {
  const unlimited = '1000000'
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: unlimited, NUXT_RATE_LIMIT_SIGNUP_PER_IP: unlimited, NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT: unlimited, PORTAL_JOBS: 'off' })
  people.anon = client(server.url)
  people.newcomer = await signedInNewcomer(server)
  for (const [name, email] of Object.entries(DEMO)) {
    people[name as FuzzActor] = client(server.url)
    expect((await people[name as FuzzActor].post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  }
  await findIds()
}, 300_000)
afterAll(() => server.stop())

/** Every 5xx, as "status actor METHOD path: what was sent", so a failure names the route at once. */
const failures: string[] = []
const schemaGaps: string[] = []
let sent = 0

async function send(actor: FuzzActor, method: string, path: string, body: unknown, what: string) {
  const ask = () => people[actor].request(method, path, body, { 'x-locale': 'th' })
  // A request that got no answer at all (a kept-alive socket the server closed as it was reused, on a loaded machine)
  // is asked once more; a server that fell over fails the second time too, and every request after it.
  const reply = await ask().catch(() => ask()).catch((e: Error & { cause?: { code?: string } }) => ({ status: 599, text: `${e.message} (${e.cause?.code ?? 'no code'})` }))
  sent++
  const where = `${actor} ${method} ${path.slice(0, 120)}: ${what}`
  if (reply.status >= 500) failures.push(`${reply.status} ${where} → ${reply.text.replace(/\s+/g, ' ').slice(0, 100)}`)
  // The database had to refuse a value (class 22/54): the error map saved the reply, but a schema let it through.
  const sqlState = (reply as { json?: { data?: { sqlState?: string } } }).json?.data?.sqlState
  if (sqlState && /^(22|54)/.test(sqlState)) schemaGaps.push(`${sqlState} ${where}`)
}

/** A few requests at a time: enough to find races, few enough for a 2-core machine. */
async function inParallel(jobs: (() => Promise<void>)[], width = 4) {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) await jobs[next++]!()
  }))
}

const withBody = (r: ApiRoute) => r.method !== 'GET' && r.method !== 'DELETE'

describe('the fuzz of every route under server/api', () => {
  it('finds the route files, so a new route is fuzzed too', () => {
    expect(routes.length).toBeGreaterThan(60)
    expect(routes).toContainEqual({ method: 'POST', pattern: '/api/agreements/[id]/ledger', params: ['id'] })
  })

  it('answers bad bodies, odd path parameters and bad query strings with < 500, anonymous and signed in', async () => {
    const jobs: (() => Promise<void>)[] = []
    for (const actor of ['anon', 'newcomer', 'secretariat'] as FuzzActor[]) {
      for (const route of routes) {
        const path = fillPath(route)
        jobs.push(() => send(actor, route.method, path, withBody(route) ? {} : undefined, 'random ids'))
        for (const junk of route.params.length ? JUNK_PARAMS : []) {
          jobs.push(() => send(actor, route.method, route.pattern.replace(/\[[^\]]+\]/, junk), undefined, `junk path parameter ${junk.slice(0, 20)}`))
        }
        if (withBody(route)) for (const [what, raw] of BAD_BODIES) jobs.push(() => send(actor, route.method, path, raw, what))
      }
    }
    for (const actor of ['secretariat'] as FuzzActor[]) {
      for (const route of routes.filter(r => r.method === 'GET')) {
        const path = fillPath(route, { id: route.pattern.startsWith('/api/agreements') ? ids.activeAgreement : ids.abroadApplication, slug: 'chao-phraya-technical' })
        for (const key of QUERY_KEYS) for (const value of QUERY_VALUES) jobs.push(() => send(actor, 'GET', `${path}?${key}=${value}`, undefined, `?${key}=${value.slice(0, 20)}`))
      }
    }
    await inParallel(jobs)
    console.info(`[fuzz] ${sent} requests, ${failures.length} answered ≥ 500`)
    expect(failures).toEqual([])
  }, 180_000)

  it('answers one broken field at a time (wrong type, NUL, lone surrogate, 100 kB, odd date, huge number) with < 500', async () => {
    failures.length = 0
    const jobs: (() => Promise<void>)[] = []
    for (const sample of BODY_SAMPLES) {
      const [method, pattern] = sample.route.split(' ') as [string, string]
      const route = routes.find(r => r.method === method && r.pattern === pattern)
      expect(route, `${sample.route} names no route file`).toBeDefined()
      const known = Object.fromEntries(Object.entries(sample.params?.(ids) ?? {}).filter(([, v]) => v)) as Record<string, string>
      const path = fillPath(route!, known)
      // A fresh body per request: a sample with a new email or slug each time is not refused as a duplicate first.
      mutations(sample.body(ids)).forEach((m, i) => jobs.push(() => send(sample.as, method, path, mutations(sample.body(ids))[i]!.body, m.label)))
    }
    await inParallel(jobs)
    console.info(`[fuzz] ${jobs.length} mutated bodies, ${failures.length} answered ≥ 500`)
    expect(failures).toEqual([])
  }, 240_000)

  it('lets no value the database cannot hold past the schemas (none of the above was refused by Postgres itself)', () => {
    expect(schemaGaps).toEqual([])
  })
})
