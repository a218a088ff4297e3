import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoClients, roleRequests } from './authz-fixtures'
import { loadMessages, translate } from '../../server/i18n/messages'
import { explainTrail } from '../../shared/credits/conversion'
import { pdfText } from '../e2e/pdf-text'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Who may call each transcript and recognition route, on the demo's Hanoi student nominated to Nanning, after the
 * three parties signed a learning agreement: the receiving office (Nanning) enters and issues the transcript, the
 * sending office (Hanoi) decides, the student shares and appeals; a classmate, another institution's staff and the
 * secretariat see nothing (404); a visitor is asked to sign in (401). Refusals are asked in Thai and answered so.
 */
const WHO = { student: 'student.hanoi', classmate: 'student.vietnam', sending: 'office.hanoi', receiving: 'office.nanning', other: 'partner.thai', secretariat: 'secretariat' } as const
type Role = 'anon' | keyof typeof WHO
const THAI = /[\u0E00-\u0E7F]/
const NOT_PARTY = { anon: 401, classmate: 404, other: 404, secretariat: 404 } as const

let server: RunningServer
const people = {} as Record<Role, Client>
const { ok, expectStatus, matrix } = roleRequests(people)
let laId = ''
let scaleId = ''
const la = () => `/api/learning-agreements/${laId}`
const LINES = [
  { side: 'host', code: 'ME201', title: { en: 'Mechatronics', zh: '机电一体化' }, credits: 3, creditLabel: 'CN credits', term: 'Spring 2027', recognitionGroup: 'A' },
  { side: 'host', code: 'PLC110', title: { en: 'PLC basics', zh: 'PLC 基础' }, credits: 2, creditLabel: 'CN credits', term: 'Spring 2027', recognitionGroup: 'B' },
  { side: 'home', code: 'MEC310', title: { en: 'Mechatronic systems', vi: 'Hệ thống cơ điện tử' }, credits: 2, creditLabel: 'tín chỉ', term: '', recognitionGroup: 'A' },
  { side: 'home', code: 'ELC220', title: { en: 'Automation', vi: 'Tự động hóa' }, credits: 2, creditLabel: 'tín chỉ', term: '', recognitionGroup: 'B' },
]
const results = () => ({ results: [
  { code: 'ME201', status: 'passed', grade: { scaleId, value: '80–89' }, credits: 3 },
  { code: 'PLC110', status: 'failed', grade: { scaleId, value: '0–59' }, credits: 0 },
] })

beforeAll(async () => {
  loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8')))
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  Object.assign(people, await demoClients(server, WHO), { anon: client(server.url) })
  const mine = await ok(people.student, 'GET', '/api/mobility/applications')
  const items = (Array.isArray(mine) ? mine : mine.items) as { id: string; state: string }[]
  const applicationId = items.find(a => a.state === 'nominated')!.id
  laId = (await ok(people.student, 'POST', '/api/learning-agreements', { applicationId })).id
  await ok(people.student, 'PUT', `${la()}/draft`, { version: 1, revision: 1, components: LINES, homeProgramme: 'BEng Mechatronics' })
  const proposed = await ok(people.student, 'POST', `${la()}/propose`, { version: 1, revision: 2 })
  const contentHash = proposed.versions[0].content_hash
  for (const party of ['student', 'receiving', 'sending'] as const) await ok(people[party], 'POST', `${la()}/sign`, { version: 1, party, contentHash })
  scaleId = (await ok(people.receiving, 'GET', `${la()}/recognition`)).hostScales[0].id
}, 180_000)
afterAll(() => server?.stop())

