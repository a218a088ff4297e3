import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

/** GET /api/dashboard answers each demo role with its own lists, and anonymous visitors 401. */
const PEOPLE = ['student.vietnam', 'office.nanning', 'partner.thai', 'secretariat'] as const
let server: RunningServer
const people = {} as Record<(typeof PEOPLE)[number], Client>

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  for (const who of PEOPLE) {
    const c = client(server.url)
    const reply = await c.request('POST', '/api/auth/login', { email: `${who}@demo.example`, password: 'demo-password-2026' })
    expect(reply.status).toBeLessThan(300)
    people[who] = c
  }
}, 600_000)
afterAll(() => server?.stop())

type Board = Record<'approvals' | 'learningAgreements' | 'reviews' | 'applications' | 'deadlines', { id: string }[]> & { tasks: { kind: string; link: string }[] }
const board = async (c: Client) => {
  const reply = await c.request('GET', '/api/dashboard')
  expect(reply.status).toBe(200)
  return reply.json as Board
}

describe('GET /api/dashboard', () => {
  it('asks anonymous visitors to sign in', async () => {
    expect((await client(server.url).request('GET', '/api/dashboard')).status).toBe(401)
  })

  it('gives a student no approvals or reviews, only their own applications and deadlines', async () => {
    const b = await board(people['student.vietnam'])
    expect(b.approvals).toEqual([])
    expect(b.reviews).toEqual([])
    expect(Array.isArray(b.applications) && Array.isArray(b.deadlines)).toBe(true)
  })

  it('answers office, partner and secretariat with the five lists and the other modules\' tasks, the secretariat with nothing to approve or review', async () => {
    for (const who of ['office.nanning', 'partner.thai'] as const) expect(Object.keys(await board(people[who])).sort()).toEqual(['applications', 'approvals', 'deadlines', 'learningAgreements', 'reviews', 'tasks'])
    const secretariat = await board(people.secretariat)
    expect(secretariat.approvals).toEqual([])
    expect(secretariat.reviews).toEqual([])
  })
})
