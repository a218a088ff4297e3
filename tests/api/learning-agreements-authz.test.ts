import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoClients, roleRequests } from './authz-fixtures'
import { pdfText } from '../e2e/pdf-text'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Who may call each learning agreement route, on the demo's Hanoi student nominated to Nanning: the student, the
 * sending office (Hanoi) and the receiving office (Nanning) are the parties; a classmate, another institution's staff
 * and the secretariat see nothing (404, as for the application itself); a visitor is asked to sign in (401). Routes
 * run in the order of the lifecycle, so each row finds the state it needs. Refusals are asked in Thai and answered so.
 */
const WHO = { student: 'student.hanoi', classmate: 'student.vietnam', sending: 'office.hanoi', receiving: 'office.nanning', other: 'partner.thai', secretariat: 'secretariat' } as const
type Role = 'anon' | keyof typeof WHO
const THAI = /[\u0E00-\u0E7F]/

let server: RunningServer
const people = {} as Record<Role, Client>
const { ok, expectStatus, matrix } = roleRequests(people)
let applicationId = ''
let laId = ''
const la = () => `/api/learning-agreements/${laId}`
const LINES = [
  { side: 'host', code: 'ME201', title: { en: 'Mechatronics', zh: '机电一体化' }, credits: 3, creditLabel: 'CN credits', term: 'Spring 2027', recognitionGroup: 'A' },
  { side: 'home', code: 'MEC310', title: { en: 'Mechatronic systems', vi: 'Hệ thống cơ điện tử' }, credits: 3, creditLabel: 'tín chỉ', term: '', recognitionGroup: 'A' },
]

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  Object.assign(people, await demoClients(server, WHO), { anon: client(server.url) })
  const mine = await ok(people.student, 'GET', '/api/mobility/applications')
  const items = (Array.isArray(mine) ? mine : mine.items) as { id: string; state: string }[]
  applicationId = items.find(a => a.state === 'nominated')!.id
}, 120_000)
afterAll(() => server?.stop())

describe('before a learning agreement exists', () => {
  matrix('GET', () => `/api/learning-agreements?applicationId=${applicationId}`,
    { anon: 401, student: 200, sending: 200, receiving: 200, classmate: 404, other: 404, secretariat: 404 })
  it('offers the student and the sending office to start it, not the receiving office', async () => {
    expect((await ok(people.student, 'GET', `/api/learning-agreements?applicationId=${applicationId}`)).can_create).toBe(true)
    expect((await ok(people.receiving, 'GET', `/api/learning-agreements?applicationId=${applicationId}`)).can_create).toBe(false)
  })
  matrix('POST', () => '/api/learning-agreements', { anon: 401, classmate: 404, other: 404, secretariat: 404, receiving: 403 }, () => ({ applicationId }))
  it('the student starts it (version 1, a draft); starting it again is 409', async () => {
    const created = await ok(people.student, 'POST', '/api/learning-agreements', { applicationId })
    laId = created.id
    expect(created.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[1, 'draft']])
    const again = await expectStatus('sending', 'POST', '/api/learning-agreements', 409, { applicationId })
    expect(again.json.message).toMatch(THAI)
  })
})

