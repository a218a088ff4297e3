import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayIn } from '../../shared/dates'
import { client, signUpConfirmed, startServer, type Client, type RunningServer } from './server'

let server: RunningServer
let secretariat: Client
let email: string
beforeAll(async () => {
  server = await startServer()
  secretariat = client(server.url)
  await secretariat.post('/api/auth/login', { email: 'secretariat@demo.example', password: 'demo-password-2026' })
  // A newcomer renames themself: one profile update to look for.
  email = `audit-${Date.now()}@test.example`
  const person = client(server.url)
  await signUpConfirmed(person, server, { email, password: 'long-enough-1', displayName: 'Audit Newcomer' })
  expect((await person.patch('/api/profile', { displayName: 'Audit Renamed' })).status).toBe(200)
})
afterAll(() => server.stop())

const tomorrow = () => new Date(Date.parse(`${todayIn('UTC')}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

describe('the audit log', () => {
  it('is the secretariat\'s: a student is refused the log and its export', async () => {
    const student = client(server.url)
    await student.post('/api/auth/login', { email: 'student.vietnam@demo.example', password: 'demo-password-2026' })
    expect((await student.get('/api/admin/audit')).status).toBe(403)
    expect((await student.get('/api/admin/audit/export')).status).toBe(403)
    expect((await client(server.url).get('/api/admin/audit')).status).toBe(401)
  })

  it('finds a person\'s acts by kind, action and day, with the names a sentence needs', async () => {
    const found = await secretariat.get(`/api/admin/audit?person=${encodeURIComponent(email)}&entity=profiles&action=update&timeZone=UTC&from=${todayIn('UTC')}`)
    expect(found.status).toBe(200)
    expect(found.json.items).toHaveLength(1)
    expect(found.json.items[0]).toMatchObject({ entity: 'profiles', action: 'update', actor_email: email, actor_name: 'Audit Renamed', subject: 'Audit Renamed' })
    expect(found.json).toMatchObject({ page: 1, hasMore: false })
    const later = await secretariat.get(`/api/admin/audit?person=${encodeURIComponent(email)}&from=${tomorrow()}`)
    expect(later.json.items).toEqual([])
  })

  it('pages by 50', async () => {
    const first = await secretariat.get('/api/admin/audit')
    expect(first.json.items).toHaveLength(50)
    expect(first.json.hasMore).toBe(true)
    const second = await secretariat.get('/api/admin/audit?page=2')
    const ids = new Set(first.json.items.map((e: { id: string }) => e.id))
    expect(second.json.items.length).toBeGreaterThan(0)
    expect(second.json.items.some((e: { id: string }) => ids.has(e.id))).toBe(false)
  })

  it('exports the filtered list as XLSX', async () => {
    const reply = await secretariat.get(`/api/admin/audit/export?person=${encodeURIComponent(email)}`, { 'x-locale': 'th' })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.xlsx"$/)
  })
})
