import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

let server: RunningServer
beforeAll(async () => { server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT: '5', NUXT_RATE_LIMIT_LOGIN_PER_IP: '1000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000' }) })
afterAll(() => server.stop())

const unique = (name: string) => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.example`
const PASSWORD = 'correct-horse-42'

describe('built-in auth', () => {
  it('signs up, is signed in at once, logs out and in again', async () => {
    const c = client(server.url)
    const email = unique('ann')
    const signup = await c.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Ann Lee', locale: 'th' })
    expect(signup.status).toBe(201)
    expect(signup.headers.get('set-cookie')).toMatch(/HttpOnly/i)
    expect(signup.headers.get('set-cookie')).toMatch(/SameSite=Lax/i)
    const me = await c.get('/api/auth/me')
    expect(me.json.user).toMatchObject({ email, display_name: 'Ann Lee', preferred_locale: 'th', roles: [] })
    expect((await c.post('/api/auth/logout')).status).toBe(200)
    expect((await c.get('/api/auth/me')).json.user).toBeNull()
    expect((await c.post('/api/auth/login', { email: email.toUpperCase(), password: PASSWORD })).status).toBe(200)
    expect((await c.get('/api/auth/me')).json.user.email).toBe(email)
  })

  it('refuses a second account with the same email, in the UI language', async () => {
    const email = unique('dup')
    await client(server.url).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'One' })
    const again = await client(server.url, { 'x-locale': 'zh' }).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Two' })
    expect(again.status).toBe(409)
    expect(again.json.data.key).toBe('auth.errors.emailTaken')
    expect(again.json.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('gives one generic answer for a wrong password and an unknown email', async () => {
    const email = unique('gen')
    await client(server.url).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Gen' })
    const wrong = await client(server.url).post('/api/auth/login', { email, password: 'wrong-password-1' })
    const unknown = await client(server.url).post('/api/auth/login', { email: unique('nobody'), password: 'wrong-password-1' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.json.message).toBe(unknown.json.message)
  })

  it('locks an account after repeated failures, per account, with 429', async () => {
    const email = unique('lock')
    await client(server.url).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Lock' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await client(server.url).post('/api/auth/login', { email, password: `wrong-${i}-xxxxx` })).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(5)).toEqual([429, 429])
    const locked = await client(server.url, { 'x-locale': 'th' }).post('/api/auth/login', { email, password: PASSWORD })
    expect(locked.status).toBe(429)
    expect(locked.json.data.key).toBe('errors.rateLimited')
    expect(locked.json.message).toMatch(/[\u0E00-\u0E7F]/)
  })

  it('changes the password: the old one stops working, the new one works', async () => {
    const c = client(server.url)
    const email = unique('chg')
    await c.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Chg' })
    expect((await c.post('/api/auth/password', { currentPassword: 'not-it-123', newPassword: 'another-pass-77' })).status).toBe(422)
    expect((await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'another-pass-77' })).status).toBe(200)
    expect((await client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401)
    expect((await client(server.url).post('/api/auth/login', { email, password: 'another-pass-77' })).status).toBe(200)
  })

  it('ends sessions on the server: a copied cookie stops working after a log-out, and other browsers after a password change', async () => {
    const email = unique('ends')
    const first = client(server.url)
    await first.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Ends' })
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
    await here.post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Elsewhere' })
    const lostPhone = client(server.url)
    await lostPhone.post('/api/auth/login', { email, password: PASSWORD })
    expect((await client(server.url).post('/api/auth/sign-out-elsewhere')).status).toBe(401)
    expect((await here.post('/api/auth/sign-out-elsewhere')).status).toBe(200)
    expect((await lostPhone.get('/api/auth/me')).json.user).toBeNull()
    expect((await here.get('/api/auth/me')).json.user.email).toBe(email)
    const audit = await here.get('/api/admin/audit')
    expect(audit.status).toBe(200)
    expect(JSON.stringify(audit.json)).toContain('end_other_sessions')
  })

  it('resets a forgotten password through a one-time link mailed in the recipient language', async () => {
    const email = unique('reset')
    await client(server.url).post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Reset', locale: 'vi' })
    const asked = await client(server.url).post('/api/auth/password-reset', { email, locale: 'en' })
    expect(asked.status).toBe(200)
    const unknown = await client(server.url).post('/api/auth/password-reset', { email: unique('ghost'), locale: 'en' })
    expect(unknown.json).toEqual(asked.json)
    const mailDir = join(server.dataDir, 'mail')
    const mail = readdirSync(mailDir).map(f => JSON.parse(readFileSync(join(mailDir, f), 'utf8'))).find(m => m.to === email)
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
