/**
 * Supabase mode, end to end through the portal's own API: the built server runs with SUPABASE_URL pointing at a
 * local stand-in for Supabase Auth and Storage (./stand-in.ts) and DATABASE_URL at a fresh database on the local
 * Postgres, into which supabase/bootstrap.sql is loaded first to play what a Supabase project already has.
 */
import { randomUUID } from 'node:crypto'
import { crc32, deflateSync } from 'node:zlib'
import { defaults, seal, unseal } from 'iron-webcrypto'
import { SignJWT } from 'jose'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, type RunningServer } from '../server'
import type { StandIn } from './stand-in'
import { BUCKET, JWT_SECRET, startSupabaseStack, type SupabaseStack } from './stack'

/** startServer's NUXT_SESSION_PASSWORD: knowing it lets a test seal cookies of its own. */
const SESSION_PASSWORD = 'api-test-session-password-of-at-least-32-chars'
const WEEK_MS = 7 * 24 * 3600 * 1000
/** Web Crypto, typed as iron-webcrypto wants it (its Uint8Array typing is narrower than lib.dom's). */
const webCrypto = globalThis.crypto as unknown as Parameters<typeof seal>[0]
const PASSWORD = 'correct-horse-42'

let db: pg.Pool
let standIn: StandIn
let server: RunningServer
let stack: SupabaseStack
let serverLog = ''

beforeAll(async () => {
  stack = await startSupabaseStack('supabase')
  ;({ db, standIn, server } = stack)
  server.process.stdout!.on('data', (d: Buffer) => { serverLog += d })
  server.process.stderr!.on('data', (d: Buffer) => { serverLog += d })
})

afterAll(async () => {
  if (process.env.SHOW_SERVER_LOG) console.info(serverLog)
  await stack?.stop()
})

// ------------------------------------------------------------------ helpers

