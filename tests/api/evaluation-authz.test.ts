import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { REACTION_DEFINITION } from '../db/evaluation-fixtures'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each evaluation route: route × role (anonymous visitor, invited student, office of another institution,
 * the organiser's office, the secretariat), with the status the security model calls for. Signed-in routes answer 401 to
 * visitors; what a person may not see is 404; what they see but may not do is 403; bad input is a translated 4xx.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'otherOffice' | 'organiser' | 'secretariat' | 'classmate'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'home' | 'other' | 'organising' | 'office', string>
  & { activity: string; form: string; version: string; draft: string; instance: string; finding: string; action: string; classmateToken: string }

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)

async function person(role: Role, institution: string | null, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `eval-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
}
const institution = (slug: string) => institutionRow(fixtures.db, slug)
const { ok, expectStatus, matrix } = roleRequests(who)

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('evaluation'))
  ids.home = await institution('home')
  ids.other = await institution('other')
  ids.organising = await institution('organising')
  who.anon = client(server.url)
  await person('student', ids.home)
  await person('classmate', ids.home)
  await person('otherOffice', ids.other, 'office_staff')
  await person('organiser', ids.organising, 'office_staff')
  await person('secretariat', await institution('secretariat'), 'secretariat')
  ids.activity = await service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'training', state: 'registration_open', title: JSON.stringify({ en: 'Training week', zh: '培训周' }), time_zone: 'Asia/Shanghai', capacity: 20, created_by: ids.organiser,
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    await tx.insertInto('activity_invitees').values({ activity_id: id, institution_id: ids.home }).execute()
    return id
  })
  const created = await ok(who.organiser, 'POST', '/api/evaluation/forms', { institutionId: ids.organising, definition: REACTION_DEFINITION })
  ids.form = created.form.id
  ids.version = created.version.id
  await ok(who.organiser, 'POST', `/api/evaluation/versions/${ids.version}/publish`)
  ids.draft = (await ok(who.organiser, 'POST', `/api/evaluation/forms/${ids.form}/versions`, { definition: REACTION_DEFINITION })).id
  ids.instance = (await ok(who.organiser, 'POST', '/api/evaluation/instances', {
    target: 'activity', versionId: ids.version, activityId: ids.activity, timing: 'after',
    opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  })).id
  // Invited as the dispatch job does; the classmate's personal link is known to the test.
  const secret = randomBytes(32).toString('base64url')
  ids.classmateToken = secret
  await service(tx => tx.insertInto('evaluation_invitations').values([
    { instance_id: ids.instance, person_id: ids.student, token_hash: createHash('sha256').update(randomBytes(8)).digest('hex') },
    { instance_id: ids.instance, person_id: ids.classmate, token_hash: createHash('sha256').update(secret).digest('hex') },
  ]).execute())
}, 240_000)
afterAll(async () => {
  await stop?.()
})

describe('POST /api/evaluation/forms', () => {
  const body = () => ({ institutionId: ids.organising, definition: REACTION_DEFINITION })
  matrix('POST', () => '/api/evaluation/forms', { anon: 401, student: 403, otherOffice: 403, organiser: 200, secretariat: 200 }, body)
  it('bad input: a foreign schema is 422 naming definition.schema, in the person\'s language; a malformed institution 422', async () => {
    const reply = await expectStatus('organiser', 'POST', '/api/evaluation/forms', 422, { institutionId: ids.organising, definition: { ...REACTION_DEFINITION, schema: 'x/1' } })
    expect(reply.json.data).toMatchObject({ key: 'evaluation.errors.invalidDefinition', issues: [{ path: 'definition.schema', code: 'unknownSchema' }] })
    expect(reply.json.message).toContain('แบบฟอร์มมีข้อผิดพลาด')
    await expectStatus('organiser', 'POST', '/api/evaluation/forms', 422, { institutionId: 'nope', definition: REACTION_DEFINITION })
    await expectStatus('organiser', 'POST', '/api/evaluation/forms', 422, { institutionId: ids.organising, definition: 'not an object' })
  })
})

describe('GET /api/evaluation/forms', () => {
  it('anon 401; the organiser lists the forms they manage; a student and another office list none', async () => {
    await expectStatus('anon', 'GET', '/api/evaluation/forms', 401)
    const mine = (await expectStatus('organiser', 'GET', `/api/evaluation/forms?institutionId=${ids.organising}`, 200)).json as { id: string }[]
    expect(mine.map(f => f.id)).toContain(ids.form)
    expect((await expectStatus('student', 'GET', '/api/evaluation/forms', 200)).json).toEqual([])
    expect((await expectStatus('otherOffice', 'GET', '/api/evaluation/forms', 200)).json).toEqual([])
    await expectStatus('organiser', 'GET', '/api/evaluation/forms?institutionId=nope', 422)
  })
})

describe('GET /api/evaluation/forms/:id', () => {
  matrix('GET', () => `/api/evaluation/forms/${ids.form}`, { anon: 401, student: 200, otherOffice: 404, organiser: 200, secretariat: 200 })
  it('a malformed id is 404', async () => {
    await expectStatus('organiser', 'GET', '/api/evaluation/forms/not-a-uuid', 404)
  })
})

describe('POST /api/evaluation/forms/:id/versions', () => {
  matrix('POST', () => `/api/evaluation/forms/${ids.form}/versions`, { anon: 401, student: 404, otherOffice: 404, organiser: 200, secretariat: 200 },
    () => ({ definition: REACTION_DEFINITION }))
  it('bad input: an empty definition is 422', async () => {
    await expectStatus('organiser', 'POST', `/api/evaluation/forms/${ids.form}/versions`, 422, { definition: {} })
  })
})

describe('PUT /api/evaluation/versions/:id and POST …/publish', () => {
  matrix('PUT', () => `/api/evaluation/versions/${ids.draft}`, { anon: 401, student: 404, otherOffice: 404, organiser: 200, secretariat: 200 },
    () => ({ definition: REACTION_DEFINITION }))
  matrix('POST', () => `/api/evaluation/versions/${ids.draft}/publish`, { anon: 401, student: 404, otherOffice: 404 })
  it('the organiser publishes the draft; then editing or publishing it again is 409, translated', async () => {
    await expectStatus('organiser', 'POST', `/api/evaluation/versions/${ids.draft}/publish`, 200)
    const reply = await expectStatus('organiser', 'PUT', `/api/evaluation/versions/${ids.draft}`, 409, { definition: REACTION_DEFINITION })
    expect(reply.json.data.key).toBe('evaluation.errors.versionPublished')
    expect(reply.json.message).toContain('เผยแพร่แล้ว')
    await expectStatus('secretariat', 'POST', `/api/evaluation/versions/${ids.draft}/publish`, 409)
  })
})

describe('POST /api/evaluation/instances', () => {
  const body = () => ({ target: 'activity', versionId: ids.version, activityId: ids.activity, timing: 'follow_up', offsetDays: 42 })
  matrix('POST', () => '/api/evaluation/instances', { anon: 401, student: 403, otherOffice: 404, organiser: 200, secretariat: 200 }, body)
  it('bad input: no timing, an unknown activity, a list without recipients, a window closing before it opens: 4xx', async () => {
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { target: 'activity', versionId: ids.version, activityId: ids.activity })
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 404, { ...body(), activityId: ids.home })
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { target: 'list', versionId: ids.version, opensAt: new Date().toISOString() })
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { ...body(), opensAt: '2027-01-02T00:00:00Z', closesAt: '2027-01-01T00:00:00Z' })
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { ...body(), target: 'survey' })
  })
  it('a window closing before it opens names the closing field and why; a list needs its opening and someone on it', async () => {
    const late = await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { ...body(), opensAt: '2027-01-02T00:00:00Z', closesAt: '2027-01-01T00:00:00Z' })
    expect(late.json.data).toMatchObject({ key: 'errors.validation', issues: [{ path: 'closesAt', reason: 'closes_before_opening' }] })
    const nobody = await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { target: 'list', versionId: ids.version, opensAt: '2027-01-01T00:00:00Z' })
    expect(nobody.json.data.issues).toEqual([expect.objectContaining({ path: 'institutionIds', reason: 'no_recipients' })])
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 422, { target: 'list', versionId: ids.version, allMembers: true })
  })
  it('the demand survey to all member institutions: 200, listed with its institutions for its managers', async () => {
    const made = (await expectStatus('organiser', 'POST', '/api/evaluation/instances', 200, {
      target: 'list', versionId: ids.version, allMembers: true, opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-02-01T00:00:00Z',
    })).json as { id: string }
    const listed = (await expectStatus('organiser', 'GET', `/api/evaluation/instances?formId=${ids.form}`, 200)).json as { id: string; institutions: number; people: number }[]
    expect(listed.find(i => i.id === made.id)).toMatchObject({ people: 0, institutions: expect.any(Number) })
    expect(listed.find(i => i.id === made.id)!.institutions).toBeGreaterThanOrEqual(4)
  })
  it('a mobility call: unknown 404; a call of a program the office does not run 403, in the person\'s language', async () => {
    await expectStatus('organiser', 'POST', '/api/evaluation/instances', 404, { target: 'mobility', versionId: ids.version, callId: ids.home })
    const callId = await service(async (tx) => {
      const program = await tx.insertInto('programs').values({
        type: 'semester_exchange', title: JSON.stringify({ en: 'Exchange' }), host_institution_id: ids.other, starts_on: '2027-02-15', ends_on: '2027-07-15',
        places: 5, created_by: ids.otherOffice,
      } as never).returning('id').executeTakeFirstOrThrow()
      const call = await tx.insertInto('calls').values({
        program_id: program.id, title: JSON.stringify({ en: 'Spring call' }), opens_at: new Date(), closes_at: new Date(Date.now() + 86_400_000),
        time_zone: 'UTC', academic_year: '2026/2027', created_by: ids.otherOffice,
      } as never).returning('id').executeTakeFirstOrThrow()
      return call.id
    })
    const refused = await expectStatus('organiser', 'POST', '/api/evaluation/instances', 403, { target: 'mobility', versionId: ids.version, callId })
    expect(refused.json.data.key).toBe('evaluation.errors.callNotManaged')
    expect(refused.json.message).toContain('เฉพาะสำนักงาน')
    const managed = (await expectStatus('otherOffice', 'GET', '/api/mobility/calls?open=false&managed=true', 200)).json as { id: string }[]
    expect(managed.map(c => c.id)).toEqual([callId])
    expect((await expectStatus('organiser', 'GET', '/api/mobility/calls?open=false&managed=true', 200)).json).toEqual([])
  })
})

describe('GET /api/evaluation/instances', () => {
  it('anon 401; the organiser sees the activity\'s instances with counts; an invitee without; another office none; no filter 422', async () => {
    const path = () => `/api/evaluation/instances?activityId=${ids.activity}`
    await expectStatus('anon', 'GET', path(), 401)
    const managed = (await expectStatus('organiser', 'GET', path(), 200)).json as { id: string; invited: number | null }[]
    expect(managed.find(i => i.id === ids.instance)).toMatchObject({ invited: 2 })
    expect((await expectStatus('student', 'GET', path(), 200)).json).toEqual([expect.objectContaining({ id: ids.instance, invited: null })])
    expect((await expectStatus('otherOffice', 'GET', path(), 200)).json).toEqual([])
    await expectStatus('organiser', 'GET', '/api/evaluation/instances', 422)
  })
})

describe('GET and PATCH /api/evaluation/instances/:id', () => {
  matrix('GET', () => `/api/evaluation/instances/${ids.instance}`, { anon: 401, student: 200, otherOffice: 404, organiser: 200, secretariat: 200 })
  matrix('PATCH', () => `/api/evaluation/instances/${ids.instance}`, { anon: 401, student: 404, otherOffice: 404, organiser: 200, secretariat: 200 },
    () => ({ reminderDays: 2 }))
  it('bad input: zero open days is 422; moving the close before the opening is 422, translated', async () => {
    await expectStatus('organiser', 'PATCH', `/api/evaluation/instances/${ids.instance}`, 422, { openDays: 0 })
    const reply = await expectStatus('organiser', 'PATCH', `/api/evaluation/instances/${ids.instance}`, 422, { closesAt: new Date(Date.now() - 2 * 86_400_000).toISOString() })
    expect(reply.json.data).toMatchObject({ key: 'evaluation.errors.closesBeforeOpening', params: { field: 'closesAt' } })
    expect(reply.json.message).toContain('การประเมินต้องปิดหลังเวลาเปิด')
  })
})

describe('GET /api/evaluation/invitations/mine', () => {
  it('anon 401; the student sees their invitation; an office sees none', async () => {
    await expectStatus('anon', 'GET', '/api/evaluation/invitations/mine', 401)
    const mine = (await expectStatus('student', 'GET', '/api/evaluation/invitations/mine', 200)).json as { instance_id: string; answered: boolean }[]
    expect(mine).toEqual([expect.objectContaining({ instance_id: ids.instance, answered: false })])
    expect((await expectStatus('otherOffice', 'GET', '/api/evaluation/invitations/mine', 200)).json).toEqual([])
    expect((await expectStatus('organiser', 'GET', '/api/evaluation/invitations/mine', 200)).json).toEqual([])
  })
})

describe('a signed-in response: POST/PUT …/response and POST …/submit', () => {
  const path = (tail: string) => () => `/api/evaluation/instances/${ids.instance}/${tail}`
  matrix('POST', path('response'), { anon: 401, otherOffice: 404, organiser: 403, secretariat: 403 }, () => ({ locale: 'th' }))
  matrix('PUT', path('response'), { anon: 401, otherOffice: 404, organiser: 403 }, () => ({ answers: { useful: 4 } }))
  matrix('POST', path('submit'), { anon: 401, otherOffice: 404, secretariat: 403 }, () => ({ answers: { useful: 4, recommend: 8 } }))
  it('the organiser is told in their language that they are not invited', async () => {
    const reply = await expectStatus('organiser', 'POST', path('response')(), 403, { locale: 'th' })
    expect(reply.json.message).toContain('ไม่ได้รับเชิญ')
  })
  it('the student opens, saves a draft, is refused an out-of-range answer and an incomplete submission (422), then submits once', async () => {
    expect((await expectStatus('student', 'POST', path('response')(), 200, { locale: 'km' })).json).toMatchObject({ locale: 'km', answers: {} })
    expect((await expectStatus('student', 'PUT', path('response')(), 200, { answers: { useful: 4 }, locale: 'th' })).json.answers).toEqual({ useful: 4 })
    const range = await expectStatus('student', 'PUT', path('response')(), 422, { answers: { useful: 6 } })
    expect(range.json.data.issues).toEqual([expect.objectContaining({ path: 'answers.useful', code: 'outOfRange' })])
    expect(range.json.message).toContain('ไม่ถูกต้อง')
    const incomplete = await expectStatus('student', 'POST', path('submit')(), 422, { answers: {} })
    expect(incomplete.json.data.issues).toEqual([expect.objectContaining({ path: 'answers.recommend', code: 'required' })])
    await expectStatus('student', 'PUT', path('response')(), 422, { answers: 'all good' })
    await expectStatus('student', 'POST', path('submit')(), 200, { answers: { recommend: 8 } })
    expect((await expectStatus('student', 'POST', path('submit')(), 409, { answers: {} })).json.data.key).toBe('evaluation.errors.alreadySubmitted')
  })
})

describe('a personal link: /api/evaluation/respond/:token', () => {
  const path = (tail = '') => `/api/evaluation/respond/${ids.classmateToken}${tail}`
  it('works without signing in, as the person it was sent to; a made-up or malformed link is 404', async () => {
    expect((await expectStatus('anon', 'POST', path(), 200, { locale: 'lo' })).json).toMatchObject({ instance_id: ids.instance, anonymous: false })
    expect((await expectStatus('anon', 'PUT', path(), 200, { answers: { useful: 2 } })).json.answers).toEqual({ useful: 2 })
    await expectStatus('anon', 'POST', path('/submit'), 422, { answers: {} })
    await expectStatus('anon', 'POST', path('/submit'), 200, { answers: { recommend: 3 } })
    await expectStatus('anon', 'POST', `/api/evaluation/respond/${'A'.repeat(43)}`, 404, { locale: 'en' })
    await expectStatus('anon', 'POST', '/api/evaluation/respond/short', 404, { locale: 'en' })
    await expectStatus('anon', 'PUT', path(), 409, { answers: { useful: 5 } })
  })
})

describe('findings and actions', () => {
  const findingBody = () => ({ instanceId: ids.instance, text: { zh: '口译时间不足', en: 'Too little interpretation' } })
  matrix('POST', () => '/api/evaluation/findings', { anon: 401, student: 403, otherOffice: 404 }, findingBody)
  it('the organiser and the secretariat record findings; bad input is 422', async () => {
    ids.finding = (await expectStatus('organiser', 'POST', '/api/evaluation/findings', 200, findingBody())).json.id
    await expectStatus('secretariat', 'POST', '/api/evaluation/findings', 200, { activityId: ids.activity, text: { en: 'Rooms too small' } })
    await expectStatus('organiser', 'POST', '/api/evaluation/findings', 422, { ...findingBody(), activityId: ids.activity })
    await expectStatus('organiser', 'POST', '/api/evaluation/findings', 422, { instanceId: ids.instance, text: {} })
  })
  it('GET: the organiser sees the instance\'s findings; a student and another office see none; anon 401', async () => {
    const q = () => `/api/evaluation/findings?instanceId=${ids.instance}`
    await expectStatus('anon', 'GET', q(), 401)
    expect((await expectStatus('organiser', 'GET', q(), 200)).json).toHaveLength(1)
    expect((await expectStatus('student', 'GET', q(), 200)).json).toEqual([])
    expect((await expectStatus('otherOffice', 'GET', q(), 200)).json).toEqual([])
    await expectStatus('organiser', 'GET', '/api/evaluation/findings', 422)
  })
  matrix('PATCH', () => `/api/evaluation/findings/${ids.finding}`, { anon: 401, student: 404, otherOffice: 404, organiser: 200, secretariat: 200 },
    () => ({ text: { en: 'Interpretation was too short' } }))
  it('POST …/actions: anon 401, others 404; the organiser gives the student an action; bad dates and unknown owners 422', async () => {
    const body = { ownerId: ids.student, title: { en: 'Summarise the glossary' }, dueOn: '2027-03-01' }
    await expectStatus('anon', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 401, body)
    await expectStatus('student', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 404, body)
    await expectStatus('otherOffice', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 404, body)
    await expectStatus('organiser', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 422, { ...body, dueOn: '2027-02-30' })
    await expectStatus('organiser', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 422, { ...body, ownerId: ids.home })
    ids.action = (await expectStatus('organiser', 'POST', `/api/evaluation/findings/${ids.finding}/actions`, 200, body)).json.id
  })
  it('PATCH /actions/:id: the owner moves the status (200) but not the date (403); another office 404; the organiser anything', async () => {
    const path = () => `/api/evaluation/actions/${ids.action}`
    await expectStatus('anon', 'PATCH', path(), 401, { status: 'done' })
    await expectStatus('otherOffice', 'PATCH', path(), 404, { status: 'done' })
    expect((await expectStatus('student', 'PATCH', path(), 200, { status: 'in_progress' })).json.status).toBe('in_progress')
    await expectStatus('student', 'PATCH', path(), 403, { dueOn: '2027-12-31' })
    await expectStatus('organiser', 'PATCH', path(), 200, { dueOn: '2027-04-01' })
    await expectStatus('organiser', 'PATCH', path(), 422, { status: 'forgotten' })
  })
  it('DELETE: the owner and another office cannot (404); the organiser deletes the action and the finding', async () => {
    await expectStatus('anon', 'DELETE', `/api/evaluation/actions/${ids.action}`, 401)
    await expectStatus('student', 'DELETE', `/api/evaluation/actions/${ids.action}`, 404)
    await expectStatus('otherOffice', 'DELETE', `/api/evaluation/findings/${ids.finding}`, 404)
    await expectStatus('organiser', 'DELETE', `/api/evaluation/actions/${ids.action}`, 200)
    await expectStatus('organiser', 'DELETE', `/api/evaluation/findings/${ids.finding}`, 200)
    await expectStatus('organiser', 'DELETE', `/api/evaluation/findings/${ids.finding}`, 404)
  })
})

describe('the window', () => {
  it('a closed instance refuses answers with 409 in the person\'s language', async () => {
    await service(tx => tx.updateTable('evaluation_instances').set({ closes_at: sql<Date>`now() - interval '1 minute'`, opens_at: sql<Date>`now() - interval '2 days'` })
      .where('id', '=', ids.instance).execute())
    await service(tx => tx.insertInto('evaluation_invitations').values({ instance_id: ids.instance, person_id: ids.otherOffice, token_hash: 'd'.repeat(64) }).execute())
    const reply = await expectStatus('otherOffice', 'POST', `/api/evaluation/instances/${ids.instance}/response`, 409, { locale: 'th' })
    expect(reply.json.data.key).toBe('evaluation.errors.closed')
    expect(reply.json.message).toContain('ไม่เปิดรับคำตอบ')
  })
})