describe('a learning agreement through its lifecycle', () => {
  matrix('GET', () => la(), { anon: 401, student: 200, sending: 200, receiving: 200, classmate: 404, other: 404, secretariat: 404 })
  matrix('GET', () => '/api/learning-agreements', { anon: 401, student: 200, other: 200 })
  it('lists it for its parties only', async () => {
    expect((await ok(people.receiving, 'GET', '/api/learning-agreements')).items.map((i: { id: string }) => i.id)).toContain(laId)
    expect((await ok(people.other, 'GET', '/api/learning-agreements')).items.map((i: { id: string }) => i.id)).not.toContain(laId)
  })

  const draft = (revision: number) => () => ({ version: 1, revision, components: LINES })
  matrix('PUT', () => `${la()}/draft`, { anon: 401, classmate: 404, other: 404, secretariat: 404, receiving: 403 }, draft(1))
  it('the student saves the draft with the home programme; the sending office on the old revision gets 409 in Thai', async () => {
    const saved = await ok(people.student, 'PUT', `${la()}/draft`, { ...draft(1)(), homeProgramme: 'BEng Mechatronics' })
    expect(saved.home_programme).toBe('BEng Mechatronics')
    const stale = await expectStatus('sending', 'PUT', `${la()}/draft`, 409, draft(1)())
    expect(stale.json.data.key).toBe('learningAgreements.errors.staleVersion')
    expect(stale.json.message).toMatch(THAI)
  })

  it('the parties read the programme; earlier recognition is offered to the drafters, not to the receiving office', async () => {
    for (const role of ['student', 'sending', 'receiving'] as const) expect((await ok(people[role], 'GET', la())).home_programme).toBe('BEng Mechatronics')
    for (const role of ['student', 'sending'] as const) expect(Object.keys((await ok(people[role], 'GET', la())).precedents)).toEqual(['ME201'])
    expect((await ok(people.receiving, 'GET', la())).precedents).toEqual({})
  })

  matrix('POST', () => `${la()}/propose`, { anon: 401, classmate: 404, other: 404, secretariat: 404, receiving: 403 }, () => ({ version: 1, revision: 2 }))
  let hash = ''
  it('the sending office proposes it', async () => {
    const reply = await ok(people.sending, 'POST', `${la()}/propose`, { version: 1, revision: 2 })
    hash = reply.versions[0].content_hash
    expect(reply.versions[0].state).toBe('proposed')
  })

  const signAs = (party: string) => () => ({ version: 1, party, contentHash: hash })
  matrix('POST', () => `${la()}/sign`, { anon: 401, classmate: 404, other: 404, secretariat: 404, receiving: 403 }, signAs('student'))
  it('a signature with another hash is 409; each party signs for itself and the third makes it signed', async () => {
    await expectStatus('student', 'POST', `${la()}/sign`, 409, { version: 1, party: 'student', contentHash: 'a'.repeat(64) })
    await ok(people.student, 'POST', `${la()}/sign`, signAs('student')())
    await ok(people.receiving, 'POST', `${la()}/sign`, signAs('receiving')())
    const last = await ok(people.sending, 'POST', `${la()}/sign`, signAs('sending')())
    expect(last.versions[0].state).toBe('signed')
    expect(last.versions[0].signatures).toHaveLength(3)
  })
  matrix('GET', () => `${la()}?format=pdf`, { anon: 401, student: 200, sending: 200, receiving: 200, classmate: 404, other: 404, secretariat: 404 })
  it('the parties read it as a PDF in the student\'s language and English (or Chinese): lines, signatures and the content hash', async () => {
    const flat = (text: string) => text.replace(/\s/g, '')
    for (const [who, second] of [['student', ''], ['receiving', '&second=zh']] as const) {
      const reply = await people[who].request('GET', `${la()}?format=pdf${second}`)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('content-type')).toContain('application/pdf')
      const text = pdfText(reply.bytes)
      for (const code of ['ME201', 'MEC310']) expect(text).toContain(code)
      expect(flat(text)).toContain(hash)
      // The student (Phạm Minh Tuấn) reads Vietnamese: the first column is Vietnamese, the second English or Chinese.
      expect(text).toContain('Thỏa thuận học tập')
      expect(text).toContain(second ? '学习协议' : 'Learning agreement')
    }
    await expectStatus('student', 'GET', `${la()}?format=docx`, 422)
  })
  matrix('POST', () => `${la()}/reject`, { anon: 401, classmate: 404, other: 404, receiving: 409, student: 403 },
    () => ({ version: 1, party: 'receiving', comment: 'Too late' }))

  matrix('POST', () => `${la()}/versions`, { anon: 401, classmate: 404, other: 404, secretariat: 404, receiving: 403 }, () => ({ baseVersion: 1 }))
  it('a change proposal starts from the signed version; a stale base is 409', async () => {
    await expectStatus('student', 'POST', `${la()}/versions`, 409, { baseVersion: 0 })
    const reply = await ok(people.student, 'POST', `${la()}/versions`, { baseVersion: 1 })
    expect(reply.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[2, 'draft'], [1, 'signed']])
    await ok(people.student, 'PUT', `${la()}/draft`, { version: 2, revision: 1, components: [LINES[0], { ...LINES[1], code: 'MEC320' }] })
  })
  matrix('GET', () => `${la()}/compare?from=1&to=2`, { anon: 401, student: 200, sending: 200, receiving: 200, classmate: 404, other: 404, secretariat: 404 })
  it('compare names the swapped home course', async () => {
    const diff = await ok(people.receiving, 'GET', `${la()}/compare?from=1&to=2`)
    expect([diff.added.map((l: { code: string }) => l.code), diff.removed.map((l: { code: string }) => l.code)]).toEqual([['MEC320'], ['MEC310']])
  })
  it('a rejection needs a comment and is read by the other parties', async () => {
    await ok(people.student, 'POST', `${la()}/propose`, { version: 2, revision: 2 })
    await expectStatus('receiving', 'POST', `${la()}/reject`, 422, { version: 2, party: 'receiving', comment: '  ' })
    await ok(people.receiving, 'POST', `${la()}/reject`, { version: 2, party: 'receiving', comment: 'MEC320 is not equivalent' })
    const seen = await ok(people.student, 'GET', la())
    expect([seen.versions[0].state, seen.versions[0].rejection_comment]).toEqual(['rejected', 'MEC320 is not equivalent'])
  })
})

describe('bad input is a translated 4xx, never a 500', () => {
  it.each([
    ['POST', '/api/learning-agreements', 422, { applicationId: 'not-a-uuid' }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [{ ...LINES[0], credits: -1 }] }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [{ ...LINES[0], side: 'abroad' }] }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [{ ...LINES[0], title: {} }] }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [LINES[0]], homeProgramme: 'x'.repeat(121) }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [LINES[0]], homeProgramme: '' }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [LINES[0]], homeProgramme: 42 }],
    ['PUT', 'draft', 422, { version: 3, revision: 1, components: [LINES[0]], homeProgramme: 'BEng\u0000' }],
    ['POST', 'sign', 422, { version: 1, party: 'student', contentHash: 'xyz' }],
    ['POST', 'versions', 422, { baseVersion: -1 }],
    ['POST', 'versions', 400, '{"baseVersion":'],
    ['GET', 'compare?from=abc&to=1', 422, undefined],
  ] as const)('%s %s → %i', async (method, path, status, body) => {
    const url = path.startsWith('/') ? path : `${la()}/${path}`
    const reply = await expectStatus('student', method, url, status, body)
    expect(reply.json.message).toMatch(THAI)
  })
  it('an id that cannot be one is 404', async () => {
    await expectStatus('student', 'GET', '/api/learning-agreements/not-a-uuid', 404)
  })
})
