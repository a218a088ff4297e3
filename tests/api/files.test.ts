import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ NUXT_UPLOAD_MAX_BYTES: String(1024 * 1024), NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000' })
  // What a process stopped mid-upload two hours ago left behind; the first upload sweeps it away.
  const spool = join(server.dataDir, 'tmp', 'uploads')
  mkdirSync(spool, { recursive: true })
  writeFileSync(join(spool, 'left-behind'), 'x')
  utimesSync(join(spool, 'left-behind'), new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000))
})
afterAll(() => server.stop())

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const form = (bytes: Uint8Array, name: string) => {
  const body = new FormData()
  body.append('file', new Blob([Uint8Array.from(bytes)]), name)
  return body
}
async function signedIn(name: string) {
  const c = client(server.url)
  await signUpConfirmed(c, server, { email: `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.example`, password: 'file-test-pass-1', displayName: name })
  return c
}

describe('files', () => {
  it('stores an upload with sniffed type and sha256, and gives the owner the same bytes back', async () => {
    const owner = await signedIn('owner')
    const up = await owner.post('/api/files', form(PNG, 'fake-name.pdf'))
    expect(up.status).toBe(201)
    expect(up.json).toMatchObject({ content_type: 'image/png', size_bytes: PNG.byteLength, filename: 'fake-name.pdf' })
    expect(up.json.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect((await owner.get('/api/files')).json.map((f: { id: string }) => f.id)).toEqual([up.json.id])
  })

  it('downloads only after the authorization check: others get 404, visitors 401', async () => {
    const owner = await signedIn('alice')
    const up = await owner.post('/api/files', form(PNG, 'photo.png'))
    const mine = await owner.get(`/api/files/${up.json.id}`)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('image/png')
    expect(mine.headers.get('content-disposition')).toContain('attachment')
    expect(mine.headers.get('content-length')).toBe(String(PNG.byteLength))
    expect((await (await signedIn('mallory')).get(`/api/files/${up.json.id}`)).status).toBe(404)
    expect((await client(server.url).get(`/api/files/${up.json.id}`)).status).toBe(401)
  })

  it('refuses a type that is not allowed, whatever its name, with 415', async () => {
    const reply = await (await signedIn('bob')).post('/api/files', form(new TextEncoder().encode('<html><script>alert(1)</script>'), 'cv.pdf'))
    expect(reply.status).toBe(415)
    expect(reply.json.data.key).toBe('files.errors.typeNotAllowed')
  })

  it('refuses a file over the configured limit with 413 and keeps nothing', async () => {
    const c = await signedIn('big')
    const big = new Uint8Array(2 * 1024 * 1024)
    big.set(PNG)
    const reply = await c.post('/api/files', form(big, 'big.png'))
    expect(reply.status).toBe(413)
    expect((await c.get('/api/files')).json).toEqual([])
  })

  it('answers a body that is not multipart, or has no file, with 4xx', async () => {
    const c = await signedIn('nofile')
    const json = await c.post('/api/files', { file: 'x' })
    expect(json.status).toBe(415)
    expect(json.json.data.key).toBe('files.errors.notMultipart')
    const empty = new FormData()
    empty.append('other', 'x')
    expect((await c.post('/api/files', empty)).status).toBe(422)
  })

  it('lets the owner delete a file; it is gone afterwards', async () => {
    const c = await signedIn('del')
    const up = await c.post('/api/files', form(PNG, 'a.png'))
    expect((await c.delete(`/api/files/${up.json.id}`)).status).toBe(200)
    expect((await c.get(`/api/files/${up.json.id}`)).status).toBe(404)
  })

  it('downloads under the stored name with the extension of the sniffed type: invoice.html that is a PDF is invoice.pdf', async () => {
    const c = await signedIn('ext')
    const up = await c.post('/api/files', form(PDF, 'invoice.html'))
    expect(up.status).toBe(201)
    expect(up.json).toMatchObject({ content_type: 'application/pdf', filename: 'invoice.html' })
    const down = await c.get(`/api/files/${up.json.id}`)
    expect(down.headers.get('content-disposition')).toContain('filename*=UTF-8\'\'invoice.pdf')
    expect(down.headers.get('content-disposition')).toContain('filename="invoice.pdf"')
    const noExtension = await c.post('/api/files', form(PNG, 'scan'))
    expect((await c.get(`/api/files/${noExtension.json.id}`)).headers.get('content-disposition')).toContain('filename*=UTF-8\'\'scan.png')
  })

  it('strips bidi overrides and zero-width characters from names, so "photo\u202Egnp.exe" cannot pose as another type', async () => {
    const c = await signedIn('bidi')
    const up = await c.post('/api/files', form(PNG, 'pho\u200Bto\u202Egnp\u2066.exe\uFEFF'))
    expect(up.json.filename).toBe('photognp.exe')
    const disposition = (await c.get(`/api/files/${up.json.id}`)).headers.get('content-disposition')!
    expect(disposition).toContain('filename*=UTF-8\'\'photognp.png')
    expect(disposition).not.toMatch(/%E2%80%AE|%E2%81%A6|%E2%80%8B|%EF%BB%BF/i)
  })

  it('stores what was streamed: size and sha256 of the bytes of a larger upload', async () => {
    const c = await signedIn('stream')
    const bytes = new Uint8Array(600 * 1024)
    bytes.set(PNG)
    for (let i = PNG.byteLength; i < bytes.length; i++) bytes[i] = i % 251
    const up = await c.post('/api/files', form(bytes, 'large.png'))
    expect(up.status).toBe(201)
    expect(up.json.size_bytes).toBe(bytes.byteLength)
    expect(up.json.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    const down = await fetch(`${server.url}/api/files/${up.json.id}`, { headers: { cookie: c.cookie() } })
    expect(Buffer.from(await down.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true)
  })

  it('leaves no temporary file behind, after a stored upload or one refused half-way for its size, nor an old one', async () => {
    const c = await signedIn('spool')
    expect((await c.post('/api/files', form(PNG, 'kept.png'))).status).toBe(201)
    const head = '--cut\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n'
    const chunks = [Buffer.from(head), Buffer.from(PNG), ...Array.from({ length: 3 }, () => Buffer.alloc(1024 * 1024, 7))]
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift()
        if (next) controller.enqueue(next)
        else controller.close()
      },
    })
    const reply = await fetch(`${server.url}/api/files`, { method: 'POST', body, duplex: 'half', headers: { 'cookie': c.cookie(), 'content-type': 'multipart/form-data; boundary=cut' } } as RequestInit)
    expect(reply.status).toBe(413)
    expect((await reply.json()).data.key).toBe('files.errors.tooLarge')
    await new Promise(r => setTimeout(r, 300))
    expect(readdirSync(join(server.dataDir, 'tmp', 'uploads'))).toEqual([])
    expect((await c.get('/api/files')).json).toHaveLength(1)
  })
})
