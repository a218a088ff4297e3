import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadMessages } from '../../server/i18n/messages'
import { pdfText } from '../e2e/pdf-text'
import { demoClients, roleRequests } from './authz-fixtures'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Who may call each certificate route, on a joint certificate of the demo's Nanning college and Thai college for the
 * Bangkok student: the co-issuers' staff run it, the holder reads and downloads it once issued, another institution's
 * staff and another student see nothing (404), a visitor is asked to sign in (401) but reads the public verification
 * and drops files on it. Refusals are asked in Thai and answered so. Then the two download formats and the file check.
 */
const WHO = { holder: 'student.bangkok', owner: 'office.nanning', coIssuer: 'partner.thai', other: 'office.hanoi', student: 'student.vietnam' } as const
type Role = 'anon' | keyof typeof WHO
const THAI = /[\u0E00-\u0E7F]/
const OUTSIDERS = { anon: 401, other: 404, student: 404 } as const

let server: RunningServer
const people = {} as Record<Role, Client>
const { ok, expectStatus, matrix } = roleRequests(people)
let nanning = '', thai = '', holderId = '', templateId = '', issuedId = '', pendingId = '', publicId = '', serial = ''

const template = () => ({
  ownerInstitutionId: nanning, languages: ['zh', 'th', 'en'],
  title: { zh: '联合培训证书', th: 'ประกาศนียบัตรการฝึกอบรมร่วม', en: 'Joint training certificate' },
  programme: { en: 'Smart manufacturing' }, hours: 40, shownFields: ['native_name', 'latin_name', 'programme', 'hours'],
  serialScheme: 'API-{YYYY}-{SEQ:4}',
  issuers: [{ institutionId: nanning, signatoryName: { zh: '黄晓东' } }, { institutionId: thai, signatoryName: { th: 'สมชาย ใจดี' } }],
})
const issueBody = (submit = true) => ({ action: 'issue', templateId, source: { kind: 'manual', holderId }, names: { native: 'กมล ศรีสุข', latin: 'Kamon Srisuk' }, submit })
const one = (id = () => issuedId) => () => `/api/certificates/${id()}`

async function approveAll(id: string) {
  const certificate = await ok(people.owner, 'GET', `/api/certificates/${id}`)
  await ok(people.owner, 'POST', `/api/certificates/${id}`, { action: 'approve', institutionId: nanning, contentHash: certificate.contentHash })
  await ok(people.coIssuer, 'POST', `/api/certificates/${id}`, { action: 'approve', institutionId: thai, contentHash: certificate.contentHash })
}