describe('the transcript', () => {
  matrix('GET', () => `${la()}/recognition`, { ...NOT_PARTY, student: 200, sending: 200, receiving: 200 })
  matrix('PUT', () => `${la()}/transcript/results`, { ...NOT_PARTY, student: 403, sending: 403 }, results)
  it('the receiving office enters results; a grade not on the scale is a translated 422 and writes nothing', async () => {
    const bad = await expectStatus('receiving', 'PUT', `${la()}/transcript/results`, 422, { results: [{ ...results().results[0], grade: { scaleId, value: 'A+' } }] })
    expect(bad.json.message).toMatch(THAI)
    expect((await ok(people.receiving, 'GET', `${la()}/recognition`)).host.every((h: { result: unknown }) => h.result === null)).toBe(true)
    const reply = await ok(people.receiving, 'PUT', `${la()}/transcript/results`, results())
    expect(reply.host.map((h: { code: string; result: { status: string } }) => [h.code, h.result.status])).toEqual([['ME201', 'passed'], ['PLC110', 'failed']])
  })
  matrix('POST', () => `${la()}/transcript/results`, { ...NOT_PARTY, student: 403, sending: 403 },
    () => ({ filename: 't.csv', content: Buffer.from('code,status,grade,credits\nME201,passed,80–89,3\n').toString('base64'), scaleId }))
  it('an import with a wrong row reports it in Thai and writes nothing', async () => {
    const content = Buffer.from('code,status,grade,credits\nXX999,passed,80–89,3\n').toString('base64')
    const reply = await people.receiving.request('POST', `${la()}/transcript/results`, { filename: 't.csv', content, scaleId }, { 'x-locale': 'th' })
    expect(reply.status).toBe(200)
    expect(reply.json.written).toBe(false)
    expect(reply.json.errors[0].message).toMatch(THAI)
  })
  matrix('POST', () => `${la()}/transcript/issue`, { ...NOT_PARTY, student: 403, sending: 403 })
  it('the receiving office issues it; then it is locked (409)', async () => {
    const reply = await ok(people.receiving, 'POST', `${la()}/transcript/issue`)
    expect(reply.transcript.state).toBe('issued')
    await expectStatus('receiving', 'PUT', `${la()}/transcript/results`, 409, results())
  })
  it('the home office sees the failed result only once the student shares it', async () => {
    const failed = (await ok(people.student, 'GET', `${la()}/recognition`)).host.find((h: { code: string }) => h.code === 'PLC110').result
    const home = async () => (await ok(people.sending, 'GET', `${la()}/recognition`)).host.filter((h: { result: unknown }) => h.result).map((h: { code: string }) => h.code)
    expect(await home()).toEqual(['ME201'])
    for (const [role, status] of Object.entries({ ...NOT_PARTY, sending: 403, receiving: 403 })) {
      await expectStatus(role as Role, 'POST', `${la()}/transcript/results/${failed.id}/share`, status, { shared: true })
    }
    await ok(people.student, 'POST', `${la()}/transcript/results/${failed.id}/share`, { shared: true })
    expect(await home()).toEqual(['ME201', 'PLC110'])
  })
})

describe('recognition decisions', () => {
  const homeId = async (code: string) => (await ok(people.sending, 'GET', `${la()}/recognition`)).home.find((h: { code: string }) => h.code === code).id
  let mec = ''
  let elc = ''
  beforeAll(async () => {
    mec = await homeId('MEC310')
    elc = await homeId('ELC220')
  })
  matrix('POST', () => `${la()}/decisions`, { ...NOT_PARTY, student: 403, receiving: 403 }, () => ({ homeComponentId: mec, decision: { outcome: 'home_course' } }))
  it('the sending office recognizes with a conversion trail and refuses with a required justification', async () => {
    const reply = await ok(people.sending, 'POST', `${la()}/decisions`, { homeComponentId: mec, decision: { outcome: 'home_course', gradeMethod: { none: 'noTable' } } })
    const dec = reply.home.find((h: { code: string }) => h.code === 'MEC310').decision
    expect([dec.state, dec.outcome, dec.conversion.trail.length > 0]).toEqual(['recognized', 'home_course', true])
    const missing = await expectStatus('sending', 'POST', `${la()}/decisions`, 422, { homeComponentId: elc, decision: { outcome: 'not_recognized', justificationLanguage: 'vi' } })
    expect(missing.json.message).toMatch(THAI)
    await ok(people.sending, 'POST', `${la()}/decisions`, {
      homeComponentId: elc, decision: { outcome: 'not_recognized', justification: { vi: 'Nội dung không tương đương' }, justificationLanguage: 'vi' },
    })
    const seen = (await ok(people.student, 'GET', `${la()}/recognition`)).home.find((h: { code: string }) => h.code === 'ELC220').decision
    expect([seen.state, seen.justification, seen.justificationLanguage]).toEqual(['refused', { vi: 'Nội dung không tương đương' }, 'vi'])
    await expectStatus('sending', 'POST', `${la()}/decisions`, 409, { homeComponentId: mec, decision: { outcome: 'free_elective' } })
  })
  const decision = async (code: string) => (await ok(people.student, 'GET', `${la()}/recognition`)).home.find((h: { code: string }) => h.code === code).decision.id
  it('appeal: only the student, once, with a comment', async () => {
    const id = await decision('ELC220')
    for (const [role, status] of Object.entries({ ...NOT_PARTY, sending: 403, receiving: 403 })) {
      await expectStatus(role as Role, 'POST', `${la()}/decisions/${id}/appeal`, status, { comment: 'Please look again' })
    }
    await expectStatus('student', 'POST', `${la()}/decisions/${id}/appeal`, 422, { comment: '' })
    await ok(people.student, 'POST', `${la()}/decisions/${id}/appeal`, { comment: 'Please look again' })
    const twice = await expectStatus('student', 'POST', `${la()}/decisions/${id}/appeal`, 409, { comment: 'Again' })
    expect(twice.json.message).toMatch(THAI)
  })
  it('resolve: only the sending office, with a comment', async () => {
    const id = await decision('ELC220')
    for (const [role, status] of Object.entries({ ...NOT_PARTY, student: 403, receiving: 403 })) {
      await expectStatus(role as Role, 'POST', `${la()}/decisions/${id}/resolve`, status, { result: 'upheld', comment: 'Checked' })
    }
    await expectStatus('sending', 'POST', `${la()}/decisions/${id}/resolve`, 422, { result: 'revised', comment: 'Checked' })
    const reply = await ok(people.sending, 'POST', `${la()}/decisions/${id}/resolve`, { result: 'upheld', comment: 'Checked' })
    expect(reply.home.find((h: { code: string }) => h.code === 'ELC220').decision.state).toBe('upheld')
  })
  matrix('GET', () => `${la()}/decisions`, { ...NOT_PARTY, student: 200, sending: 200, receiving: 200 })
  it('the recognition document is a PDF in two languages, with the conversion trail of a recognized line in each', async () => {
    const reply = await people.student.request('GET', `${la()}/decisions?second=zh`)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toContain('application/pdf')
    expect(reply.text.startsWith('%PDF')).toBe(true)
    // Lines wrap anywhere in a column: compared without white space.
    const text = pdfText(reply.bytes).replace(/\s/g, '')
    const trail = (await ok(people.student, 'GET', `${la()}/recognition`)).home.find((h: { code: string }) => h.code === 'MEC310').decision.conversion.trail
    for (const locale of ['vi', 'zh']) {
      const steps = explainTrail(trail, (key, params) => translate(locale, key, params), locale)
      expect(steps.length).toBeGreaterThan(1)
      for (const step of steps) expect(text, `${locale}: ${step}`).toContain(step.replace(/\s/g, ''))
      expect(text).toContain(translate(locale, 'recognition.creditTrail').replace(/\s/g, ''))
    }
    // The words of the trail: Chinese credits (学分) on the Chinese side, tín chỉ on the Vietnamese.
    expect(text).toContain('学分')
    expect(text).toContain('tínchỉ')
  })
  it('totals per mobility are shown to the parties', async () => {
    const totals = (await ok(people.student, 'GET', `${la()}/recognition`)).totals
    expect(totals.refused).toBe(2)
    expect(totals.recognized).toBeGreaterThan(0)
    expect(totals.pending).toBe(0)
  })
})

