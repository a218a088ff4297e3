import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '1000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000' })
})
afterAll(() => server.stop())

const PASSWORD = 'correct-horse-42'
const newPerson = (name: string, extra: Record<string, string> = {}) => ({
  email: `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.example`, password: PASSWORD, displayName: name, locale: 'vi', ...extra,
})
const zoneOf = async (c: ReturnType<typeof client>) => (await c.get('/api/auth/me')).json.user.time_zone

describe('a person\'s time zone', () => {
  it('is the browser\'s zone from sign-up on, under its current name', async () => {
    const c = client(server.url)
    await signUpConfirmed(c, server, newPerson('saigon', { timeZone: 'Asia/Saigon' }))
    expect(await zoneOf(c)).toBe('Asia/Ho_Chi_Minh')
  })

  it('is stored at the first sign-in when the profile has none, and a later browser elsewhere does not change it', async () => {
    const c = client(server.url)
    const person = newPerson('nozone')
    await signUpConfirmed(c, server, person)
    expect(await zoneOf(c)).toBeNull()
    await c.post('/api/auth/logout')

    expect((await c.post('/api/auth/login', { email: person.email, password: PASSWORD, timeZone: 'Asia/Manila' })).status).toBe(200)
    expect(await zoneOf(c)).toBe('Asia/Manila')
    await c.post('/api/auth/logout')
    expect((await c.post('/api/auth/login', { email: person.email, password: PASSWORD, timeZone: 'Europe/Paris' })).status).toBe(200)
    expect(await zoneOf(c)).toBe('Asia/Manila')
  })

  it('stays the one the person chose on their profile', async () => {
    const c = client(server.url)
    const person = newPerson('chooser', { timeZone: 'Asia/Bangkok' })
    await signUpConfirmed(c, server, person)
    expect((await c.patch('/api/profile', { timeZone: 'Asia/Jakarta' })).status).toBe(200)
    await c.post('/api/auth/logout')
    await c.post('/api/auth/login', { email: person.email, password: PASSWORD, timeZone: 'Asia/Tokyo' })
    expect(await zoneOf(c)).toBe('Asia/Jakarta')
  })

  it('of a demo person is where they live: a Cambodian student signing in from Tokyo keeps Phnom Penh', async () => {
    const c = client(server.url)
    expect((await c.post('/api/auth/login', { email: 'student.cambodia@demo.example', password: 'demo-password-2026', timeZone: 'Asia/Tokyo' })).status).toBe(200)
    const me = (await c.get('/api/auth/me')).json.user
    expect(me.time_zone).toBe('Asia/Phnom_Penh')
    expect(me.memberships.map((m: { country: string }) => m.country)).toEqual(['KH'])
  })

  it('answers a zone that is none with a translated 422, on sign-in, sign-up and the profile', async () => {
    const c = client(server.url, { 'x-locale': 'km' })
    const login = await c.post('/api/auth/login', { email: 'student.cambodia@demo.example', password: 'demo-password-2026', timeZone: 'Mars/Base' })
    const signup = await c.post('/api/auth/signup', newPerson('bogus', { timeZone: 'not a zone' }))
    expect([login.status, signup.status]).toEqual([422, 422])
    expect(login.json.data.key).toBeTruthy()
    expect(login.json.message).toMatch(/[\u1780-\u17FF]/)
    await c.post('/api/auth/login', { email: 'student.cambodia@demo.example', password: 'demo-password-2026' })
    expect((await c.patch('/api/profile', { timeZone: 'Asia/Atlantis' })).status).toBe(422)
    expect(await zoneOf(c)).toBe('Asia/Phnom_Penh')
  })
})

describe('pages rendered on the server', () => {
  it('show a signed-out visitor\'s times in the zone their browser named in its cookie, and ignore a cookie naming no zone', async () => {
    const inTokyo = await client(server.url, { cookie: 'portal_tz=Asia%2FTokyo' }).get('/km/mobility/calls')
    expect(inTokyo.status).toBe(200)
    expect(inTokyo.text).toMatch(/data-testid="time-viewer"[^>]*data-zone="Asia\/Tokyo"/)
    const bogus = await client(server.url, { cookie: 'portal_tz=Mars%2FBase' }).get('/km/mobility/calls')
    expect(bogus.status).toBe(200)
    expect(bogus.text).toContain('data-testid="time-there"')
    expect(bogus.text).not.toContain('data-testid="time-viewer"')
  })

  it('show a signed-in person\'s times in their profile\'s zone, whatever the browser\'s cookie says', async () => {
    const c = client(server.url)
    await c.post('/api/auth/login', { email: 'student.vietnam@demo.example', password: 'demo-password-2026' })
    const page = await c.get('/vi/mobility/calls', { cookie: `${c.cookie()}; portal_tz=Asia%2FTokyo` })
    expect(page.text).toMatch(/data-testid="time-viewer"[^>]*data-zone="Asia\/Ho_Chi_Minh"/)
    expect(page.text).not.toContain('data-zone="Asia/Tokyo"')
  })
})
