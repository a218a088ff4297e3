import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each credits-and-grades route: route × role (visitor, a student of the home institution, the home office,
 * the office of a partner with an agreement in force, the office of an institution with none, the secretariat).
 * Signed-in routes answer 401 to visitors; what a person may not see is 404; what they see but may not change is 403;
 * bad input is a 4xx translated into the asker's language (Thai here).
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'office' | 'partner' | 'outsider' | 'secretariat'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'home' | 'partnerInst' | 'outsiderInst' | 'homeSlug' | 'outsiderSlug' | 'tens' | 'letters' | 'homeTable' | 'hostTable' | 'fixed', string>
const versions: Record<string, string> = {}
const { ok, expectStatus, matrix } = roleRequests(who)

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)
const base = () => `/api/institutions/${ids.homeSlug}/credits`
const tensScale = { name: { en: 'Ten-point scale', vi: 'Thang điểm 10' }, passMark: 5, maxValue: 10, grades: ['10', '9', '8', '7', '6', '5', '4'].map(value => ({ value, passing: value !== '4' })) }
const table = (scaleId: string, counts: [string, number][]) => ({ scaleId, iscedCode: '0714', level: 'eqf_6', fromYear: 2023, toYear: 2025, counts: counts.map(([value, count]) => ({ value, count })) })

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('credits'))
  ids.home = await institutionRow(fixtures.db, 'credits-home')
  ids.partnerInst = await institutionRow(fixtures.db, 'credits-partner')
  ids.outsiderInst = await institutionRow(fixtures.db, 'credits-outsider')
  const slugs = await service(tx => tx.selectFrom('institutions').select(['id', 'slug']).where('id', 'in', [ids.home, ids.outsiderInst]).execute())
  ids.homeSlug = slugs.find(s => s.id === ids.home)!.slug
  ids.outsiderSlug = slugs.find(s => s.id === ids.outsiderInst)!.slug
  who.anon = client(server.url)
  for (const [role, inst, memberRole] of [['student', ids.home, 'student'], ['office', ids.home, 'office_staff'], ['partner', ids.partnerInst, 'office_staff'],
    ['outsider', ids.outsiderInst, 'office_staff'], ['secretariat', await institutionRow(fixtures.db, 'credits-secretariat'), 'secretariat']] as const) {
    const made = await memberClient(server, fixtures.db, `credits-${role}`, inst, memberRole)
    who[role] = made.client
    ids[role] = made.id
  }
  // An agreement in force between home and the partner, laid out straight in the database.
  await service(async (tx) => {
    const { id } = await tx.insertInto('agreements').values({ kind: 'bilateral', state: 'active', title: JSON.stringify({ en: 'Exchange' }), created_by: ids.office } as never)
      .returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('agreement_parties').values([ids.home, ids.partnerInst].map(institution_id => ({ agreement_id: id, institution_id, signatory_name: 'Signatory' })) as never).execute()
  })
  for (const v of (await ok(who.anon, 'GET', '/api/credits/systems')).systems as { id: string; versions: { id: string; version: number }[] }[]) {
    for (const version of v.versions) versions[`${v.id}@${version.version}`] = version.id
  }
  // Home counts ECTS at 30 h, nearest 0.5; its scale, its grading table; the partner's letter scale and table; a fixed table.
  await ok(who.office, 'PUT', `${base()}/rule`, { systemVersionId: versions['ects@1'], factorOverride: 30, rounding: 'nearest_0_5', decimals: 1 })
  ids.tens = (await ok(who.office, 'POST', `${base()}/scales`, tensScale)).id
  ids.homeTable = (await ok(who.office, 'POST', `${base()}/grading-tables`, table(ids.tens, [['10', 10], ['9', 30], ['8', 40], ['7', 60], ['6', 40], ['5', 20]]))).id
  const partnerSlug = (await service(tx => tx.selectFrom('institutions').select('slug').where('id', '=', ids.partnerInst).executeTakeFirstOrThrow())).slug
  ids.letters = (await ok(who.partner, 'POST', `/api/institutions/${partnerSlug}/credits/scales`, { name: { en: 'Letters' }, grades: ['A', 'B', 'C', 'D', 'E', 'F'].map(value => ({ value, passing: value !== 'F' })) })).id
  ids.hostTable = (await ok(who.partner, 'POST', `/api/institutions/${partnerSlug}/credits/grading-tables`, table(ids.letters, [['A', 30], ['B', 75], ['C', 90], ['D', 75], ['E', 30]]))).id
  ids.fixed = (await ok(who.office, 'POST', `${base()}/conversion-tables`, { fromScaleId: ids.letters, toScaleId: ids.tens, rows: [{ fromValue: 'A', toValue: '10' }, { fromValue: 'B', toValue: '8' }] })).id
}, 300_000)
afterAll(async () => {
  await stop?.()
})

