import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

// The anonymous page cache (server/cache/page-cache.ts) must be correct before it is fast: a signed-in page
// never comes from it, two locales never share an entry, and an edit shows on the public page at once.
let server: RunningServer
let partner: Client
let chaoPhraya: { id: string; slug: string }

const PARTNER_NAME = 'สมชาย ใจดี'
const page = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} })
const nonceOf = (html: string) => /<script nonce="([^"]+)"/.exec(html)?.[1]
const langOf = (html: string) => /<html[^>]* lang="([^"]+)"/.exec(html)?.[1]

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  partner = client(server.url)
  expect((await partner.post('/api/auth/login', { email: 'partner.thai@demo.example', password: 'demo-password-2026' })).status).toBe(200)
  const list = (await client(server.url).get('/api/institutions')).json as { items: { id: string; slug: string }[] }
  chaoPhraya = list.items.find(i => i.slug === 'chao-phraya-technical')!
}, 300_000)
afterAll(() => server.stop())

describe('anonymous pages come from the page cache', () => {
  it('serves the second request from the cache, with a fresh nonce in the tags and in the CSP header alike', async () => {
    const first = await page('/th/institutions')
    const firstHtml = await first.text()
    const second = await page('/th/institutions')
    const secondHtml = await second.text()
    expect(first.headers.get('x-page-cache')).toBe('miss')
    expect(second.headers.get('x-page-cache')).toBe('hit')
    const [a, b] = [nonceOf(firstHtml), nonceOf(secondHtml)]
    expect(a).toBeTruthy()
    expect(b).toBeTruthy()
    expect(b).not.toBe(a)
    expect(second.headers.get('content-security-policy')).toContain(`'nonce-${b}'`)
    expect(secondHtml).not.toContain(a!)
    expect(secondHtml.replaceAll(b!, a!)).toBe(firstHtml)
    // A visitor gets no session cookie, cached or not; the language read is remembered as on a rendered page.
    expect(second.headers.getSetCookie().filter(c => c.startsWith('portal_session='))).toEqual([])
    expect(second.headers.getSetCookie().some(c => c.startsWith('i18n_locale=th;'))).toBe(true)
  })

  it('never mixes locales: each prefix has its own entry in its own language', async () => {
    for (const path of ['/km/institutions', '/th/institutions', '/km/institutions', '/vi/institutions']) await page(path)
    const km = await page('/km/institutions')
    const th = await page('/th/institutions')
    expect(km.headers.get('x-page-cache')).toBe('hit')
    expect(th.headers.get('x-page-cache')).toBe('hit')
    expect(langOf(await km.text())).toMatch(/^km/)
    expect(langOf(await th.text())).toMatch(/^th/)
  })

  it('never serves a signed-in request from the cache, nor keeps what it rendered for one', async () => {
    await page('/th/institutions')
    const signedIn = await page('/th/institutions', partner.cookie())
    const html = await signedIn.text()
    expect(signedIn.headers.get('x-page-cache')).toBeNull()
    // The signed-in person's name travels in the page's state; a visitor's page must not carry it.
    expect(html).toContain(PARTNER_NAME)
    const anonymous = await page('/th/institutions')
    expect(await anonymous.text()).not.toContain(PARTNER_NAME)
  })

  it('shows an edit to an institution on its public page in the very next request', async () => {
    const path = `/th/institutions/${chaoPhraya.slug}`
    await page(path)
    expect((await page(path)).headers.get('x-page-cache')).toBe('hit')
    const text = `คำอธิบายที่แก้ไขแล้ว ${Date.now()}`
    expect((await partner.patch(`/api/institutions/${chaoPhraya.id}`, { description: { th: text, en: 'Edited description' } })).status).toBe(200)
    const after = await page(path)
    expect(after.headers.get('x-page-cache')).toBe('miss')
    expect(await after.text()).toContain(text)
  })

  it('keeps pages apart for visitors whose cookies differ (a cookie may change what a page shows)', async () => {
    await page('/th/mobility/calls', 'portal_tz=Asia/Bangkok')
    const same = await page('/th/mobility/calls', 'portal_tz=Asia/Bangkok')
    const other = await page('/th/mobility/calls', 'portal_tz=Asia/Yangon')
    expect(same.headers.get('x-page-cache')).toBe('hit')
    expect(other.headers.get('x-page-cache')).toBe('miss')
  })

  it('renders error pages every time', async () => {
    await page('/th/institutions/no-such-college')
    const again = await page('/th/institutions/no-such-college')
    expect(again.status).toBe(404)
    expect(again.headers.get('x-page-cache')).toBe('miss')
  })
})
