import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

let server: RunningServer
beforeAll(async () => { server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' }) })
afterAll(() => server.stop())

const DEMO_PASSWORD = 'demo-password-2026'
const PASSWORD = 'privacy-test-pass-1'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
const locale = (code: string) => JSON.parse(readFileSync(new URL(`../../locales/${code}.json`, import.meta.url), 'utf8'))

type Client = ReturnType<typeof client>
async function logIn(email: string, password = DEMO_PASSWORD): Promise<Client> {
  const c = client(server.url)
  const reply = await c.post('/api/auth/login', { email, password })
  expect(reply.status).toBe(200)
  return c
}

/** The archive as bytes (the test client reads replies as text, which would mangle a ZIP). */
async function download(c: Client) {
  const response = await fetch(`${server.url}/api/profile/export`, { headers: { cookie: c.cookie() } })
  return { response, zip: response.ok ? await JSZip.loadAsync(await response.arrayBuffer()) : null }
}

/** Every entry of the archive as text, for searching it whole. */
async function allText(zip: JSZip): Promise<string> {
  const parts = await Promise.all(Object.values(zip.files).filter(f => !f.dir).map(f => f.async('string')))
  return parts.join('\n')
}

describe('download my data', () => {
  it('gives a student one ZIP with their application, passport data and the bytes of their file, a README in Vietnamese, and nothing of another student', async () => {
    const tuan = await logIn('student.hanoi@demo.example')
    const phnompenh = await logIn('student.phnompenh@demo.example')
    const otherFiles = (await phnompenh.get('/api/files')).json as { id: string }[]
    const otherApplications = (await phnompenh.get('/api/mobility/applications?view=mine')).json as { id: string }[]
    const mine = (await tuan.get('/api/mobility/applications?view=mine')).json as { id: string }[]
    const myFiles = (await tuan.get('/api/files')).json as { id: string; filename: string }[]
    expect(mine).toHaveLength(1)
    expect(myFiles.length).toBeGreaterThan(0)

    const { response, zip } = await download(tuan)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.zip"$/)

    const readme = await zip!.file('README.txt')!.async('string')
    expect(readme).toContain(locale('vi').privacy.export.readme.title)
    const applications = JSON.parse(await zip!.file('applications.json')!.async('string'))
    expect(applications.map((a: { id: string }) => a.id)).toEqual([mine[0]!.id])
    expect(applications[0].passport.passport_number).toBe('C7788123')
    expect(applications[0].form.latinName).toBe('Pham Minh Tuan')

    const file = myFiles[0]!
    const original = await fetch(`${server.url}/api/files/${file.id}`, { headers: { cookie: tuan.cookie() } })
    const inZip = zip!.file(new RegExp(`^files/${file.id}-`))
    expect(inZip).toHaveLength(1)
    expect(Buffer.from(await inZip[0]!.async('uint8array'))).toEqual(Buffer.from(await original.arrayBuffer()))

    const everything = await allText(zip!)
    expect(everything).toContain('student.hanoi@demo.example')
    for (const foreign of ['student.phnompenh@demo.example', 'N0456789', 'Chan Sophea', ...otherFiles.map(f => f.id), ...otherApplications.map(a => a.id)]) {
      expect(everything).not.toContain(foreign)
    }
  })

  it('refuses a visitor who is not signed in', async () => {
    const { response } = await download(client(server.url))
    expect(response.status).toBe(401)
  })
})

describe('consent to the terms and the privacy notice', () => {
  it('is recorded at sign-up when accepted there, and nothing is asked afterwards', async () => {
    const c = client(server.url)
    await signUpConfirmed(c, server, { email: `consent-${Date.now()}@test.example`, password: PASSWORD, displayName: 'Consent Given', locale: 'th', acceptNotices: true })
    expect((await c.get('/api/profile/consent')).json.pending).toEqual([])
    const { zip } = await download(c)
    const consents = JSON.parse(await zip!.file('consents.json')!.async('string'))
    expect(consents.map((r: { document: string; locale: string }) => [r.document, r.locale]).sort()).toEqual([['privacy', 'th'], ['terms', 'th']])
  })

  it('a person who has not accepted is asked, and accepting records it once', async () => {
    const c = await logIn('student.vietnam@demo.example')
    expect((await c.get('/api/profile/consent')).json.pending).toEqual(['terms', 'privacy'])
    // Every signed-in page learns it with the person (the banner asks nothing of its own).
    expect((await c.get('/api/auth/me')).json.pendingNotices).toEqual(['terms', 'privacy'])
    expect((await c.post('/api/profile/consent', { locale: 'vi' })).json.accepted).toEqual(['terms', 'privacy'])
    expect((await c.get('/api/profile/consent')).json.pending).toEqual([])
    expect((await c.get('/api/auth/me')).json.pendingNotices).toEqual([])
    expect((await c.post('/api/profile/consent', { locale: 'vi' })).json.accepted).toEqual([])
  })

  it('refuses a sign-up that declines the notices, and an unknown language, with a translated 422', async () => {
    const declined = await client(server.url, { 'x-locale': 'th' }).post('/api/auth/signup', { email: `decline-${Date.now()}@test.example`, password: PASSWORD, displayName: 'No', acceptNotices: false })
    expect(declined.status).toBe(422)
    expect(declined.json.data.params.field).toBe('acceptNotices')
    const c = await logIn('teacher.nanning@demo.example')
    const bad = await c.post('/api/profile/consent', { locale: 'xx' })
    expect(bad.status).toBe(422)
    expect(bad.json.data.key).toBe('errors.validation')
  })
})

describe('delete my account', () => {
  it('asks for the password again, then erases the account: signed out, cannot sign in, the file is gone', async () => {
    const email = `erase-${Date.now()}@test.example`
    const c = client(server.url)
    await signUpConfirmed(c, server, { email, password: PASSWORD, displayName: 'Erase Me Soon', locale: 'vi', acceptNotices: true })
    const body = new FormData()
    body.append('file', new Blob([PDF]), 'mine.pdf')
    const file = await c.post('/api/files', body)
    expect(file.status).toBe(201)
    const stranger = await logIn('student.cambodia@demo.example')

    const wrong = await c.post('/api/profile/delete', { password: 'not-my-password-1' }, { 'x-locale': 'vi' })
    expect(wrong.status).toBe(422)
    expect(wrong.json.data.key).toBe('auth.errors.currentPasswordWrong')
    expect((await c.get('/api/profile')).status).toBe(200)
    expect((await c.post('/api/profile/delete', {})).status).toBe(422)
    expect((await stranger.post('/api/profile/delete', { password: PASSWORD })).status).toBe(422)

    expect((await c.post('/api/profile/delete', { password: PASSWORD })).status).toBe(200)
    expect((await c.get('/api/auth/me')).json).toEqual({ user: null })
    expect((await c.get('/api/profile')).status).toBe(401)
    const again = await client(server.url).post('/api/auth/login', { email, password: PASSWORD })
    expect(again.status).toBe(401)
    // The secretariat sees the account only by its neutral label now, and the file is no more.
    const sec = await logIn('secretariat@demo.example')
    expect((await sec.get(`/api/files/${file.json.id}`)).status).toBe(404)
    // The stranger's account is untouched.
    expect((await stranger.get('/api/profile')).status).toBe(200)
    // The address is free again: the person may come back with a new, empty account.
    const back = client(server.url)
    await signUpConfirmed(back, server, { email, password: PASSWORD, displayName: 'Back Again', acceptNotices: true })
    expect((await back.get('/api/files')).json).toEqual([])
  })

  it('a copied cookie of the deleted account is signed out too', async () => {
    const email = `erase2-${Date.now()}@test.example`
    const c = client(server.url)
    await signUpConfirmed(c, server, { email, password: PASSWORD, displayName: 'Two Browsers', locale: 'en', acceptNotices: true })
    const other = await logIn(email, PASSWORD)
    expect((await c.post('/api/profile/delete', { password: PASSWORD })).status).toBe(200)
    expect((await other.get('/api/profile')).status).toBe(401)
  })
})

describe('bad input to the data-rights routes', () => {
  it.each([['/api/profile/delete', 'password'], ['/api/profile/consent', 'locale']])('%s answers malformed JSON, wrong types and a 10 MB body with a translated 4xx', async (path, field) => {
    const c = await logIn('reviewer@demo.example')
    const translated = (reply: { status: number; json: { message: string; data: { key: string } } }) => {
      expect(reply.status).toBeGreaterThanOrEqual(400)
      expect(reply.status).toBeLessThan(500)
      expect(reply.json.message).not.toBe(reply.json.data.key)
    }
    translated(await c.request('POST', path, '{"not json'))
    translated(await c.post(path, { [field]: 12345 }))
    const huge = await c.post(path, { [field]: 'x'.repeat(10 * 1024 * 1024) })
    translated(huge)
    expect(huge.status).toBe(413)
    // None of it touched the account.
    expect((await c.get('/api/profile')).status).toBe(200)
  })
})