describe('GET /api/credits/systems', () => {
  matrix('GET', () => '/api/credits/systems', { anon: 200, student: 200, office: 200 })
})

describe('GET /api/institutions/:slug/credits', () => {
  matrix('GET', () => base(), { anon: 401, student: 200, office: 200, partner: 200, outsider: 200, secretariat: 200 })
  it('tells the office it may edit, the student not; the partner sees home\'s grading table, the outsider does not', async () => {
    expect((await expectStatus('office', 'GET', base(), 200)).json.permissions.can_edit).toBe(true)
    expect((await expectStatus('student', 'GET', base(), 200)).json.permissions.can_edit).toBe(false)
    expect((await expectStatus('partner', 'GET', base(), 200)).json.gradingTables.map((g: { id: string }) => g.id)).toEqual([ids.homeTable])
    expect((await expectStatus('outsider', 'GET', base(), 200)).json.gradingTables).toEqual([])
  })
  it('an institution that does not exist is 404', async () => {
    await expectStatus('office', 'GET', '/api/institutions/no-such-place/credits', 404)
  })
})

describe('PUT /api/institutions/:slug/credits/rule', () => {
  const body = () => ({ systemVersionId: versions['ects@1'], factorOverride: 25, rounding: 'down_0_5', decimals: 1 })
  matrix('PUT', () => `${base()}/rule`, { anon: 401, student: 403, partner: 403, outsider: 403, secretariat: 403 }, body)
  it('the office saves a new version; the history keeps the first', async () => {
    await expectStatus('office', 'PUT', `${base()}/rule`, 200, body())
    const view = (await expectStatus('office', 'GET', base(), 200)).json
    expect(view.history.map((h: { version: number; factorOverride: number }) => [h.version, h.factorOverride])).toEqual([[2, 25], [1, 30]])
    await expectStatus('office', 'PUT', `${base()}/rule`, 200, { ...body(), factorOverride: 30, rounding: 'nearest_0_5' })
  })
  it('bad input is a translated 422: an unknown rounding; a per-institution system without a factor', async () => {
    const rounding = await expectStatus('office', 'PUT', `${base()}/rule`, 422, { ...body(), rounding: 'sideways' })
    expect(rounding.json.data.issues[0].path).toBe('rounding')
    const noFactor = await expectStatus('office', 'PUT', `${base()}/rule`, 422, { ...body(), systemVersionId: versions['acts@1'], factorOverride: null })
    expect(noFactor.json.data.key).toBe('errors.database.constraint')
    expect(noFactor.json.message).toMatch(/[\u0E00-\u0E7F]/)
  })
})

describe('POST /api/institutions/:slug/credits/preview', () => {
  const body = () => ({ credits: 3, sourceVersionId: versions['th_credit@1'] })
  matrix('POST', () => `${base()}/preview`, { anon: 401, student: 200, office: 200, partner: 200, outsider: 200 }, body)
  it('answers 4.5 ECTS with the trail in the asker\'s language and the rule versions used', async () => {
    const reply = (await expectStatus('student', 'POST', `${base()}/preview`, 200, body())).json
    expect(reply.credits).toBe(4.5)
    expect(reply.explanation[0]).toContain('หน่วยกิตไทย')
    expect(reply.rules.sourceVersionId).toBe(versions['th_credit@1'])
  })
  it('an institution without a rule is a translated 409; negative credits and a per-institution source without hours are 422', async () => {
    const none = await expectStatus('office', 'POST', `/api/institutions/${ids.outsiderSlug}/credits/preview`, 409, body())
    expect(none.json.message).toBe('สถาบันนี้ยังไม่ได้เลือกระบบหน่วยกิต')
    await expectStatus('office', 'POST', `${base()}/preview`, 422, { ...body(), credits: -1 })
    const noFactor = await expectStatus('office', 'POST', `${base()}/preview`, 422, { ...body(), sourceVersionId: versions['cn_credit@1'] })
    expect(noFactor.json.data.key).toBe('credits.errors.noSourceFactor')
  })
})

