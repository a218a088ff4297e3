import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * GET /api/certificates?view=people: an office names a certificate's holder by hand from the community's directory
 * (teachers and reviewers of member institutions). Staff only; a visitor 401, a student 403; bad input a translated 422.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'office'
const who = {} as Record<Role, Client>
const { expectStatus, matrix } = roleRequests(who)
let teacherId = ''
const search = (q: string) => `/api/certificates?view=people&q=${encodeURIComponent(q)}`

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('certpeople'))
  const home = await institutionRow(fixtures.db, 'cert-people-home')
  await asService(fixtures.db, 'test fixture', tx => tx.updateTable('institutions').set({ membership_status: 'member' }).where('id', '=', home).execute())
  who.anon = client(server.url)
  who.student = (await memberClient(server, fixtures.db, 'cert-people-student', home, 'student')).client
  who.office = (await memberClient(server, fixtures.db, 'cert-people-office', home, 'office_staff')).client
  teacherId = (await memberClient(server, fixtures.db, 'cert-people-teacher', home, 'teacher')).id
}, 300_000)
afterAll(async () => {
  await stop?.()
})

describe('GET /api/certificates?view=people', () => {
  matrix('GET', () => search('cert-people-teacher'), { anon: 401, student: 403, office: 200 })
  it('finds a teacher of the directory by a part of the name, and not a student', async () => {
    const people = (await expectStatus('office', 'GET', search('cert-people'), 200)).json.people as { id: string; display_name: string }[]
    expect(people.map(p => p.id)).toEqual([teacherId])
    expect(Object.keys(people[0]!)).not.toContain('email')
  })
  it('refuses a missing or one-letter search with a translated 422', async () => {
    for (const path of ['/api/certificates?view=people', search('a')]) {
      const reply = await expectStatus('office', 'GET', path, 422)
      expect(reply.json.message).toMatch(/\p{Script=Thai}/u)
    }
  })
})
