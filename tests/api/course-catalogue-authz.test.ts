import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each course-catalogue route: anyone reads a member's active units and exports them; the institution's
 * staff (office or partner) write and import; the secretariat, a student, another office and an outsider are refused
 * (403), an anonymous visitor 401. Bad files and bad input are translated 4xx, never 500.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'office' | 'partner' | 'student' | 'otherOffice' | 'secretariat' | 'outsider'
const who = {} as Record<Role, Client>
let home: string, slug: string
const { ok, expectStatus, matrix } = roleRequests(who)

async function person(role: Role, institution: string | null, memberRole: MemberRole = 'student') {
  who[role] = (await memberClient(server, fixtures.db, `courses-${role}`, institution, memberRole)).client
}
const unit = (credits = 3) => ({ title: { zh: '数据结构', en: 'Data structures' }, credits, contactHours: 48, workloadHours: 96, eqfLevel: 6,
  iscedField: '0613', languages: ['zh', 'en'], term: 'autumn', learningOutcomes: { en: 'Implements lists and trees.' } })
const csv = (text: string) => ({ filename: 'courses.csv', content: Buffer.from(text).toString('base64') })
const HEADER = 'code,title_zh,title_km,credits,workload_hours,eqf_level,languages,term'

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('courses'))
  home = await institutionRow(fixtures.db, 'courses-home')
  const other = await institutionRow(fixtures.db, 'courses-other')
  slug = (await asService(fixtures.db, 'test fixture', tx => tx.selectFrom('institutions').select('slug').where('id', '=', home).executeTakeFirstOrThrow())).slug
  who.anon = client(server.url)
  await person('office', home, 'office_staff')
  await person('partner', home, 'partner_staff')
  await person('student', home)
  await person('otherOffice', other, 'office_staff')
  await person('secretariat', other, 'secretariat')
  await person('outsider', null)
  await ok(who.office, 'PUT', `/api/institutions/${slug}/courses/CS101`, unit())
}, 240_000)
afterAll(async () => {
  await stop?.()
})

const everyoneReads = { anon: 200, office: 200, partner: 200, student: 200, otherOffice: 200, secretariat: 200, outsider: 200 }
const staffWrite = { anon: 401, office: 200, partner: 200, student: 403, otherOffice: 403, secretariat: 403, outsider: 403 }

describe('GET /api/institutions/:slug/courses', () => matrix('GET', () => `/api/institutions/${slug}/courses?q=cs`, everyoneReads))
describe('GET /api/institutions/:slug/courses/:code', () => matrix('GET', () => `/api/institutions/${slug}/courses/CS101`, everyoneReads))
describe('GET /api/institutions/:slug/course-catalogue/export', () => matrix('GET', () => `/api/institutions/${slug}/course-catalogue/export?format=csv`, everyoneReads))
describe('PUT /api/institutions/:slug/courses/:code', () => matrix('PUT', () => `/api/institutions/${slug}/courses/CS101`, staffWrite, () => unit(4)))
describe('POST /api/institutions/:slug/course-catalogue/import', () =>
  matrix('POST', () => `/api/institutions/${slug}/course-catalogue/import`, staffWrite, () => ({ ...csv(`${HEADER}\nCS101,数据结构,,3,96,6,zh,autumn`), dryRun: true })))