describe('POST scales, grading tables and conversion tables', () => {
  matrix('POST', () => `${base()}/scales`, { anon: 401, student: 403, partner: 403, outsider: 403, secretariat: 403, office: 201 }, () => tensScale)
  matrix('POST', () => `${base()}/conversion-tables`, { anon: 401, student: 403, partner: 403, outsider: 403 },
    () => ({ fromScaleId: ids.letters, toScaleId: ids.tens, rows: [{ fromValue: 'A', toValue: '10' }] }))
  matrix('POST', () => `${base()}/grading-tables`, { anon: 401, student: 403, partner: 403, outsider: 403 }, () => table(ids.tens, [['10', 1]]))
  it('bad input is 422 naming the field: one grade only, four years, a failing grade counted, a grade the scale lacks', async () => {
    expect((await expectStatus('office', 'POST', `${base()}/scales`, 422, { ...tensScale, grades: [{ value: 'P', passing: true }] })).json.data.issues[0].path).toBe('grades')
    expect((await expectStatus('office', 'POST', `${base()}/grading-tables`, 422, { ...table(ids.tens, [['10', 1]]), fromYear: 2020 })).json.data.issues[0].path).toBe('toYear')
    expect((await expectStatus('office', 'POST', `${base()}/grading-tables`, 422, table(ids.tens, [['4', 3]]))).json.data.issues[0].code).toBe('not_passing')
    expect((await expectStatus('office', 'POST', `${base()}/conversion-tables`, 422,
      { fromScaleId: ids.letters, toScaleId: ids.tens, rows: [{ fromValue: 'Z', toValue: '10' }] })).json.data.issues[0].path).toBe('rows.0.fromValue')
  })
})

describe('POST /api/credits/grades/convert', () => {
  const byTables = () => ({ grade: { scaleId: ids.letters, value: 'B' }, fromTableId: ids.hostTable, toTableId: ids.homeTable })
  matrix('POST', () => '/api/credits/grades/convert', { anon: 401, student: 404, outsider: 404, secretariat: 404, office: 200, partner: 200 }, byTables)
  it('converts host B to home 8 by percentile and A to 10 by the fixed table; a grade of another scale is 422', async () => {
    expect((await expectStatus('office', 'POST', '/api/credits/grades/convert', 200, byTables())).json.to).toEqual({ scaleId: ids.tens, value: '8' })
    expect((await expectStatus('partner', 'POST', '/api/credits/grades/convert', 200, { grade: { scaleId: ids.letters, value: 'A' }, conversionTableId: ids.fixed })).json.to)
      .toEqual({ scaleId: ids.tens, value: '10' })
    await expectStatus('office', 'POST', '/api/credits/grades/convert', 422, { ...byTables(), grade: { scaleId: ids.tens, value: '8' } })
    await expectStatus('office', 'POST', '/api/credits/grades/convert', 422, { grade: { value: 'B' }, fromTableId: ids.hostTable })
  })
})

describe('DELETE scales and tables', () => {
  it('a conversion table: 401 to a visitor, 404 to whoever cannot see it, 403 to a partner who can, 200 to the office, then 404', async () => {
    const path = `/api/credits/conversion-tables/${ids.fixed}`
    for (const [role, status] of [['anon', 401], ['outsider', 404], ['student', 404], ['partner', 403], ['office', 200], ['office', 404]] as const) await expectStatus(role, 'DELETE', path, status)
  })
  it('a grading table: the same', async () => {
    const path = `/api/credits/grading-tables/${ids.homeTable}`
    for (const [role, status] of [['anon', 401], ['outsider', 404], ['partner', 403], ['office', 200], ['office', 404]] as const) await expectStatus(role, 'DELETE', path, status)
  })
  it('a scale, which anyone signed in sees: 403 to all but its office; an id that is no uuid is 404', async () => {
    const path = `/api/credits/scales/${ids.tens}`
    for (const [role, status] of [['anon', 401], ['outsider', 403], ['student', 403], ['partner', 403], ['office', 200], ['office', 404]] as const) await expectStatus(role, 'DELETE', path, status)
    await expectStatus('office', 'DELETE', '/api/credits/scales/not-a-uuid', 404)
  })
})

describe('the page', () => {
  it('shows the office its rule versions in Thai; a visitor is sent to sign in', async () => {
    const page = await who.office.request('GET', `/th/institutions/${ids.homeSlug}/credits`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('หน่วยกิตและผลการเรียน')
    expect(page.text).toContain('กฎปัจจุบัน: ฉบับที่ 3')
    expect(page.text).toContain('data-testid="save-rule"')
    const student = await who.student.request('GET', `/th/institutions/${ids.homeSlug}/credits`)
    expect(student.text).toContain('เฉพาะเจ้าหน้าที่ของสถาบันนี้เท่านั้นที่เปลี่ยนการตั้งค่าเหล่านี้ได้')
    expect(student.text).not.toContain('data-testid="save-rule"')
    const visitor = await who.anon.request('GET', `/th/institutions/${ids.homeSlug}/credits`)
    expect(visitor.status === 302 || !visitor.text.includes('data-testid="credits-page"')).toBe(true)
  })
})
