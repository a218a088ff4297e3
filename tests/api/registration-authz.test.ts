import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { serverOnOwnDatabase, institutionRow, memberClient } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each registration route: one test per route × role, with the status the security model calls for.
 * Signed-in routes answer anonymous visitors 401; a registration someone may not see is not revealed (404); a person
 * who sees it but may not take the step gets 403; refusals are translated (the request's locale), never 500.
 * The server runs on a Postgres of its own, so the test can lay out activities beside it.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'owner' | 'classmate' | 'office' | 'otherOffice' | 'organiser' | 'outsider'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'home' | 'other' | 'organising', string> & { activity: string; full: string; registration: string; offered: string }

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)

async function person(role: Role, institution: string | null, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `reg-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
}
const institution = (slug: string) => institutionRow(fixtures.db, slug)
async function activity(capacity: number) {
  return service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'seminar', state: 'registration_open', title: JSON.stringify({ en: 'Authz seminar' }), time_zone: 'Asia/Bangkok', capacity,
      created_by: ids.organiser, questions: ['dietary'],
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    await tx.insertInto('activity_invitees').values([{ activity_id: id, institution_id: ids.home }, { activity_id: id, institution_id: ids.other }]).execute()
    return id
  })
}
async function ok(c: Client, method: string, path: string, body?: unknown) {
  const reply = await c.request(method, path, body)
  expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(300)
  return reply.json
}

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('registration'))
  ids.home = await institution('home')
  ids.other = await institution('other')
  ids.organising = await institution('organising')
  who.anon = client(server.url)
  await person('owner', ids.home)
  await person('classmate', ids.home)
  await person('office', ids.home, 'office_staff')
  await person('otherOffice', ids.other, 'office_staff')
  await person('organiser', ids.organising, 'office_staff')
  await person('outsider', null)
  ids.activity = await activity(1)
  ids.full = await activity(1)
  ids.registration = (await ok(who.owner, 'POST', `/api/calendar/activities/${ids.activity}/registrations`, { answers: { dietary: 'Vegetarian' } })).registrations[0].id
  // On the full activity the owner holds the place and the classmate waits; the owner's cancel offers it to the classmate.
  const held = (await ok(who.owner, 'POST', `/api/calendar/activities/${ids.full}/registrations`, {})).registrations[0].id
  ids.offered = (await ok(who.classmate, 'POST', `/api/calendar/activities/${ids.full}/registrations`, {})).registrations[0].id
  await ok(who.owner, 'POST', `/api/calendar/registrations/${held}/cancel`)
}, 240_000)
afterAll(async () => {
  await stop?.()
})

const expectStatus = async (role: Role, method: string, path: () => string, status: number, body?: unknown) => {
  const reply = await who[role].request(method, path(), body, { 'x-locale': 'th' })
  expect(reply.status, `${role} ${method} ${path()}: ${reply.text.slice(0, 300)}`).toBe(status)
  return reply
}

describe('GET /api/calendar/activities/:id/registrations', () => {
  const path = () => `/api/calendar/activities/${ids.activity}/registrations`
  it.each([['anon', 401], ['owner', 403], ['classmate', 403], ['outsider', 403]] as [Role, number][])('%s: %i', async (role, status) => {
    await expectStatus(role, 'GET', path, status)
  })
  it('organiser: 200, every registration with its answers', async () => {
    const reply = await expectStatus('organiser', 'GET', path, 200)
    expect(reply.json.registrations).toEqual([expect.objectContaining({ person_id: ids.owner, state: 'confirmed', answers: { dietary: 'Vegetarian' } })])
  })
  it('the person\'s office: 200, its own people without their answers; another partner\'s office: 200, nobody', async () => {
    expect((await expectStatus('office', 'GET', path, 200)).json.registrations).toEqual([expect.objectContaining({ person_id: ids.owner, answers: null })])
    expect((await expectStatus('otherOffice', 'GET', path, 200)).json.registrations).toEqual([])
  })
})

describe('POST /api/calendar/activities/:id/registrations', () => {
  const path = () => `/api/calendar/activities/${ids.activity}/registrations`
  it('anon: 401; someone outside the community: 403, told in their language', async () => {
    await expectStatus('anon', 'POST', path, 401, {})
    const reply = await expectStatus('outsider', 'POST', path, 403, {})
    expect(reply.json.data.key).toBe('calendar.registration.errors.notMember')
    expect(reply.json.message).toContain('สมาชิก')
  })
  it('owner again: 409 already registered', async () => {
    expect((await expectStatus('owner', 'POST', path, 409, {})).json.data.key).toBe('calendar.registration.errors.alreadyRegistered')
  })
  it('a group by another partner\'s office for the home students: 403; by a student: 403; by their own office: 200', async () => {
    const group = { personIds: [ids.classmate], institutionId: ids.home }
    await expectStatus('otherOffice', 'POST', path, 403, group)
    await expectStatus('owner', 'POST', path, 403, group)
    const reply = await expectStatus('office', 'POST', path, 200, group)
    expect(reply.json.registrations).toEqual([expect.objectContaining({ person_id: ids.classmate, state: 'waitlisted', position: 1 })])
  })
  it('bad input: an unknown question, a malformed id, a group without its institution: 4xx, never 500', async () => {
    await expectStatus('classmate', 'POST', path, 422, { answers: { shoeSize: 42 } })
    await expectStatus('classmate', 'POST', () => '/api/calendar/activities/not-a-uuid/registrations', 404, {})
    await expectStatus('office', 'POST', path, 422, { personIds: [ids.classmate] })
    await expectStatus('classmate', 'POST', () => `/api/calendar/activities/${ids.home}/registrations`, 404, {})
  })
})

describe('POST /api/calendar/registrations/:id/cancel|accept|decline', () => {
  const reg = (tail: string) => () => `/api/calendar/registrations/${ids.registration}/${tail}`
  const offer = (tail: string) => () => `/api/calendar/registrations/${ids.offered}/${tail}`
  it.each([['anon', 401], ['classmate', 404], ['otherOffice', 404], ['outsider', 404]] as [Role, number][])('cancel by %s: %i', async (role, status) => {
    await expectStatus(role, 'POST', reg('cancel'), status)
  })
  it('accept a confirmed place: 409; accept an offer as its organiser: 403 (the person or their office answers)', async () => {
    expect((await expectStatus('owner', 'POST', reg('accept'), 409)).json.data.key).toBe('calendar.registration.errors.stepNotAllowed')
    await expectStatus('organiser', 'POST', offer('accept'), 403)
    await expectStatus('owner', 'POST', offer('decline'), 404)
  })
  it('the offered person accepts: 200 confirmed; the owner cancels their own: 200', async () => {
    expect((await expectStatus('classmate', 'POST', offer('accept'), 200)).json).toMatchObject({ state: 'confirmed' })
    expect((await expectStatus('owner', 'POST', reg('cancel'), 200)).json).toMatchObject({ state: 'cancelled' })
  })
})

describe('GET /api/calendar/registrations/mine', () => {
  it('anon: 401; a person: their own registrations only', async () => {
    await expectStatus('anon', 'GET', () => '/api/calendar/registrations/mine', 401)
    const mine = (await expectStatus('classmate', 'GET', () => '/api/calendar/registrations/mine', 200)).json as { id: string }[]
    expect(mine.map(r => r.id)).toContain(ids.offered)
    expect(mine.map(r => r.id)).not.toContain(ids.registration)
    expect((await expectStatus('outsider', 'GET', () => '/api/calendar/registrations/mine', 200)).json).toEqual([])
  })
})

describe('PUT /api/calendar/activities/:id/quotas', () => {
  const path = () => `/api/calendar/activities/${ids.activity}/quotas`
  const body = () => ({ quotas: [{ institutionId: ids.home, places: 1 }] })
  it.each([['anon', 401], ['owner', 403], ['office', 403], ['otherOffice', 403]] as [Role, number][])('%s: %i', async (role, status) => {
    await expectStatus(role, 'PUT', path, status, body())
  })
  it('organiser: 200; beyond the capacity: 409; a negative number: 422; a stranger institution: 422', async () => {
    await expectStatus('organiser', 'PUT', path, 200, body())
    await expectStatus('organiser', 'PUT', path, 409, { quotas: [{ institutionId: ids.home, places: 2 }] })
    await expectStatus('organiser', 'PUT', path, 422, { quotas: [{ institutionId: ids.home, places: -1 }] })
    await expectStatus('organiser', 'PUT', path, 422, { quotas: [{ institutionId: ids.organising, places: 0 }, { institutionId: ids.outsider, places: 0 }] })
    const stored = await service(tx => tx.selectFrom('activity_quotas').select(['institution_id', 'places']).where('activity_id', '=', ids.activity).execute())
    expect(stored).toEqual([{ institution_id: ids.home, places: 1 }])
  })
})

describe('the registration window', () => {
  it('a closed activity refuses registration with 409 in the person\'s language', async () => {
    await service(tx => tx.updateTable('activities').set({ registration_closes_at: sql<Date>`now() - interval '1 minute'` }).where('id', '=', ids.activity).execute())
    const reply = await expectStatus('outsider', 'POST', () => `/api/calendar/activities/${ids.activity}/registrations`, 409, {})
    expect(reply.json.data.key).toBe('calendar.registration.errors.windowClosed')
  })
})
