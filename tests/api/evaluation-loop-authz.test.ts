import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { REACTION_DEFINITION } from '../db/evaluation-fixtures'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call the routes of the improvement loop across runs — plan the next run, the activity's findings, re-evaluate,
 * the before/after comparison — and the annual plan carrying findings: route × role (visitor, an invited student,
 * another office, a member of the executive committee, the organiser's office, the secretariat). Signed-in routes
 * answer 401 to visitors; what a person may not see is 404; what they see but may not do is 403.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'otherOffice' | 'committee' | 'organiser' | 'secretariat'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'home' | 'other' | 'organising', string>
  & { activity: string; nextRun: string; instance: string; form: string; version: string; finding: string; plannedActivity: string }

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)
async function person(role: Role, institution: string | null, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `loop-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
}
const { ok, expectStatus, matrix } = roleRequests(who)

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('evaluation_loop'))
  ids.home = await institutionRow(fixtures.db, 'home')
  ids.other = await institutionRow(fixtures.db, 'other')
  ids.organising = await institutionRow(fixtures.db, 'organising')
  who.anon = client(server.url)
  await person('student', ids.home)
  await person('otherOffice', ids.other, 'office_staff')
  await person('committee', ids.other, 'teacher')
  await person('organiser', ids.organising, 'office_staff')
  await person('secretariat', await institutionRow(fixtures.db, 'secretariat'), 'secretariat')
  await service(async (tx) => {
    const body = await tx.insertInto('governance_bodies').values({ kind: 'executive_committee', name: JSON.stringify({ en: 'Executive committee' }), mandate: '{}' })
      .returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('body_members').values({
      body_id: body.id, user_id: ids.committee, institution_id: ids.other, position: JSON.stringify({ en: 'Member' }), term_start: '2020-01-01', term_end: null,
    }).execute()
  })
  // An approved plan with an accepted item of the organising institution, and the activity made from it.
  const activity = (planItem: string | null) => service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'training', state: 'registration_open', title: JSON.stringify({ en: 'Training week', zh: '培训周' }), time_zone: 'Asia/Shanghai',
      capacity: 20, created_by: ids.organiser, mode: 'online', online_url: 'https://meet.example.org/week', plan_item_id: planItem,
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    await tx.insertInto('activity_invitees').values({ activity_id: id, institution_id: ids.home }).execute()
    return id
  })
  const item = await service(async (tx) => {
    const plan = await tx.insertInto('activity_plans').values({ academic_year: '2026/2027', created_by: ids.secretariat, state: 'approved', approved_at: new Date(), approved_by: ids.secretariat })
      .returning('id').executeTakeFirstOrThrow()
    return (await tx.insertInto('activity_plan_items').values({
      plan_id: plan.id, kind: 'training', title: JSON.stringify({ en: 'Training week' }), audience: '{}', month: '2026-10-01',
      organiser_institution_id: ids.organising, budget_line: '{}', budget_amount: null, currency: null, expected_participants: 20,
      proposed_by: ids.organiser, state: 'accepted',
    }).returning('id').executeTakeFirstOrThrow()).id
  })
  ids.activity = await activity(null)
  ids.plannedActivity = await activity(item)

  const created = await ok(who.organiser, 'POST', '/api/evaluation/forms', { institutionId: ids.organising, definition: REACTION_DEFINITION })
  ids.form = created.form.id
  ids.version = created.version.id
  await ok(who.organiser, 'POST', `/api/evaluation/versions/${ids.version}/publish`)
  ids.instance = (await ok(who.organiser, 'POST', '/api/evaluation/instances', {
    target: 'activity', versionId: ids.version, activityId: ids.activity, timing: 'after',
    opensAt: new Date(Date.now() - 86_400_000).toISOString(), closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  })).id
  await service(tx => tx.insertInto('evaluation_invitations').values({ instance_id: ids.instance, person_id: ids.student, token_hash: 'a'.repeat(64) }).execute())
  ids.finding = (await ok(who.organiser, 'POST', '/api/evaluation/findings', { instanceId: ids.instance, text: { en: 'Too much lecturing' } })).id
  await ok(who.organiser, 'POST', `/api/evaluation/findings/${ids.finding}/actions`, {
    title: { en: 'Add group work' }, ownerId: ids.organiser, dueOn: '2020-02-01', status: 'open',
  })
  const planned = (await ok(who.organiser, 'POST', '/api/evaluation/findings', { activityId: ids.plannedActivity, text: { en: 'Interpreters were missing' } })).id
  await ok(who.organiser, 'POST', `/api/evaluation/findings/${planned}/actions`, {
    title: { en: 'Book interpreters' }, ownerId: ids.organiser, dueOn: '2099-02-01', status: 'in_progress',
  })
  ids.nextRun = (await ok(who.organiser, 'POST', `/api/calendar/activities/${ids.activity}/next-run`)).id
}, 240_000)
afterAll(async () => {
  await stop?.()
})

describe('POST /api/calendar/activities/:id/next-run', () => {
  matrix('POST', () => `/api/calendar/activities/${ids.activity}/next-run`, {
    anon: 401, student: 403, otherOffice: 403, committee: 403, organiser: 200, secretariat: 200,
  })
  it('the next run is a draft naming the run it repeats, with its texts and partners and no sessions; bad ids are 404', async () => {
    const next = (await expectStatus('organiser', 'GET', `/api/calendar/activities/${ids.nextRun}`, 200)).json
    expect(next).toMatchObject({ state: 'draft', previous_run_id: ids.activity, title: { en: 'Training week', zh: '培训周' }, sessions: [] })
    expect(next.invitees.map((i: { id: string }) => i.id)).toEqual([ids.home])
    expect(next.previous_run).toMatchObject({ id: ids.activity })
    await expectStatus('organiser', 'POST', '/api/calendar/activities/not-a-uuid/next-run', 404)
    await expectStatus('organiser', 'POST', `/api/calendar/activities/${crypto.randomUUID()}/next-run`, 404)
    // A partner's student does not see the draft at all.
    await expectStatus('student', 'GET', `/api/calendar/activities/${ids.nextRun}`, 404)
  })
})

describe('GET /api/evaluation/activities/:id/loop', () => {
  matrix('GET', () => `/api/evaluation/activities/${ids.nextRun}/loop`, { anon: 401, student: 404, otherOffice: 404, committee: 404, organiser: 200, secretariat: 200 })
  matrix('GET', () => `/api/evaluation/activities/${ids.activity}/loop`, { student: 403, otherOffice: 403, organiser: 200 })
  it('the organiser sees the earlier run\'s findings with their actions, the overdue one marked', async () => {
    const loop = (await expectStatus('organiser', 'GET', `/api/evaluation/activities/${ids.nextRun}/loop`, 200)).json
    expect(loop.findings).toEqual([])
    expect(loop.previous_run.findings).toMatchObject([{ text: { en: 'Too much lecturing' }, actions: [{ title: { en: 'Add group work' }, overdue: true, status: 'open' }] }])
    expect(loop.previous_run.findings[0].actions[0].owner_name).toContain('loop-organiser')
  })
})

describe('POST /api/evaluation/activities/:id/re-evaluate', () => {
  matrix('POST', () => `/api/evaluation/activities/${ids.nextRun}/re-evaluate`, { anon: 401, student: 404, otherOffice: 404, committee: 404 })
  it('the organiser attaches the earlier run\'s form once; an activity that repeats nothing is 409, translated', async () => {
    const first = (await expectStatus('organiser', 'POST', `/api/evaluation/activities/${ids.nextRun}/re-evaluate`, 200)).json
    expect(first.attached).toMatchObject([{ form_id: ids.form, version_id: ids.version, timing: 'after', activity_id: ids.nextRun }])
    expect((await expectStatus('organiser', 'POST', `/api/evaluation/activities/${ids.nextRun}/re-evaluate`, 200)).json.attached).toEqual([])
    const refused = await expectStatus('organiser', 'POST', `/api/evaluation/activities/${ids.activity}/re-evaluate`, 409)
    expect(refused.json.data.key).toBe('evaluation.loop.errors.noPreviousRun')
    expect(refused.json.message).toContain('ไม่ได้จัดซ้ำ')
    await expectStatus('student', 'POST', `/api/evaluation/activities/${ids.activity}/re-evaluate`, 403)
  })
})

describe('GET /api/evaluation/instances/:id/compare', () => {
  const nextInstance = async () => (await service(tx => tx.selectFrom('evaluation_instances').select('id').where('activity_id', '=', ids.nextRun)
    .executeTakeFirstOrThrow())).id
  let later = ''
  beforeAll(async () => {
    await ok(who.organiser, 'POST', `/api/evaluation/activities/${ids.nextRun}/re-evaluate`)
    later = await nextInstance()
  })
  matrix('GET', () => `/api/evaluation/instances/${later}/compare`, { anon: 401, student: 404, otherOffice: 404, committee: 404, organiser: 200, secretariat: 200 })
  it('compares with the earlier run\'s instance and brings its findings; the earlier one has nothing to compare; an invitee is 403', async () => {
    const c = (await expectStatus('organiser', 'GET', `/api/evaluation/instances/${later}/compare`, 200)).json
    expect(c.previous).toMatchObject({ instanceId: ids.instance, activityId: ids.activity, submitted: 0 })
    expect(c.questions.map((q: { id: string }) => q.id)).toEqual(['useful', 'recommend'])
    expect(c.findings.map((f: { text: { en: string } }) => f.text.en)).toEqual(['Too much lecturing'])
    expect((await expectStatus('organiser', 'GET', `/api/evaluation/instances/${ids.instance}/compare`, 200)).json.previous).toBeNull()
    await expectStatus('student', 'GET', `/api/evaluation/instances/${ids.instance}/compare`, 403)
    await expectStatus('organiser', 'GET', '/api/evaluation/instances/not-a-uuid/compare', 404)
  })
})

describe('GET /api/calendar/plans/:year carries findings', () => {
  const findingsOf = async (role: Role) => {
    const plan = (await expectStatus(role, 'GET', '/api/calendar/plans/2026-2027', 200)).json
    return plan.items[0].findings.map((f: { text: { en: string } }) => f.text.en)
  }
  it('for the executive committee, the secretariat and the organiser; not for another office or a student', async () => {
    for (const role of ['committee', 'secretariat', 'organiser'] as const) expect(await findingsOf(role)).toEqual(['Interpreters were missing'])
    for (const role of ['otherOffice', 'student'] as const) expect(await findingsOf(role)).toEqual([])
    await expectStatus('anon', 'GET', '/api/calendar/plans/2026-2027', 401)
  })
})