describe('what people notice', () => {
  it('a new code is created (201), an existing one updated (200); the public reads it, with the staff told they may edit', async () => {
    expect((await who.office.request('PUT', `/api/institutions/${slug}/courses/NEW-1`, unit())).status).toBe(201)
    expect((await who.office.request('PUT', `/api/institutions/${slug}/courses/NEW-1`, unit(5))).status).toBe(200)
    const anon = await who.anon.get(`/api/institutions/${slug}/courses/NEW-1`)
    expect(anon.json).toMatchObject({ unit: { credits: '5.00', languages: ['zh', 'en'] }, permissions: { can_edit: false } })
    expect((await who.partner.get(`/api/institutions/${slug}/courses/NEW-1`)).json.permissions.can_edit).toBe(true)
  })
  it('an inactive unit disappears from the public catalogue but stays for the office', async () => {
    await ok(who.office, 'PUT', `/api/institutions/${slug}/courses/OLD-1`, { ...unit(), active: false })
    expect((await who.anon.get(`/api/institutions/${slug}/courses/OLD-1`)).status).toBe(404)
    expect((await who.anon.get(`/api/institutions/${slug}/courses`)).json.units.map((u: { code: string }) => u.code)).not.toContain('OLD-1')
    expect((await who.office.get(`/api/institutions/${slug}/courses`)).json.units.map((u: { code: string }) => u.code)).toContain('OLD-1')
  })
  it('an import with a bad row writes nothing and answers the row, column and message in the reader\'s language', async () => {
    const reply = await who.office.request('POST', `/api/institutions/${slug}/course-catalogue/import`,
      csv(`${HEADER}\nKM-1,,ភាសាខ្មែរ,3,90,5,km,spring\nKM-2,,គណិតវិទ្យា,many,90,5,km,spring`), { 'x-locale': 'zh' })
    expect(reply.status, reply.text).toBe(200)
    expect(reply.json).toMatchObject({ written: false, valid: 1, errors: [{ row: 3, column: 'credits', key: 'courses.import.row.notANumber' }] })
    expect(reply.json.errors[0].message).toContain('不是数字')
    expect((await who.anon.get(`/api/institutions/${slug}/courses/KM-1`)).status).toBe(404)
    const valid = await ok(who.office, 'POST', `/api/institutions/${slug}/course-catalogue/import`,
      { ...csv(`${HEADER}\nKM-1,,ភាសាខ្មែរ,3,90,5,km,spring\nKM-2,,គណិតវិទ្យា,many,90,5,km,spring`), mode: 'valid_rows' })
    expect(valid).toMatchObject({ written: true, created: 1 })
    expect((await who.anon.get(`/api/institutions/${slug}/courses?language=km`)).json.units.map((u: { code: string }) => u.code)).toEqual(['KM-1'])
  })
  it('the XLSX export and template have the import\'s header; an unknown institution is 404', async () => {
    const reply = await fetch(`${server.url}/api/institutions/${slug}/course-catalogue/export?format=xlsx&template=1`)
    expect(reply.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await reply.arrayBuffer())
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('code')
    expect(workbook.worksheets[0]!.rowCount).toBe(1)
    expect((await who.anon.get('/api/institutions/no-such-place/courses')).status).toBe(404)
  })
})

describe('bad input is a translated 4xx', () => {
  const path = () => `/api/institutions/${slug}/course-catalogue/import`
  it.each([
    ['a PDF', { filename: 'c.pdf', content: Buffer.from('%PDF-1.7\n1 0 obj').toString('base64') }, 415, 'courses.import.errors.fileType'],
    ['a CSV without the required columns', csv('code,title_en\nA1,x'), 422, 'courses.import.errors.missingColumns'],
    ['an empty file', { filename: 'c.csv', content: '' }, 422, 'courses.import.errors.empty'],
    ['a file too large', { filename: 'c.csv', content: Buffer.alloc(720 * 1024, 65).toString('base64') }, 413, 'courses.import.errors.tooLarge'],
    ['content that is not base64', { filename: 'c.csv', content: '!!!' }, 422, 'errors.validation'],
    ['a broken XLSX', { filename: 'c.xlsx', content: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]).toString('base64') }, 415, 'courses.import.errors.fileType'],
  ])('%s', async (_l, body, status, key) => {
    const reply = await expectStatus('office', 'POST', path(), status, body)
    expect(reply.json.data.key).toBe(key)
    expect(reply.json.message).not.toBe(key)
  })
  it('a unit without a title, with an unknown field or a code that cannot be one is refused', async () => {
    expect((await expectStatus('office', 'PUT', `/api/institutions/${slug}/courses/X1`, 422, { ...unit(), title: {} })).json.data.key).toBe('errors.validation')
    expect((await expectStatus('office', 'PUT', `/api/institutions/${slug}/courses/X1`, 422, { ...unit(), iscedField: '9999' })).json.data.key).toBe('errors.validation')
    expect((await expectStatus('office', 'PUT', `/api/institutions/${slug}/courses/X1`, 422, { ...unit(), eqfLevel: null })).json.data.key).toBe('errors.validation')
    await expectStatus('office', 'PUT', `/api/institutions/${slug}/courses/${encodeURIComponent('bad*code')}`, 404, unit())
    await expectStatus('anon', 'GET', `/api/institutions/${slug}/courses?eqfLevel=12`, 422)
    await expectStatus('anon', 'GET', `/api/institutions/${slug}/course-catalogue/export?format=pdf`, 422)
  })
})
