import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type RunningServer } from './server'

let server: RunningServer
let anon: ReturnType<typeof client>
let student: ReturnType<typeof client>
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  anon = client(server.url)
  student = client(server.url)
  expect((await student.post('/api/auth/login', { email: 'student.vietnam@demo.example', password: 'demo-password-2026' })).status).toBe(200)
}, 300_000)
afterAll(() => server.stop())

describe('mobility routes', () => {
  it('lists calls for everyone, signed in or not', async () => {
    const reply = await anon.get('/api/mobility/calls')
    expect(reply.status).toBe(200)
    expect(Array.isArray(reply.json)).toBe(true)
  })

  it('names the host of each call as the institution directory does (the office page asks nothing else)', async () => {
    const calls = (await anon.get('/api/mobility/calls?open=false')).json as { host_institution_id: string; host_name: unknown; host_country: string }[]
    const directory = (await anon.get('/api/institutions')).json.items as { id: string; name: unknown; country: string }[]
    expect(calls.length).toBeGreaterThan(0)
    for (const call of calls) {
      const host = directory.find(i => i.id === call.host_institution_id)!
      expect({ name: call.host_name, country: call.host_country }).toEqual({ name: host.name, country: host.country })
    }
  })

  it('names the home and host institutions of an application in its own reply', async () => {
    const office = client(server.url)
    expect((await office.post('/api/auth/login', { email: 'office.nanning@demo.example', password: 'demo-password-2026' })).status).toBe(200)
    const [row] = (await office.get('/api/mobility/applications?view=incoming')).json as { id: string; home_name: unknown; host_name: unknown }[]
    expect(row).toBeDefined()
    const reply = (await office.get(`/api/mobility/applications/${row!.id}`)).json
    expect([reply.home_name, reply.host_name]).toEqual([row!.home_name, row!.host_name])
    expect(reply.host_name).toMatchObject({ en: expect.any(String) })
  })

  it('asks a signed-out visitor to log in before applying or reading applications', async () => {
    expect((await anon.post('/api/mobility/applications', { callId: UNKNOWN, homeInstitutionId: UNKNOWN })).status).toBe(401)
    expect((await anon.get('/api/mobility/applications')).status).toBe(401)
  })

  it('answers unknown calls and applications with 404', async () => {
    expect((await anon.get(`/api/mobility/calls/${UNKNOWN}`)).status).toBe(404)
    expect((await student.get(`/api/mobility/applications/${UNKNOWN}`)).status).toBe(404)
    expect((await student.post(`/api/mobility/applications/${UNKNOWN}/steps`, { action: 'submit', revision: 1 })).status).toBe(404)
  })

  const BAD: [string, string, unknown][] = [
    ['POST', '/api/mobility/applications', { callId: 'x' }],
    ['PUT', `/api/mobility/applications/${UNKNOWN}`, { revision: 'one', form: {} }],
    ['PUT', `/api/mobility/applications/${UNKNOWN}`, { revision: 1, form: { motivation: 'x'.repeat(20001) } }],
    ['POST', `/api/mobility/applications/${UNKNOWN}/steps`, { action: 'teleport', revision: 1 }],
    ['POST', `/api/mobility/applications/${UNKNOWN}/score`, { revision: 1, score: -3 }],
    ['PUT', `/api/mobility/applications/${UNKNOWN}/documents/transcript`, { fileId: 42 }],
    ['POST', '/api/mobility/programs', { type: 'holiday' }],
    ['POST', '/api/mobility/calls', { programId: UNKNOWN, opensAtLocal: 'soon' }],
    ['GET', '/api/mobility/applications?view=everything', undefined],
    ['PUT', `/api/mobility/applications/${UNKNOWN}/checklist/visa`, { status: 'maybe' }],
    ['POST', `/api/mobility/applications/${UNKNOWN}/incidents`, { type: 'alien', severity: 'high', description: '', occurredAtLocal: 'now', timeZone: 'Mars/Base' }],
    ['POST', `/api/mobility/incidents/${UNKNOWN}/notes`, { text: '' }],
    ['GET', `/api/mobility/applications/${UNKNOWN}/letter?second=fr`, undefined],
    ['GET', '/api/mobility/applications/export?view=mine', undefined],
    ['GET', '/api/mobility/calls?open=maybe', undefined],
    ['POST', '/api/mobility/applications', '{"broken'],
  ]
  it('refuses a field of study the ISCED-F list does not have with 422 in the reader\'s language, naming the field', async () => {
    const save = (fieldOfStudy: string) => student.request('PUT', `/api/mobility/applications/${UNKNOWN}`, { revision: 1, form: { fieldOfStudy } }, { 'x-locale': 'vi' })
    const refused = await save('0718')
    expect(refused.status).toBe(422)
    expect(refused.json.data).toMatchObject({ key: 'errors.validation', params: { field: 'form.fieldOfStudy' } })
    expect(refused.json.message).toMatch(/form\.fieldOfStudy/)
    expect(refused.json.message).not.toBe((await student.request('PUT', `/api/mobility/applications/${UNKNOWN}`, { revision: 1, form: { fieldOfStudy: '0718' } }, { 'x-locale': 'en' })).json.message)
    // A listed code passes validation and reaches the service, which finds no such application.
    expect((await save('0714')).status).toBe(404)
  })

  it.each(BAD)('%s %s refuses bad input with a translated 4xx', async (method, path, body) => {
    const reply = await student.request(method, path, body, { 'x-locale': 'vi' })
    expect(reply.status).toBeGreaterThanOrEqual(400)
    expect(reply.status).toBeLessThan(500)
    expect(typeof reply.json.data.key).toBe('string')
    expect(reply.json.message).not.toBe(reply.json.data.key)
  })
})