describe('the precedent library', () => {
  const url = async () => {
    const r = await ok(people.sending, 'GET', `${la()}/recognition`)
    return `/api/recognition/precedents?institutionId=${r.homeInstitutionId}&hostInstitutionId=${r.hostInstitutionId}&code=ME201`
  }
  let path = ''
  beforeAll(async () => { path = await url() })
  matrix('GET', () => path, { anon: 401, student: 403, classmate: 403, other: 403, secretariat: 403, receiving: 403, sending: 200 })
  it('lists the decision with who decided, nothing about the student', async () => {
    const reply = await ok(people.sending, 'GET', path)
    expect(reply.precedents[0]).toMatchObject({ outcome: 'home_course', hostCode: 'ME201', homeCode: 'MEC310' })
    expect(JSON.stringify(reply)).not.toContain(laId)
  })
  it('shows the programme decided for and filters by it (case-insensitive)', async () => {
    const all = await ok(people.sending, 'GET', path)
    expect([all.precedents[0].homeProgramme, all.programmes]).toEqual(['BEng Mechatronics', ['BEng Mechatronics']])
    expect((await ok(people.sending, 'GET', `${path}&programme=beng%20mechatronics`)).precedents.map((p: { sameProgramme: boolean }) => p.sameProgramme)).toEqual([true])
    expect((await ok(people.sending, 'GET', `${path}&programme=BSc%20Robotics`)).precedents).toEqual([])
    await expectStatus('student', 'GET', `${path}&programme=BSc%20Robotics`, 403)
  })
})

describe('bad input is a translated 4xx, never a 500', () => {
  it.each([
    ['PUT', 'transcript/results', 422, { results: [] }],
    ['PUT', 'transcript/results', 422, { results: [{ code: 'ME201', status: 'excellent', credits: 3 }] }],
    ['PUT', 'transcript/results', 422, { results: [{ code: 'ME201', status: 'passed', credits: -1, grade: null }] }],
    ['POST', 'decisions', 422, { homeComponentId: 'x', decision: { outcome: 'home_course' } }],
    ['POST', 'decisions', 422, { homeComponentId: '00000000-0000-4000-8000-000000000000', decision: { outcome: 'maybe' } }],
    ['POST', 'decisions', 400, '{"homeComponentId":'],
    ['GET', '/api/recognition/precedents?institutionId=nope', 422, undefined],
    ['GET', `/api/recognition/precedents?institutionId=00000000-0000-4000-8000-000000000000&courseUnitId=00000000-0000-4000-8000-000000000000&programme=${'x'.repeat(121)}`, 422, undefined],
  ] as const)('%s %s → %i', async (method, path, status, body) => {
    const url = path.startsWith('/') ? path : `${la()}/${path}`
    const role = path.startsWith('transcript') ? 'receiving' : 'sending'
    const reply = await expectStatus(role, method, url, status, body)
    expect(reply.json.message).toMatch(THAI)
  })
})
