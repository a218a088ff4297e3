import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { REACTION_DEFINITION } from '../db/evaluation-fixtures'
import { serverOnOwnDatabase, institutionRow, memberClient } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may read an evaluation's results, exports and effect: route × role (anonymous visitor, invited student, office of
 * another institution, the organiser's office, the secretariat). Visitors 401; an instance one cannot see 404; an
 * invitee sees the instance but not its results, 403; bad ids and bad queries a translated 4xx.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'otherOffice' | 'organiser' | 'secretariat'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'home' | 'other' | 'organising', string> & { activity: string; instance: string; anonymous: string; form: string }

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)

async function person(role: Role, institution: string, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `analytics-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
}
const institution = (slug: string) => institutionRow(fixtures.db, slug)
async function ok(c: Client, method: string, path: string, body?: unknown) {
  const reply = await c.request(method, path, body)
  expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(300)
  return reply.json
}
const expectStatus = async (role: Role, path: string, status: number) => {
  const reply = await who[role].request('GET', path, undefined, { 'x-locale': 'th' })
  expect(reply.status, `${role} GET ${path}: ${reply.text.slice(0, 300)}`).toBe(status)
  return reply
}
const matrix = (path: () => string, statuses: Record<Role, number>) =>
  it.each(Object.entries(statuses) as [Role, number][])('as %s: %i', async (role, status) => {
    await expectStatus(role, path(), status)
  })
const READERS = { anon: 401, student: 403, otherOffice: 404, organiser: 200, secretariat: 200 } as const

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('evaluation_analytics'))
  ids.home = await institution('home')
  ids.other = await institution('other')
  ids.organising = await institution('organising')
  who.anon = client(server.url)
  await person('student', ids.home)
  await person('otherOffice', ids.other, 'office_staff')
  await person('organiser', ids.organising, 'office_staff')
  await person('secretariat', await institution('secretariat'), 'secretariat')
  ids.activity = await service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'training', state: 'registration_open', title: JSON.stringify({ en: 'Training week', zh: '培训周' }), time_zone: 'Asia/Shanghai', capacity: 20, created_by: ids.organiser,
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    return id
  })
  const created = await ok(who.organiser, 'POST', '/api/evaluation/forms', { institutionId: ids.organising, definition: REACTION_DEFINITION })
  await ok(who.organiser, 'POST', `/api/evaluation/versions/${created.version.id}/publish`)
  ids.form = created.form.id
  const window = { opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }
  const attach = async (anonymous: boolean) => (await ok(who.organiser, 'POST', '/api/evaluation/instances', {
    target: 'activity', versionId: created.version.id, activityId: ids.activity, timing: anonymous ? 'follow_up' : 'after', anonymous, ...window,
  })).id as string
  ids.instance = await attach(false)
  ids.anonymous = await attach(true)
  await service(tx => tx.insertInto('evaluation_invitations').values([ids.instance, ids.anonymous].map(instance => (
    { instance_id: instance, person_id: ids.student, token_hash: createHash('sha256').update(randomBytes(8)).digest('hex') }))).execute())
  await ok(who.student, 'POST', `/api/evaluation/instances/${ids.instance}/submit`, { answers: { useful: 4, recommend: 9, comment: '=1+1' }, locale: 'th' })
  await ok(who.student, 'POST', `/api/evaluation/instances/${ids.anonymous}/submit`, { answers: { useful: 5, recommend: 10 }, locale: 'th' })
}, 240_000)
afterAll(async () => {
  await stop?.()
})

describe('GET /api/evaluation/instances/:id/results', () => {
  matrix(() => `/api/evaluation/instances/${ids.instance}/results`, READERS)
  it('the organiser reads the figures of the response', async () => {
    const reply = await expectStatus('organiser', `/api/evaluation/instances/${ids.instance}/results`, 200)
    expect(reply.json.responseRate).toMatchObject({ invited: 1, submitted: 1 })
    expect(reply.json.overall.questions.find((q: { id: string }) => q.id === 'useful').figures.mean).toBe(4)
  })
  it('bad input: a malformed id is 404, an unknown one 404 translated, an unknown breakdown 4xx, an anonymous instance by country 400 translated', async () => {
    await expectStatus('organiser', '/api/evaluation/instances/not-a-uuid/results', 404)
    const unknown = await expectStatus('organiser', `/api/evaluation/instances/${randomUUID()}/results`, 404)
    expect(unknown.json.data.key).toBe('evaluation.errors.instanceNotFound')
    const by = await who.organiser.request('GET', `/api/evaluation/instances/${ids.instance}/results?by=shoe-size`, undefined, { 'x-locale': 'th' })
    expect(by.status).toBeGreaterThanOrEqual(400)
    expect(by.status).toBeLessThan(500)
    const anonymous = await expectStatus('organiser', `/api/evaluation/instances/${ids.anonymous}/results?by=country`, 400)
    expect(anonymous.json.data.key).toBe('evaluation.analytics.errors.anonymousBreakdown')
    expect(anonymous.json.message).toContain('ไม่ระบุตัวตน')
  })
  it('an invitee is refused in their language', async () => {
    const reply = await expectStatus('student', `/api/evaluation/instances/${ids.instance}/results`, 403)
    expect(reply.json.data.key).toBe('evaluation.analytics.errors.notManager')
    expect(reply.json.message).toContain('ผู้ดูแลการประเมิน')
  })
})

describe('GET /api/evaluation/instances/:id/results.xlsx', () => {
  matrix(() => `/api/evaluation/instances/${ids.instance}/results.xlsx`, READERS)
  it('is a workbook', async () => {
    const reply = await who.organiser.request('GET', `/api/evaluation/instances/${ids.instance}/results.xlsx`)
    expect(reply.headers.get('content-type')).toContain('spreadsheetml')
  })
})

describe('GET /api/evaluation/instances/:id/answers.csv', () => {
  matrix(() => `/api/evaluation/instances/${ids.instance}/answers.csv`, READERS)
  it('a named instance\'s lines name the respondent; a formula is defused', async () => {
    const reply = await expectStatus('organiser', `/api/evaluation/instances/${ids.instance}/answers.csv`, 200)
    expect(reply.headers.get('content-type')).toContain('text/csv')
    expect(reply.text).toContain(ids.student)
    expect(reply.text).toContain(`'=1+1`)
  })
  it('an anonymous instance\'s lines name nobody', async () => {
    const reply = await expectStatus('organiser', `/api/evaluation/instances/${ids.anonymous}/answers.csv`, 200)
    expect(reply.text).not.toContain(ids.student)
    expect(reply.text).not.toContain('Authz student')
  })
  it('bad ids: 404', async () => {
    await expectStatus('organiser', '/api/evaluation/instances/not-a-uuid/answers.csv', 404)
    await expectStatus('organiser', `/api/evaluation/instances/${randomUUID()}/answers.csv`, 404)
  })
})

