import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

/** Running the evaluation invitations now (as the quarter-hourly job does) is the secretariat's; others are refused. */
let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server.stop())

const signedIn = async (email: string) => {
  const c = client(server.url)
  expect((await c.post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  return c
}

describe('POST /api/admin/jobs/evaluation-dispatch', () => {
  it('answers a visitor 401, a student and an office 403, the secretariat with what was sent', async () => {
    expect((await client(server.url).post('/api/admin/jobs/evaluation-dispatch')).status).toBe(401)
    expect((await (await signedIn('student.cambodia@demo.example')).post('/api/admin/jobs/evaluation-dispatch')).status).toBe(403)
    expect((await (await signedIn('office.nanning@demo.example')).post('/api/admin/jobs/evaluation-dispatch')).status).toBe(403)
    const reply = await (await signedIn('secretariat@demo.example')).post('/api/admin/jobs/evaluation-dispatch')
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({ invited: expect.any(Number), reminded: expect.any(Number), overdue: expect.any(Number) })
  })
})
