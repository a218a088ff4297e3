import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

// The two public credential routes (server/routes): the same answer for anyone, signed in or not.
let server: RunningServer
let anonymous: Client, partner: Client

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  anonymous = client(server.url)
  partner = client(server.url)
  expect((await partner.post('/api/auth/login', { email: 'partner.thai@demo.example', password: 'demo-password-2026' })).status).toBe(200)
}, 300_000)
afterAll(() => server.stop())

describe('credential routes', () => {
  it('serves the portal\'s DID document to anyone', async () => {
    const did = `did:web:${encodeURIComponent(new URL(server.url).host)}`
    for (const who of [anonymous, partner]) {
      const response = await who.get('/.well-known/did.json')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/did+json')
      expect(response.json).toMatchObject({ id: did, verificationMethod: expect.any(Array), assertionMethod: expect.any(Array) })
    }
  })

  it('answers an unknown or malformed status list with a translated 404', async () => {
    for (const path of ['/credentials/status/not-a-list', `/credentials/status/${crypto.randomUUID()}`]) {
      for (const who of [anonymous, partner]) {
        const response = await who.get(path, { 'accept-language': 'th' })
        expect(response.status).toBe(404)
      }
    }
  })
})
