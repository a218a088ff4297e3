import { afterAll, describe, expect, it } from 'vitest'
import { client, emptyDataDir, signUpConfirmed, startServer, type RunningServer } from './server'

let server: RunningServer | undefined
afterAll(() => server?.stop())

describe('embedded mode durability', () => {
  it('migrates and seeds an empty data dir at first start, and keeps every acknowledged write after kill -9 during writes', async () => {
    // An empty data dir, not the suite's seeded template: this start migrates and seeds from nothing.
    // A cheap password hash: each acknowledged write is now a sign-up and its confirmation, and the test is about the writes.
    server = await startServer({ NUXT_RATE_LIMIT_SIGNUP_PER_IP: '100000', BCRYPT_COST: '4' }, emptyDataDir())
    const dataDir = server.dataDir
    expect(server.log()).toMatch(/\[db\] applied migrations: \d{14}_/)
    expect(server.log()).toContain('[seed] demo community created')
    const acknowledged: string[] = []
    let stop = false
    // Four writers sign up accounts as fast as they can; the server is killed while they run.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const email = `crash-${w}-${i}@test.example`
        try {
          // Acknowledged once the confirmation has signed the person in: both writes were answered.
          await signUpConfirmed(client(server!.url), server!, { email, password: 'durable-pass-1', displayName: `W${w} ${i}` })
          acknowledged.push(email)
        }
        catch { return }
      }
    })
    await new Promise(r => setTimeout(r, 3000))
    server.process.kill('SIGKILL')
    stop = true
    await Promise.all(writers)
    await new Promise(r => server!.process.exitCode !== null || server!.process.signalCode ? r(null) : server!.process.once('exit', r))
    expect(acknowledged.length).toBeGreaterThan(5)

    server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '100000', NUXT_RATE_LIMIT_LOGIN_PER_ACCOUNT_IP: '100000' }, dataDir)
    const missing: string[] = []
    for (const email of acknowledged) {
      const login = await client(server.url).post('/api/auth/login', { email, password: 'durable-pass-1' })
      if (login.status !== 200) missing.push(email)
    }
    expect(missing).toEqual([])
    // The first start seeded the demo community: its people log in; the second start had no migration left to apply.
    const demo = client(server.url)
    expect((await demo.post('/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })).status).toBe(200)
    expect(server.log()).not.toContain('applied migrations')
  })
})