beforeAll(async () => {
  loadMessages(file => JSON.parse(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8')))
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  Object.assign(people, await demoClients(server, WHO), { anon: client(server.url) })
  nanning = (await ok(people.anon, 'GET', '/api/institutions/nanning-smart-polytechnic')).id
  thai = (await ok(people.anon, 'GET', '/api/institutions/chao-phraya-technical')).id
  holderId = (await ok(people.holder, 'GET', '/api/auth/me')).user.id
  templateId = (await ok(people.owner, 'POST', '/api/certificates', { action: 'save', template: template() })).template.id
  await ok(people.owner, 'POST', '/api/certificates', { action: 'activate', templateId })
  issuedId = (await ok(people.owner, 'POST', '/api/certificates', issueBody())).certificate.id
  await approveAll(issuedId)
  const issued = await ok(people.holder, 'GET', `/api/certificates/${issuedId}`)
  publicId = issued.publicId
  serial = issued.serial
  pendingId = (await ok(people.coIssuer, 'POST', '/api/certificates', issueBody())).certificate.id
}, 300_000)
afterAll(() => server?.stop())

describe('lists', () => {
  matrix('GET', () => '/api/certificates?view=mine', { anon: 401, holder: 200, owner: 200, other: 200, student: 200 })
  matrix('GET', () => '/api/certificates?view=pending', { anon: 401, holder: 200, owner: 200, coIssuer: 200 })
  matrix('GET', () => '/api/certificates?view=issued', { anon: 401, holder: 403, owner: 200, coIssuer: 200, student: 403 })
  matrix('GET', () => '/api/certificates?view=templates', { anon: 401, owner: 200, coIssuer: 200, holder: 200 })
  matrix('GET', () => `/api/certificates?view=preview&templateId=${templateId}`, { anon: 401, owner: 200, coIssuer: 200, other: 404, holder: 404 })
  it('the holder lists their issued certificate; another office lists none of it', async () => {
    expect((await ok(people.holder, 'GET', '/api/certificates?view=mine')).items.map((i: { id: string }) => i.id)).toEqual([issuedId])
    expect((await ok(people.other, 'GET', '/api/certificates?view=issued')).items).toEqual([])
  })
})

describe('templates and issuing', () => {
  matrix('POST', () => '/api/certificates', { anon: 401, holder: 403, other: 403, coIssuer: 403 }, () => ({ action: 'save', template: template() }))
  // Issuing from a template one cannot read: as if it did not exist.
  matrix('POST', () => '/api/certificates', { anon: 401, holder: 404, other: 404, student: 404 }, () => issueBody())
  matrix('POST', () => '/api/certificates', { anon: 401, holder: 404, other: 404 }, () => ({ action: 'archive', templateId }))
  it('bad input is a translated 422', async () => {
    const bad = await expectStatus('owner', 'POST', '/api/certificates', 422, { action: 'save', template: { ...template(), languages: ['en'] } })
    expect(bad.json.message).toMatch(THAI)
    expect((await expectStatus('owner', 'POST', '/api/certificates', 422, { action: 'issue', templateId: 'nope' })).json.message).toMatch(THAI)
  })
})

describe('one certificate', () => {
  matrix('GET', one(), { ...OUTSIDERS, holder: 200, owner: 200, coIssuer: 200 })
  matrix('GET', one(() => pendingId), { ...OUTSIDERS, holder: 404, owner: 200, coIssuer: 200 })
  matrix('POST', one(() => pendingId), { ...OUTSIDERS, holder: 404 }, () => ({ action: 'approve', institutionId: nanning, contentHash: 'a'.repeat(64) }))
  // The holder reads the certificate but may not lock it for a step (no update policy): 404, as for anyone else.
  matrix('POST', one(), { ...OUTSIDERS, holder: 404 }, () => ({ action: 'revoke', reason: 'No.', language: 'en' }))
  matrix('POST', one(), { ...OUTSIDERS, holder: 404 }, () => ({ action: 'correct', submit: false }))
  it('approving for another institution is 403, a stale hash a translated 409, a bad body a translated 422', async () => {
    expect((await expectStatus('owner', 'POST', `/api/certificates/${pendingId}`, 403, { action: 'approve', institutionId: thai, contentHash: 'a'.repeat(64) })).json.message).toMatch(THAI)
    expect((await expectStatus('owner', 'POST', `/api/certificates/${pendingId}`, 409, { action: 'approve', institutionId: nanning, contentHash: 'a'.repeat(64) })).json.message).toMatch(THAI)
    expect((await expectStatus('owner', 'POST', `/api/certificates/${pendingId}`, 422, { action: 'approve', institutionId: nanning, contentHash: 'xyz' })).json.message).toMatch(THAI)
    expect((await expectStatus('owner', 'POST', `/api/certificates/${pendingId}`, 422, { action: 'fly' })).json.message).toMatch(THAI)
    expect((await expectStatus('owner', 'GET', '/api/certificates/not-a-uuid', 404)).json.message).toMatch(THAI)
  })
})

describe('downloads: the stored PDF and credential', () => {
  matrix('GET', () => `/api/certificates/${issuedId}?format=pdf`, { ...OUTSIDERS, holder: 200, owner: 200, coIssuer: 200 })
  matrix('GET', () => `/api/certificates/${issuedId}?format=credential`, { ...OUTSIDERS, holder: 200, owner: 200, coIssuer: 200 })
  matrix('GET', () => `/api/certificates/${pendingId}?format=pdf`, { ...OUTSIDERS, holder: 404, owner: 409, coIssuer: 409 })
  it('the PDF and the credential, named by the serial; the same bytes for everyone; a bad format a translated 422', async () => {
    const pdf = await people.holder.request('GET', `/api/certificates/${issuedId}?format=pdf`)
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf'])
    expect(pdf.headers.get('content-disposition')).toContain(`filename="${serial}.pdf"`)
    const bytes = Buffer.from(pdf.bytes)
    expect(pdfText(bytes).replace(/\s+/g, '')).toContain(serial)
    expect(pdfText(bytes)).toContain('Kamon Srisuk')
    expect(Buffer.from((await people.owner.request('GET', `/api/certificates/${issuedId}?format=pdf`)).bytes).equals(bytes)).toBe(true)
    const credential = await people.holder.request('GET', `/api/certificates/${issuedId}?format=credential`)
    expect([credential.status, credential.headers.get('content-type')]).toEqual([200, 'application/ld+json'])
    expect(credential.headers.get('content-disposition')).toContain(`filename="${serial}.json"`)
    expect(JSON.parse(credential.text).id).toBe(`${server.url}/verify/${publicId}`)
    const pending = await expectStatus('owner', 'GET', `/api/certificates/${pendingId}?format=credential`, 409)
    expect(pending.json.message).toMatch(THAI)
    expect((await expectStatus('holder', 'GET', `/api/certificates/${issuedId}?format=docx`, 422)).json.message).toMatch(THAI)
  })
})

describe('the public verification', () => {
  matrix('GET', () => `/api/certificates/verify?publicId=${publicId}`, { anon: 200, holder: 200, other: 200 })
  const verify = (body: unknown) => people.anon.request('POST', '/api/certificates/verify', body, { 'x-locale': 'th' })
  type Check = { kind: string; unchanged: boolean; valid: boolean; status: string; report: { valid: boolean } | null }
  it('says whether a PDF can be compared', async () => {
    expect((await ok(people.anon, 'GET', `/api/certificates/verify?publicId=${publicId}`)).pdfAvailable).toBe(true)
  })
  it('the downloaded PDF is unchanged; one changed byte is not; neither is an error', async () => {
    const bytes = Buffer.from((await people.holder.request('GET', `/api/certificates/${issuedId}?format=pdf`)).bytes)
    const same = await verify({ publicId, file: { kind: 'pdf', base64: bytes.toString('base64') } })
    expect([same.status, same.json]).toEqual([200, { kind: 'pdf', unchanged: true, valid: true, status: 'valid', report: null }])
    const at = Math.floor(bytes.length / 3)
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x20, at)
    const changed = await verify({ publicId, file: { kind: 'pdf', base64: bytes.toString('base64') } })
    expect([changed.status, (changed.json as Check).unchanged, (changed.json as Check).valid]).toEqual([200, false, false])
  })
  it('the downloaded credential is unchanged; one changed character is not', async () => {
    const text = (await people.holder.request('GET', `/api/certificates/${issuedId}?format=credential`)).text
    const same = (await verify({ publicId, file: { kind: 'credential', text } })).json as Check
    expect([same.unchanged, same.valid, same.report?.valid]).toEqual([true, true, true])
    const tampered = await verify({ publicId, file: { kind: 'credential', text: text.replace('Kamon Srisuk', 'Kamon Srisuq') } })
    expect([tampered.status, (tampered.json as Check).unchanged, (tampered.json as Check).valid]).toEqual([200, false, false])
    const broken = await verify({ publicId, file: { kind: 'credential', text: '{"proof": [' } })
    expect([broken.status, (broken.json as Check).unchanged]).toEqual([200, false])
  })
  it('an unknown public id is a translated 404; a malformed body a translated 422', async () => {
    const unknown = await verify({ publicId: '0'.repeat(40), file: { kind: 'credential', text: '{}' } })
    expect([unknown.status, THAI.test(unknown.json.message)]).toEqual([404, true])
    for (const body of [{}, { publicId }, { publicId: 'XYZ', file: { kind: 'pdf', base64: 'AAAA' } }, { publicId, file: { kind: 'pdf', base64: 'not base64!' } },
      { publicId, file: { kind: 'docx', text: 'x' } }, { publicId, file: { kind: 'credential', text: '' } }]) {
      const reply = await verify(body)
      expect(reply.status, JSON.stringify(body)).toBe(422)
      expect(reply.json.message).toMatch(THAI)
    }
  })
  it('after revocation the same PDF is unchanged but not valid', async () => {
    await ok(people.coIssuer, 'POST', `/api/certificates/${issuedId}`, { action: 'revoke', reason: 'Issued in error.', language: 'en' })
    const bytes = Buffer.from((await people.holder.request('GET', `/api/certificates/${issuedId}?format=pdf`)).bytes)
    const reply = (await verify({ publicId, file: { kind: 'pdf', base64: bytes.toString('base64') } })).json as Check
    expect(reply).toMatchObject({ unchanged: true, valid: false, status: 'revoked' })
  })
})
