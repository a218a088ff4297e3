import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formFromTemplate } from '../../shared/evaluation/templates'
import { client, startServer, type RunningServer } from './server'

/**
 * x-portal-clock moves the evaluation clock only on a server started with PORTAL_TEST_CLOCK=1 (the e2e server); a
 * production server ignores it. The same request — the secretariat's dispatch dated the day after the demo training
 * week, when its reaction survey opens — invites the registrants on a test-clock server and nobody on another.
 */
const TRAINING = 'Cross-cultural training week for mobility coordinators'
const DAY = 86_400_000

async function signedIn(server: RunningServer, email: string) {
  const c = client(server.url)
  expect((await c.post('/api/auth/login', { email, password: 'demo-password-2026' })).status).toBe(200)
  return c
}

/** The office attaches a published reaction survey right after the training week; the instant after its last session. */
async function surveyAfterTheWeek(server: RunningServer): Promise<{ instanceId: string; dayAfter: string }> {
  const office = await signedIn(server, 'office.nanning@demo.example')
  const me = (await office.get('/api/auth/me')).json as { user: { memberships: { institution_id: string }[] } }
  const training = ((await office.get('/api/calendar/activities?scope=mine')).json as { id: string; title: { en: string } }[]).find(a => a.title.en === TRAINING)!
  const { sessions } = (await office.get(`/api/calendar/activities/${training.id}`)).json as { sessions: { ends_at: string }[] }
  const created = await office.post('/api/evaluation/forms', { institutionId: me.user.memberships[0]!.institution_id, definition: formFromTemplate('reaction') })
  expect(created.status).toBe(200)
  expect((await office.post(`/api/evaluation/versions/${created.json.version.id}/publish`)).status).toBe(200)
  const attached = await office.post('/api/evaluation/instances', { target: 'activity', versionId: created.json.version.id, activityId: training.id, timing: 'after' })
  expect(attached.status).toBe(200)
  const lastEnd = Math.max(...sessions.map(s => Date.parse(s.ends_at)))
  return { instanceId: attached.json.id, dayAfter: new Date(lastEnd + DAY).toISOString() }
}

describe.each<{ env: Record<string, string>; name: string; moved: boolean }>([
  { env: {}, name: 'a production server ignores x-portal-clock', moved: false },
  { env: { PORTAL_TEST_CLOCK: '1' }, name: 'a server started with PORTAL_TEST_CLOCK=1 acts at its instant', moved: true },
])('$name', ({ env, moved }) => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer(env)
  })
  afterAll(() => server.stop())

  it(moved ? 'invites the registrants the day after the week' : 'invites nobody: the week has not happened yet', async () => {
    const { instanceId, dayAfter } = await surveyAfterTheWeek(server)
    const secretariat = await signedIn(server, 'secretariat@demo.example')
    const reply = await secretariat.post('/api/admin/jobs/evaluation-dispatch', undefined, { 'x-portal-clock': dayAfter })
    expect(reply.status).toBe(200)
    const student = await signedIn(server, 'student.cambodia@demo.example')
    const mine = (await student.get('/api/evaluation/invitations/mine', { 'x-portal-clock': dayAfter })).json as { instance_id: string; phase: string }[]
    if (moved) {
      expect(reply.json.invited).toBeGreaterThanOrEqual(4)
      expect(mine.find(i => i.instance_id === instanceId)).toMatchObject({ phase: 'open' })
    }
    else {
      expect(reply.json.invited).toBe(0)
      expect(mine.find(i => i.instance_id === instanceId)).toBeUndefined()
    }
  })
})