describe('GET /api/evaluation/instances/:id/report.pdf', () => {
  matrix(() => `/api/evaluation/instances/${ids.instance}/report.pdf?left=zh&right=km`, READERS)
  it('is a PDF named by its languages; a language that is not the portal\'s is 422 translated, a bad id 404', async () => {
    const reply = await who.organiser.request('GET', `/api/evaluation/instances/${ids.instance}/report.pdf?left=zh&right=km`)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/pdf')
    expect(reply.headers.get('content-disposition')).toMatch(/evaluation-report-[0-9a-f]{8}-zh-km\.pdf/)
    const bad = await who.organiser.request('GET', `/api/evaluation/instances/${ids.instance}/report.pdf?left=zh&right=xx`, undefined, { 'x-locale': 'th' })
    expect(bad.status).toBe(422)
    expect(bad.json.data.params).toMatchObject({ field: 'right' })
    expect(bad.json.message).toMatch(/[\u0E00-\u0E7F]/) // in Thai, the reader's language
    await expectStatus('organiser', `/api/evaluation/instances/${randomUUID()}/report.pdf?left=zh&right=km`, 404)
  })
})

describe('GET /api/evaluation/activities/:id/effect and …/results', () => {
  matrix(() => `/api/evaluation/activities/${ids.activity}/effect`, READERS)
  matrix(() => `/api/evaluation/activities/${ids.activity}/results`, READERS)
  it('without a knowledge test the effect has no pairs and says there is not enough data', async () => {
    const reply = await expectStatus('organiser', `/api/evaluation/activities/${ids.activity}/effect`, 200)
    expect(reply.json.pairs).toEqual([])
    expect(reply.json.wording.key).toBe('evaluation.stats.effect.notEnoughData')
  })
  it('bad ids: 404, translated', async () => {
    await expectStatus('organiser', '/api/evaluation/activities/not-a-uuid/effect', 404)
    const reply = await expectStatus('organiser', `/api/evaluation/activities/${randomUUID()}/effect`, 404)
    expect(reply.json.data.key).toBe('evaluation.analytics.errors.activityNotFound')
    expect(reply.json.message).toContain('กิจกรรมนี้')
  })
})

describe('GET /api/evaluation/forms/:id/runs', () => {
  matrix(() => `/api/evaluation/forms/${ids.form}/runs`, READERS)
  it('one group per run; bad ids 404', async () => {
    const reply = await expectStatus('organiser', `/api/evaluation/forms/${ids.form}/runs`, 200)
    expect(reply.json.breakdown.by).toBe('activity')
    await expectStatus('organiser', '/api/evaluation/forms/not-a-uuid/runs', 404)
    const unknown = await expectStatus('organiser', `/api/evaluation/forms/${randomUUID()}/runs`, 404)
    expect(unknown.json.data.key).toBe('evaluation.analytics.errors.formNotUsed')
  })
})
