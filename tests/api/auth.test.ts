import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, mailsTo, signUpConfirmed, startServer, type RunningServer } from './server'

/** Tests that measure time on a shared 2-core machine: a run slowed by a neighbour gets two more tries. */
const TIMED = { retry: 2 }

let server: RunningServer
// One trusted proxy hop (startServer's NUXT_TRUST_PROXY=true): tests play the proxy by sending X-Forwarded-For.
beforeAll(async () => {
  server = await startServer({
    NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '5', NUXT_RATE_LIMIT_LOGIN_PER_IP: '1000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000',
    NUXT_RATE_LIMIT_LOGIN_SLOW_AFTER: '3', NUXT_RATE_LIMIT_LOGIN_MAX_DELAY_MS: '1200',
  })
})
afterAll(() => server.stop())

const unique = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.example`
const PASSWORD = 'correct-horse-42'
const from = (address: string, headers: Record<string, string> = {}) => client(server.url, { 'x-forwarded-for': address, ...headers })
const newPerson = (name: string, locale = 'en') => ({ email: unique(name), password: PASSWORD, displayName: name, locale })
const sessionCookie = (reply: { headers: Headers }) => reply.headers.getSetCookie().find(c => c.startsWith('portal_session='))

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await fn()
  return [result, performance.now() - started]
}

describe('built-in auth', () => {
  it('signs up: the answer says to check the mail, and the mailed link confirms the address and signs in', async () => {
    const c = client(server.url)
    const ann = { ...newPerson('ann', 'th'), displayName: 'Ann Lee' }
    const signup = await c.post('/api/auth/signup', ann)
    expect(signup.status).toBe(200)
    expect(signup.json).toEqual({ user: null, confirm_email: true })
    expect(sessionCookie(signup)).toBeUndefined()
    expect((await c.get('/api/auth/me')).json.user).toBeNull()
    // Not before the address is confirmed, and then with the answer a wrong password gets.
    const early = await client(server.url).post('/api/auth/login', { email: ann.email, password: PASSWORD })
    const wrong = await client(server.url).post('/api/auth/login', { email: ann.email, password: 'wrong-password-1' })
    expect([early.status, early.text]).toEqual([401, wrong.text])

    const [mail] = mailsTo(server.dataDir, ann.email)
    expect(mail).toMatchObject({ template: 'auth.signup_confirm', locale: 'th' })
    expect(mail!.subject).toMatch(/[\u0E00-\u0E7F]/)
    const link = /(\S+\/th\/auth\/confirm\?token=([\w-]+))/.exec(mail!.body)!
    expect(link[1]!.startsWith(server.url)).toBe(true)
    const confirmed = await c.post('/api/auth/confirm', { token: link[2] })
    expect(confirmed.status).toBe(200)
    expect(sessionCookie(confirmed)).toMatch(/HttpOnly/i)
    expect(sessionCookie(confirmed)).toMatch(/SameSite=Lax/i)
    expect((await c.get('/api/auth/me')).json.user).toMatchObject({ email: ann.email, display_name: 'Ann Lee', preferred_locale: 'th', roles: [] })
    const again = await client(server.url).post('/api/auth/confirm', { token: link[2] })
    expect(again.status).toBe(422)
    expect(again.json.data.key).toBe('auth.errors.confirmTokenInvalid')

    expect((await c.post('/api/auth/logout')).status).toBe(200)
    expect((await c.get('/api/auth/me')).json.user).toBeNull()
    expect((await c.post('/api/auth/login', { email: ann.email.toUpperCase(), password: PASSWORD })).status).toBe(200)
    expect((await c.get('/api/auth/me')).json.user.email).toBe(ann.email)
  })

  it('answers a taken email exactly like a new one, and mails the owner in their own language', async () => {
    const owner = newPerson('owner', 'vi')
    await signUpConfirmed(client(server.url), server, owner)
    const taken = await client(server.url, { 'x-locale': 'zh' }).post('/api/auth/signup', { email: owner.email, password: 'intruder-pass-99', displayName: 'Intruder', locale: 'zh' })
    const newcomerPerson = newPerson('fresh', 'zh')
    const fresh = await client(server.url, { 'x-locale': 'zh' }).post('/api/auth/signup', newcomerPerson)
    expect(taken.status).toBe(fresh.status)
    expect(taken.text).toBe(fresh.text)
    expect(sessionCookie(taken)).toBeUndefined()
    expect(sessionCookie(fresh)).toBeUndefined()

    const notice = mailsTo(server.dataDir, owner.email).find(m => m.template === 'auth.signup_existing')!
    expect(notice.locale).toBe('vi')
    expect(notice.body).toContain(`${server.url}/vi/auth/login`)
    expect(notice.body).toContain(`${server.url}/vi/auth/forgot`)
    expect(notice.body).not.toMatch(/token=/)
    // Logging in with the password just used does not tell them apart either; the owner's account is unchanged.
    const intruder = await client(server.url).post('/api/auth/login', { email: owner.email, password: 'intruder-pass-99' })
    const newcomer = await client(server.url).post('/api/auth/login', { email: newcomerPerson.email, password: PASSWORD })
    expect([intruder.status, intruder.text]).toEqual([401, newcomer.text])
    expect((await client(server.url).post('/api/auth/login', { email: owner.email, password: PASSWORD })).status).toBe(200)
  })

  it('takes about as long for a taken email as for a new one (both hash a password)', TIMED, async () => {
    const owner = newPerson('slow')
    await signUpConfirmed(client(server.url), server, owner)
    const takenMs: number[] = []
    const freshMs: number[] = []
    for (let i = 0; i < 5; i++) {
      takenMs.push((await timed(() => client(server.url).post('/api/auth/signup', { ...owner, displayName: `Again ${i}` })))[1])
      freshMs.push((await timed(() => client(server.url).post('/api/auth/signup', newPerson(`fresh${i}`))))[1])
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[2]!
    expect(median(takenMs)).toBeGreaterThan(median(freshMs) * 0.5)
  })

  it('gives one generic answer for a wrong password and an unknown email', async () => {
    const gen = newPerson('gen')
    await signUpConfirmed(client(server.url), server, gen)
    const wrong = await client(server.url).post('/api/auth/login', { email: gen.email, password: 'wrong-password-1' })
    const unknown = await client(server.url).post('/api/auth/login', { email: unique('nobody'), password: 'wrong-password-1' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.json.message).toBe(unknown.json.message)
  })

  it('stops one address guessing an account, slows the account down, and still lets the owner in from elsewhere', TIMED, async () => {
    const target = newPerson('target')
    await signUpConfirmed(client(server.url), server, target)
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await from('203.0.113.10').post('/api/auth/login', { email: target.email, password: `wrong-${i}-xxxxx` })).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    const refused = await from('203.0.113.10', { 'x-locale': 'th' }).post('/api/auth/login', { email: target.email, password: PASSWORD })
    expect(refused.status).toBe(429)
    expect(refused.json.data.key).toBe('errors.rateLimited')
    expect(refused.json.message).toMatch(/[\u0E00-\u0E7F]/)

    // Five failures, slowed from the third: the owner waits about a second, and is let in.
    const [owner, ownerMs] = await timed(() => from('198.51.100.20').post('/api/auth/login', { email: target.email, password: PASSWORD }))
    expect(owner.status).toBe(200)
    expect(ownerMs).toBeGreaterThan(800)
    expect(ownerMs).toBeLessThan(4_000)
  })

  it('caps the slow-down at a few seconds however many addresses fail', TIMED, async () => {
    const target = newPerson('capped')
    await signUpConfirmed(client(server.url), server, target)
    for (let i = 0; i < 8; i++) await from(`203.0.113.${100 + i}`).post('/api/auth/login', { email: target.email, password: `wrong-${i}-xxxxx` })
    const [wrong, wrongMs] = await timed(() => from('203.0.113.200').post('/api/auth/login', { email: target.email, password: 'wrong-again-1' }))
    expect(wrong.status).toBe(401)
    expect(wrongMs).toBeGreaterThan(1_100)
    expect(wrongMs).toBeLessThan(4_500)
    expect((await from('198.51.100.21').post('/api/auth/login', { email: target.email, password: PASSWORD })).status).toBe(200)
  })

  it('changes the password: the old one stops working, the new one works', async () => {
    const c = client(server.url)
    const email = unique('chg')
    await signUpConfirmed(c, server, { email, password: PASSWORD, displayName: 'Chg' })
    expect((await c.post('/api/auth/password', { currentPassword: 'not-it-123', newPassword: 'another-pass-77' })).status).toBe(422)
    expect((await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'another-pass-77' })).status).toBe(200)
    expect((await client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401)
    expect((await client(server.url).post('/api/auth/login', { email, password: 'another-pass-77' })).status).toBe(200)
  })

  it('ends sessions on the server: a copied cookie stops working after a log-out, and other browsers after a password change', async () => {
    const email = unique('ends')
    const first = client(server.url)
    await signUpConfirmed(first, server, { email, password: PASSWORD, displayName: 'Ends' })
    const copied = client(server.url, { cookie: first.cookie() })
    expect((await copied.get('/api/auth/me')).json.user.email).toBe(email)
    expect((await first.post('/api/auth/logout')).status).toBe(200)
    expect((await copied.get('/api/auth/me')).json.user).toBeNull()

    const laptop = client(server.url)
    const phone = client(server.url)
    await laptop.post('/api/auth/login', { email, password: PASSWORD })
    await phone.post('/api/auth/login', { email, password: PASSWORD })
    expect((await laptop.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'after-change-88' })).status).toBe(200)
    expect((await laptop.get('/api/auth/me')).json.user.email).toBe(email)
    expect((await phone.get('/api/auth/me')).json.user).toBeNull()
    expect((await phone.get('/api/notifications')).status).toBe(401)
  })

  it('signs a person out of every other browser on request, keeping this one, and audits it', async () => {
    const email = unique('elsewhere')
    const here = client(server.url)
    await signUpConfirmed(here, server, { email, password: PASSWORD, displayName: 'Elsewhere' })
    const lostPhone = client(server.url)
    await lostPhone.post('/api/auth/login', { email, password: PASSWORD })
    expect((await client(server.url).post('/api/auth/sign-out-elsewhere')).status).toBe(401)
    expect((await here.post('/api/auth/sign-out-elsewhere')).status).toBe(200)
    expect((await lostPhone.get('/api/auth/me')).json.user).toBeNull()
    expect((await here.get('/api/auth/me')).json.user.email).toBe(email)
    // The log is the secretariat's: it finds the act by the person's email.
    const secretariat = client(server.url)
    await secretariat.post('/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })
    const audit = await secretariat.get(`/api/admin/audit?person=${encodeURIComponent(email)}`)
    expect(audit.status).toBe(200)
    expect(JSON.stringify(audit.json)).toContain('end_other_sessions')
  })

  it('resets a forgotten password through a one-time link mailed in the recipient language', async () => {
    const email = unique('reset')
    await signUpConfirmed(client(server.url), server, { email, password: PASSWORD, displayName: 'Reset', locale: 'vi' })
    const asked = await client(server.url).post('/api/auth/password-reset', { email, locale: 'en' })
    expect(asked.status).toBe(200)
    const unknown = await client(server.url).post('/api/auth/password-reset', { email: unique('ghost'), locale: 'en' })
    expect(unknown.json).toEqual(asked.json)
    const mail = mailsTo(server.dataDir, email).find(m => m.template === 'auth.password_reset')!
    expect(mail.locale).toBe('vi')
    expect(mail.subject).not.toBe('Reset your password')
    const token = /token=([\w-]+)/.exec(mail.body)![1]!
    const stillSignedIn = client(server.url)
    await stillSignedIn.post('/api/auth/login', { email, password: PASSWORD })
    expect((await client(server.url).post('/api/auth/password-reset/confirm', { token, password: 'brand-new-pass-9' })).status).toBe(200)
    expect((await stillSignedIn.get('/api/auth/me')).json.user).toBeNull()
    const reused = await client(server.url).post('/api/auth/password-reset/confirm', { token, password: 'other-new-pass-9' })
    expect(reused.status).toBe(422)
    expect(reused.json.data.key).toBe('auth.errors.resetTokenInvalid')
    expect((await client(server.url).post('/api/auth/login', { email, password: 'brand-new-pass-9' })).status).toBe(200)
  })

  it('voids an older reset link when a newer one is asked for', async () => {
    const email = unique('twice')
    await signUpConfirmed(client(server.url), server, { email, password: PASSWORD, displayName: 'Twice' })
    const resetToken = () => /token=([\w-]+)/.exec(mailsTo(server.dataDir, email).findLast(m => m.template === 'auth.password_reset')!.body)![1]!
    await client(server.url).post('/api/auth/password-reset', { email, locale: 'en' })
    const older = resetToken()
    await client(server.url).post('/api/auth/password-reset', { email, locale: 'en' })
    const newer = resetToken()
    expect(newer).not.toBe(older)
    const stale = await client(server.url).post('/api/auth/password-reset/confirm', { token: older, password: 'stale-link-pass-1' })
    expect(stale.status).toBe(422)
    expect(stale.json.data.key).toBe('auth.errors.resetTokenInvalid')
    expect((await client(server.url).post('/api/auth/password-reset/confirm', { token: newer, password: 'fresh-link-pass-1' })).status).toBe(200)
    expect((await client(server.url).post('/api/auth/login', { email, password: 'fresh-link-pass-1' })).status).toBe(200)
  })

  it('lets a person who lost the confirmation mail in through a password reset, which proves the address too', async () => {
    const lost = newPerson('lost')
    await client(server.url).post('/api/auth/signup', lost)
    await client(server.url).post('/api/auth/password-reset', { email: lost.email, locale: 'en' })
    const token = /token=([\w-]+)/.exec(mailsTo(server.dataDir, lost.email).find(m => m.template === 'auth.password_reset')!.body)![1]!
    expect((await client(server.url).post('/api/auth/password-reset/confirm', { token, password: 'found-again-pass-1' })).status).toBe(200)
    expect((await client(server.url).post('/api/auth/login', { email: lost.email, password: 'found-again-pass-1' })).status).toBe(200)
  })

  it('does not accept a forged session cookie', async () => {
    const forged = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: 'portal_session=Fe26.2**forged**value' } })
    expect((await forged.json()).user).toBeNull()
  })

  it('serves security headers', async () => {
    const home = await fetch(`${server.url}/en`)
    expect(home.headers.get('content-security-policy')).toBeTruthy()
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('x-frame-options')).toBeTruthy()
  })

  it('reports health with the database reachable and migrations current', async () => {
    const health = await client(server.url).get('/api/health')
    expect(health.status).toBe(200)
    expect(health.json).toMatchObject({ status: 'ok', mode: 'embedded', database: 'reachable', migrations: 'current' })
  })
})

describe('limits by client address behind a proxy', () => {
  let proxied: RunningServer
  beforeAll(async () => { proxied = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '3', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '1000' }) })
  afterAll(() => proxied?.stop())

  it('counts the address the proxy saw, so a forged left-most X-Forwarded-For entry gets no fresh limit', async () => {
    const attempt = (forwardedFor: string) => client(proxied.url, { 'x-forwarded-for': forwardedFor })
      .post('/api/auth/login', { email: unique('spray'), password: 'wrong-password-1' })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await attempt(`198.18.0.${i}, 203.0.113.77`)).status)
    expect(statuses).toEqual([401, 401, 401, 429, 429])
    // Another real client behind the same proxy keeps its own count.
    expect((await attempt('198.18.0.1, 203.0.113.78')).status).toBe(401)
  })
})