const unique = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.example`
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** server.ts's client, plus the session cookie it holds (for replays) and a byte-exact GET. */
function browser(headers: Record<string, string> = {}) {
  const c = client(server.url, headers)
  let cookie = ''
  const track = <T extends { headers: Headers }>(reply: T): T => {
    const set = reply.headers.getSetCookie().find(v => v.startsWith('portal_session='))
    if (set) cookie = set.split(';')[0]!
    return reply
  }
  return {
    get cookie() { return cookie },
    get: async (path: string) => track(await c.get(path)),
    post: async (path: string, body?: unknown) => track(await c.post(path, body)),
    patch: async (path: string, body?: unknown) => track(await c.patch(path, body)),
    delete: async (path: string) => track(await c.delete(path)),
    async bytes(path: string) {
      const r = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} })
      return { status: r.status, contentType: r.headers.get('content-type'), body: Buffer.from(await r.arrayBuffer()) }
    },
  }
}

/** The token of the newest confirmation mail Supabase Auth sent to an address. */
function confirmationToken(email: string) {
  return standIn.mails.filter(m => m.type === 'signup' && m.email === email).at(-1)?.tokenHash
}

/** A browser that has signed up as a new person and followed the link Supabase mailed, so it is signed in. */
async function signedUp(displayName = 'Ann Lee', locale = 'th', password = PASSWORD) {
  const b = browser()
  const email = unique(displayName.split(' ')[0]!.toLowerCase())
  const reply = await b.post('/api/auth/signup', { email, password, displayName, locale })
  expect(reply.json, reply.text).toEqual({ user: null, confirm_email: true })
  const confirmed = await b.post('/api/auth/confirm', { token: confirmationToken(email) })
  expect(confirmed.status, confirmed.text).toBe(200)
  return { b, email, id: confirmed.json.user.id as string }
}

/** Seals session data exactly as h3's useSession does, with the server's session password. */
async function sealedCookie(data: Record<string, unknown>) {
  const sealed = await seal(webCrypto, { id: randomUUID(), createdAt: Date.now(), data }, SESSION_PASSWORD, { ...defaults, ttl: WEEK_MS })
  return `portal_session=${sealed}`
}

async function cookieData(cookie: string): Promise<{ userId?: string; email?: string; accessToken?: string; refreshToken?: string }> {
  const unsealed = await unseal(webCrypto, cookie.replace(/^portal_session=/, ''), SESSION_PASSWORD, { ...defaults, ttl: WEEK_MS }) as { data: Record<string, string> }
  return unsealed.data
}

async function meWithCookie(cookie: string) {
  return (await client(server.url, { cookie }).get('/api/auth/me')).json
}

function token(claims: Record<string, unknown>, secret = JWT_SECRET, expiresIn: string | number = '1h') {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt().setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret))
}

/** Issues short-lived access tokens (like JWT expiry = 2 s in the Supabase dashboard) while fn runs. */
async function withShortTokens<T>(fn: () => Promise<T>): Promise<T> {
  standIn.settings.accessTokenTtl = 2
  try { return await fn() }
  finally { standIn.settings.accessTokenTtl = 3600 }
}
const waitPastExpiry = () => sleep(3100)

const refreshGrants = () => standIn.seen('POST', '/auth/v1/token', { grant_type: 'refresh_token' }).length

/** A real 1×1 PNG (file type is sniffed from the bytes). */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0)
  header.writeUInt32BE(1, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 0x1F, 0x6F, 0xB4]))), chunk('IEND', Buffer.alloc(0)),
  ])
}

function pngForm(bytes: Buffer, filename = 'pixel.png') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), filename)
  return form
}

// ------------------------------------------------------------------ tests

describe('Supabase mode (Auth and Storage stand-in, project Postgres)', () => {
  // Runs first on purpose: in a fresh process each rate limiter (app_meta.rate_limits, RateLimiterPostgres in the
  // postgres and supabase modes) is made on first use and creates its table asynchronously; a request that comes
  // before the table exists gets "Table is not created yet", a 500 (server/auth/rate-limit.ts).
  it('answers the first sign-up and log-in after a start, not with 500 while the rate-limit table is being made', async () => {
    const email = unique('first')
    const signup = await browser().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'First One' })
    const login = await browser().post('/api/auth/login', { email, password: PASSWORD })
    // Let every limiter finish making its table, whatever happened above, so later tests start from a settled server.
    for (let i = 0; i < 30; i++) {
      const s = (await browser().post('/api/auth/signup', { email: unique('settle'), password: PASSWORD, displayName: 'Settle' })).status
      const l = (await browser().post('/api/auth/login', { email, password: PASSWORD })).status
      if (s !== 500 && l !== 500) break
      await sleep(100)
    }
    // The address is not confirmed yet, which log-in answers like a wrong password.
    expect([signup.status, login.status], `${signup.text}\n${login.text}`).toEqual([200, 401])
  })

  it('runs in supabase mode with the migrations applied to the project database', async () => {
    const health = await client(server.url).get('/api/health')
    expect(health.status).toBe(200)
    expect(health.json).toMatchObject({ status: 'ok', mode: 'supabase', database: 'reachable', migrations: 'current' })
    const applied = await db.query('select name from app_meta.migrations')
    expect(applied.rows.map(r => r.name)).toContain('20261123000000_platform.sql')
  })

  it('signs up through Supabase Auth: the user is in auth.users and the trigger made the profile from the sign-up data', async () => {
    const before = standIn.requests.length
    const { b, email, id } = await signedUp('Ann Lee', 'th')
    const signup = standIn.requests.slice(before).find(r => r.path === '/auth/v1/signup')!
    expect(signup.headers.apikey).toBe('anon')
    expect(signup.query.redirect_to).toBe(`${server.url}/th/auth/confirm`)
    expect(signup.body).toMatchObject({ email, password: PASSWORD, data: { display_name: 'Ann Lee', preferred_locale: 'th' } })
    expect(b.cookie).toMatch(/^portal_session=Fe26\.2\*/)

    const user = (await db.query('select email, encrypted_password from auth.users where id = $1', [id])).rows[0]
    expect(user.email).toBe(email)
    expect(user.encrypted_password).toMatch(/^\$2[aby]\$10\$/)
    expect((await db.query('select display_name, preferred_locale from public.profiles where id = $1', [id])).rows[0])
      .toEqual({ display_name: 'Ann Lee', preferred_locale: 'th' })

    const me = await b.get('/api/auth/me')
    expect(me.status).toBe(200)
    expect(me.json.user).toMatchObject({ id, email, display_name: 'Ann Lee', preferred_locale: 'th', roles: [] })
    // The cookie holds Supabase's tokens, sealed: an access token for this user and a refresh token.
    const held = await cookieData(b.cookie)
    expect(held).toMatchObject({ userId: id, email })
    expect(held.accessToken!.split('.')).toHaveLength(3)
    expect(held.refreshToken).toBeTruthy()
  })

  it('answers a taken email exactly like a new one, with nobody signed in, whether or not Supabase confirms emails', async () => {
    const { email } = await signedUp('Dup One')
    for (const confirmEmail of [true, false]) {
      standIn.settings.confirmEmail = confirmEmail
      try {
        const taken = await browser().post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Dup Two' })
        const fresh = await browser().post('/api/auth/signup', { email: unique('fresh'), password: PASSWORD, displayName: 'Fresh' })
        expect([taken.status, taken.text], `confirmEmail ${confirmEmail}`).toEqual([fresh.status, fresh.text])
        expect(taken.json).toEqual({ user: null, confirm_email: true })
        expect(taken.headers.getSetCookie().filter(c => c.startsWith('portal_session='))).toEqual([])
        expect(fresh.headers.getSetCookie().filter(c => c.startsWith('portal_session='))).toEqual([])
      }
      finally { standIn.settings.confirmEmail = true }
    }
    expect((await browser().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
  })

  it('answers a password Supabase finds too weak with weakPassword, not emailTaken', async () => {
    standIn.settings.passwordRule = { test: p => /[^\p{L}\d]/u.test(p), reason: 'characters' }
    try {
      const reply = await browser().post('/api/auth/signup', { email: unique('weak'), password: 'abcdefgh12', displayName: 'Weak' })
      expect(reply.status).toBe(422)
      expect(reply.json.data.key).toBe('auth.errors.weakPassword')
    }
    finally { standIn.settings.passwordRule = null }
  })

  it('signs nobody in at sign-up: the profile exists, log-in waits for the mailed link, which signs the person in once', async () => {
    const b = browser()
    const email = unique('confirm')
    const reply = await b.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Con Firm', locale: 'km' })
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({ user: null, confirm_email: true })
    expect((await b.get('/api/auth/me')).json.user).toBeNull()
    expect((await db.query('select p.display_name from public.profiles p join auth.users u using (id) where u.email = $1', [email])).rows)
      .toEqual([{ display_name: 'Con Firm' }])
    // Supabase says "Email not confirmed"; the portal answers as for a wrong password, so a sign-up followed
    // by a log-in with the same password does not tell a new email from a taken one.
    const early = await browser().post('/api/auth/login', { email, password: PASSWORD })
    const wrong = await browser().post('/api/auth/login', { email, password: 'wrong-password-1' })
    expect([early.status, early.text]).toEqual([401, wrong.text])

    const token = confirmationToken(email)
    const confirmed = await b.post('/api/auth/confirm', { token })
    expect(confirmed.status).toBe(200)
    expect((await b.get('/api/auth/me')).json.user).toMatchObject({ email, display_name: 'Con Firm', preferred_locale: 'km' })
    const again = await browser().post('/api/auth/confirm', { token })
    expect(again.status).toBe(422)
    expect(again.json.data.key).toBe('auth.errors.confirmTokenInvalid')
    expect((await browser().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
  })

  it('logs out: Supabase signs the session out and /api/auth/me answers user null', async () => {
    const { b, id } = await signedUp('Out Going')
    const { accessToken, refreshToken } = await cookieData(b.cookie)
    expect(standIn.liveSessions(id)).toHaveLength(1)
    const out = await b.post('/api/auth/logout')
    expect(out.status).toBe(200)
    const logout = standIn.seen('POST', '/auth/v1/logout').at(-1)!
    expect(logout.headers.authorization).toBe(`Bearer ${accessToken}`)
    expect(standIn.liveSessions(id)).toHaveLength(0)
    expect(standIn.refreshTokenLive(refreshToken!)).toBe(false)
    expect((await b.get('/api/auth/me')).json.user).toBeNull()
  })

  it('refuses a wrong password with 401 badCredentials, the same answer as for an unknown email, and accepts the right one', async () => {
    const { email, id } = await signedUp('Gen Eric')
    const wrong = await browser().post('/api/auth/login', { email, password: 'wrong-password-1' })
    const unknown = await browser().post('/api/auth/login', { email: unique('nobody'), password: 'wrong-password-1' })
    expect(wrong.status).toBe(401)
    expect(wrong.json.data.key).toBe('auth.errors.badCredentials')
    expect(unknown.status).toBe(401)
    expect(unknown.json.message).toBe(wrong.json.message)

    const b = browser()
    const right = await b.post('/api/auth/login', { email: email.toUpperCase(), password: PASSWORD })
    expect(right.status).toBe(200)
    expect(right.json.user).toEqual({ id, email })
    expect((await b.get('/api/auth/me')).json.user).toMatchObject({ id, email, display_name: 'Gen Eric' })
  })

  it('verifies the access token in the cookie instead of trusting it', async () => {
    const { id, email } = await signedUp('Vic Tim')
    // Not a sealed cookie at all.
    const forged = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: 'portal_session=Fe26.2**forged**value' } })
    expect((await forged.json()).user).toBeNull()
    // A sealed cookie one of our own can make when it knows the session password: a token with the right
    // signature is accepted (so the sealing here is right) ...
    const good = await token({ sub: id, email, role: 'authenticated', aud: 'authenticated' })
    expect((await meWithCookie(await sealedCookie({ userId: id, email, accessToken: good }))).user).toMatchObject({ id, email })
    // ... and one signed with another secret, unsigned (alg none), for another audience or expired without a
    // usable refresh token is not, even though the cookie names the user.
    const otherSecret = await token({ sub: id, email, role: 'authenticated', aud: 'authenticated' }, 'some-other-secret-of-at-least-32-chars!!')
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: id, email, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 })}.`
    const anon = await token({ sub: id, role: 'anon', aud: 'anon' })
    const expired = await token({ sub: id, email, role: 'authenticated', aud: 'authenticated' }, JWT_SECRET, Math.floor(Date.now() / 1000) - 60)
    for (const accessToken of [otherSecret, unsigned, anon, 'not-a-jwt']) {
      expect((await meWithCookie(await sealedCookie({ userId: id, email, accessToken }))).user, accessToken).toBeNull()
    }
    const refreshesBefore = refreshGrants()
    expect((await meWithCookie(await sealedCookie({ userId: id, email, accessToken: expired, refreshToken: 'made-up-token' }))).user).toBeNull()
    expect(refreshGrants()).toBe(refreshesBefore + 1) // it asked Supabase, which refused
  })

  it('changes the password: a wrong current one is refused, then the old one fails and the new one works', async () => {
    const { b, email } = await signedUp('Chg Pwd')
    const wrongCurrent = await b.post('/api/auth/password', { currentPassword: 'not-it-123', newPassword: 'another-pass-77' })
    expect(wrongCurrent.status).toBe(422)
    expect(wrongCurrent.json.data.key).toBe('auth.errors.currentPasswordWrong')
    expect((await b.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'another-pass-77' })).status).toBe(200)
    expect(standIn.seen('PUT', '/auth/v1/user').at(-1)!.body).toMatchObject({ password: 'another-pass-77' })
    expect((await browser().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401)
    expect((await browser().post('/api/auth/login', { email, password: 'another-pass-77' })).status).toBe(200)
    expect((await b.get('/api/auth/me')).json.user.email).toBe(email)
  })

  it('refreshes an expired access token with the refresh token and keeps the new tokens in the cookie', async () => {
    const b = browser()
    const { email, id } = await signedUp('Re Fresh')
    await withShortTokens(async () => {
      expect((await b.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
    })
    const before = await cookieData(b.cookie)
    const grantsBefore = refreshGrants()
    await waitPastExpiry()
    const me = await b.get('/api/auth/me')
    expect(me.json.user).toMatchObject({ id, email, display_name: 'Re Fresh' })
    expect(refreshGrants()).toBe(grantsBefore + 1)
    const refresh = standIn.seen('POST', '/auth/v1/token', { grant_type: 'refresh_token' }).at(-1)!
    expect(refresh.body).toEqual({ refresh_token: before.refreshToken })
    const after = await cookieData(b.cookie)
    expect(after.accessToken).not.toBe(before.accessToken)
    expect(after.refreshToken).not.toBe(before.refreshToken)
    expect(standIn.refreshTokenLive(after.refreshToken!)).toBe(true)
    // The new token is good for an hour: the next request needs no refresh.
    expect((await b.get('/api/profile')).json.id).toBe(id)
    expect(refreshGrants()).toBe(grantsBefore + 1)
  })

  it('keeps this browser signed in after a password change, while Supabase ends the other sessions', async () => {
    const { email, id } = await signedUp('Two Devices')
    const laptop = browser()
    const phone = browser()
    await withShortTokens(async () => {
      expect((await laptop.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
      expect((await phone.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
      expect((await laptop.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'changed-pass-55' })).status).toBe(200)
    })
    await waitPastExpiry()
    // The laptop made the change and stays signed in; the phone is signed out once its access token expires.
    expect((await laptop.get('/api/auth/me')).json.user).toMatchObject({ id, email })
    expect((await phone.get('/api/auth/me')).json.user).toBeNull()
    expect(standIn.liveSessions(id)).toHaveLength(1)
  })

  it('logging out with an expired access token still ends the Supabase session (a copied cookie is useless after)', async () => {
    const { email, id } = await signedUp('Late Leaver')
    const b = browser()
    await withShortTokens(async () => {
      expect((await b.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200)
    })
    const copied = b.cookie
    const { refreshToken } = await cookieData(copied)
    await waitPastExpiry()
    expect((await b.post('/api/auth/logout')).status).toBe(200)
    expect((await b.get('/api/auth/me')).json.user).toBeNull()
    expect(standIn.refreshTokenLive(refreshToken!)).toBe(false)
    expect(standIn.liveSessions(id)).toHaveLength(0) // scope global: every session of the user ends
    expect((await meWithCookie(copied)).user).toBeNull()
  })

  it('resets a forgotten password through the link Supabase mails (token hash), once', async () => {
    const { email } = await signedUp('Reset Me', 'vi')
    const asked = await browser().post('/api/auth/password-reset', { email, locale: 'vi' })
    expect(asked.status).toBe(200)
    const unknown = await browser().post('/api/auth/password-reset', { email: unique('ghost'), locale: 'vi' })
    expect(unknown.json).toEqual(asked.json)
    const mail = standIn.mails.filter(m => m.type === 'recovery' && m.email === email).at(-1)!
    expect(mail.redirectTo).toBe(`${server.url}/vi/auth/reset`)

    expect((await browser().post('/api/auth/password-reset/confirm', { token: mail.tokenHash, password: 'brand-new-pass-9' })).status).toBe(200)
    const reused = await browser().post('/api/auth/password-reset/confirm', { token: mail.tokenHash, password: 'other-new-pass-9' })
    expect(reused.status).toBe(422)
    expect(reused.json.data.key).toBe('auth.errors.resetTokenInvalid')
    expect((await browser().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401)
    expect((await browser().post('/api/auth/login', { email, password: 'brand-new-pass-9' })).status).toBe(200)
  })

  it('applies row-level security as the signed-in user: own profile, own update, audited under their id', async () => {
    const ann = await signedUp('Ann Rls', 'en')
    const bob = await signedUp('Bob Rls', 'en')
    const own = await ann.b.get('/api/profile')
    expect(own.status).toBe(200)
    expect(own.json).toMatchObject({ id: ann.id, email: ann.email, display_name: 'Ann Rls', memberships: [] })
    expect((await bob.b.get('/api/profile')).json).toMatchObject({ id: bob.id, display_name: 'Bob Rls' })

    const patched = await ann.b.patch('/api/profile', { displayName: 'Ann Patched', timeZone: 'Asia/Bangkok', thaiBuddhistCalendar: true })
    expect(patched.status).toBe(200)
    expect(patched.json).toMatchObject({ id: ann.id, display_name: 'Ann Patched', time_zone: 'Asia/Bangkok', thai_buddhist_calendar: true })
    expect((await ann.b.get('/api/auth/me')).json.user.display_name).toBe('Ann Patched')
    // The update ran with Ann's claims: the audit trigger read auth.uid() = Ann.
    const audit = await db.query(`select actor_id from public.audit_log where entity = 'profiles' and entity_id = $1 and action = 'update'`, [ann.id])
    expect(audit.rows).toEqual([{ actor_id: ann.id }])
    expect((await db.query('select display_name from public.profiles where id = $1', [bob.id])).rows[0].display_name).toBe('Bob Rls')
    // Signed out, the profile is not there to read.
    expect((await browser().get('/api/profile')).status).toBe(401)
  })

  it('stores uploads in Supabase Storage (bucket portal-files, service key) and serves them to the owner only', async () => {
    const ann = await signedUp('Ann Files')
    const bob = await signedUp('Bob Files')
    const bytes = png()
    const upload = await client(server.url, { cookie: ann.b.cookie }).request('POST', '/api/files', pngForm(bytes, 'pixel.png'))
    expect(upload.status, upload.text).toBe(201)
    expect(upload.json).toMatchObject({ filename: 'pixel.png', content_type: 'image/png', size_bytes: bytes.length })
    const fileId = upload.json.id as string

    const row = (await db.query('select storage_key, owner_id from public.files where id = $1', [fileId])).rows[0]
    expect(row.owner_id).toBe(ann.id)
    expect(row.storage_key.startsWith(`${ann.id}/`)).toBe(true)
    const put = standIn.seen('POST', `/storage/v1/object/${BUCKET}/${row.storage_key}`)
    expect(put).toHaveLength(1)
    expect(put[0]!.headers.authorization).toBe('Bearer service')
    expect(put[0]!.headers['content-type']).toBe('image/png')
    const stored = standIn.objects.get(`${BUCKET}/${row.storage_key}`)!
    expect(stored.bucket).toBe(BUCKET)
    expect(stored.bytes.equals(bytes)).toBe(true)

    const download = await ann.b.bytes(`/api/files/${fileId}`)
    expect(download.status).toBe(200)
    expect(download.contentType).toBe('image/png')
    expect(download.body.equals(bytes)).toBe(true)
    expect(standIn.seen('GET', `/storage/v1/object/${BUCKET}/${row.storage_key}`)).toHaveLength(1)
    expect((await ann.b.get('/api/files')).json.map((f: { id: string }) => f.id)).toContain(fileId)

    // Bob: RLS hides the row, so the portal answers 404 without asking Storage for the bytes.
    expect((await bob.b.bytes(`/api/files/${fileId}`)).status).toBe(404)
    expect(standIn.seen('GET', `/storage/v1/object/${BUCKET}/${row.storage_key}`)).toHaveLength(1)
    expect((await bob.b.get('/api/files')).json).toEqual([])
    expect((await bob.b.delete(`/api/files/${fileId}`)).status).toBe(404)
    const bobAvatar = await bob.b.patch('/api/profile', { avatarFileId: fileId })
    expect(bobAvatar.status).toBe(422)
    expect(bobAvatar.json.data.key).toBe('profile.errors.avatarNotImage')
    expect(standIn.objects.has(`${BUCKET}/${row.storage_key}`)).toBe(true)
    expect((await browser().get(`/api/files/${fileId}`)).status).toBe(401)

    // Ann deletes it: the row goes and Storage is asked to remove exactly that object.
    expect((await ann.b.delete(`/api/files/${fileId}`)).status).toBe(200)
    const removal = standIn.seen('DELETE', `/storage/v1/object/${BUCKET}`).at(-1)!
    expect(removal.body).toEqual({ prefixes: [row.storage_key] })
    expect(standIn.objects.has(`${BUCKET}/${row.storage_key}`)).toBe(false)
    expect((await ann.b.bytes(`/api/files/${fileId}`)).status).toBe(404)
  })

  it('tells a missing object (404) from a Storage outage (5xx), and keeps the row when Storage cannot delete the bytes', async () => {
    const { b } = await signedUp('Out Age')
    const upload = async () => (await client(server.url, { cookie: b.cookie }).request('POST', '/api/files', pngForm(png()))).json.id as string
    const kept = await upload()
    const keyOf = async (id: string) => (await db.query('select storage_key from public.files where id = $1', [id])).rows[0]?.storage_key as string | undefined

    standIn.settings.storageFailure = 503
    try {
      const during = await b.bytes(`/api/files/${kept}`)
      expect(during.status).toBeGreaterThanOrEqual(500)
      expect((await b.delete(`/api/files/${kept}`)).status).toBeGreaterThanOrEqual(500)
    }
    finally { standIn.settings.storageFailure = null }
    // The failed delete rolled back: the row and the bytes are both still there, and the owner can try again.
    expect(await keyOf(kept)).toBeTruthy()
    expect(standIn.objects.has(`${BUCKET}/${await keyOf(kept)}`)).toBe(true)
    expect((await b.bytes(`/api/files/${kept}`)).status).toBe(200)
    expect((await b.delete(`/api/files/${kept}`)).status).toBe(200)
    expect(await keyOf(kept)).toBeUndefined()

    // Bytes gone from the bucket (Storage answers 400 with statusCode "404"): the download is a plain 404.
    const orphan = await upload()
    standIn.objects.delete(`${BUCKET}/${await keyOf(orphan)}`)
    const missing = await b.bytes(`/api/files/${orphan}`)
    expect(missing.status).toBe(404)
    expect(standIn.requests.at(-1)).toMatchObject({ method: 'GET', status: 400 })
  })

  it('does not keep a file row when Storage refuses the bytes', async () => {
    const { b, id } = await signedUp('Storage Down')
    standIn.settings.storageFailure = 503
    try {
      const upload = await client(server.url, { cookie: b.cookie }).request('POST', '/api/files', pngForm(png()))
      expect(upload.status).toBeGreaterThanOrEqual(500)
      expect(upload.text).not.toContain('stand-in told to fail')
    }
    finally { standIn.settings.storageFailure = null }
    expect((await db.query('select count(*)::int as n from public.files where owner_id = $1', [id])).rows[0].n).toBe(0)
  })
})
