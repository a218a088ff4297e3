import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, signUpConfirmed, startServer, type RunningServer } from './server'

/**
 * Who may call each mobility route: one test per route × role, with the status the security model
 * calls for. Signed-in routes answer anonymous visitors 401; an application someone may not see is
 * not revealed (404); a person who sees it but may not take the step gets 403; calls and programs
 * are public to read.
 */
type Client = ReturnType<typeof client>
const PASSWORD = 'demo-password-2026'
const DEMO = ['student.vietnam', 'student.cambodia', 'office.hanoi', 'office.nanning', 'partner.thai', 'enterprise', 'teacher.nanning', 'secretariat', 'reviewer'] as const
/** `owner` is the applicant of the row's fixture (student.vietnam for the draft, a fresh Red River student otherwise). */
const ROLES = ['anon', 'owner', ...DEMO] as const
type Role = typeof ROLES[number]
type Fixture = 'draft' | 'nominated' | 'toAccept' | 'confirmed'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const FORM = {
  latinName: 'Authz Applicant', nativeName: 'Authz Applicant', emergencyContact: { name: 'Parent', phone: '+84 900 000 000', relation: 'parent' },
  preferredCourses: 'Industrial robotics', studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level: 'HSK3', issuer: 'CTI' }],
  motivation: 'Authorization test', teachingPlan: '', teachingHours: null,
}
const PASSPORT = { passportNumber: 'C1234567', passportExpiry: '2031-01-01', nationality: 'VN' }
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)

let server: RunningServer
const people = {} as Record<Exclude<Role, 'owner'>, Client>
const apps = {} as Record<Fixture, { id: string; owner: Client }>
const ids = {} as { call: string; program: string; academicYear: string; redRiver: string; mekong: string; nanning: string; file: string; incident: string }

const api = (path: string) => `/api/mobility${path}`
const appPath = (fixture: Fixture, tail = '') => () => api(`/applications/${apps[fixture].id}${tail}`)

/** Sends a request and insists on the status, showing the reply when it differs (for fixture building). */
async function ok(c: Client, method: string, path: string, body?: unknown) {
  const reply = await c.request(method, path, body)
  expect(reply.status, `${method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(300)
  return reply.json
}

const revisionOf = async (fixture: Fixture) => (await ok(apps[fixture].owner, 'GET', appPath(fixture)())).revision as number
const step = async (c: Client, fixture: Fixture, action: string) =>
  ok(c, 'POST', appPath(fixture, '/steps')(), { action, revision: await revisionOf(fixture) })

async function logIn(email: string) {
  const c = client(server.url)
  await ok(c, 'POST', '/api/auth/login', { email, password: PASSWORD })
  return c
}

/** A new person, made a student of Red River by the secretariat. */
async function freshStudent(name: string) {
  const c = client(server.url)
  const { user } = await signUpConfirmed(c, server, { email: `authz-${name}-${Date.now()}@authz.example`, password: 'authz-password-2026', displayName: `Authz ${name}`, locale: 'vi' })
  await ok(people.secretariat, 'POST', '/api/admin/memberships', { userId: user.id, institutionId: ids.redRiver, role: 'student' })
  return c
}

/** An application to the Spring call from Red River, taken through the lifecycle up to `state`. */
async function application(fixture: Fixture, owner: Client, state: 'draft' | 'nominated' | 'accepted' | 'confirmed') {
  const { id } = await ok(owner, 'POST', api('/applications'), { callId: ids.call, homeInstitutionId: ids.redRiver })
  apps[fixture] = { id, owner }
  await ok(owner, 'PUT', appPath(fixture)(), { revision: await revisionOf(fixture), form: FORM, private: PASSPORT })
  const upload = new FormData()
  upload.append('file', new Blob([PDF], { type: 'application/pdf' }), 'transcript.pdf')
  const file = await ok(owner, 'POST', '/api/files', upload)
  if (state === 'draft') return void (ids.file = file.id)
  await ok(owner, 'PUT', appPath(fixture, '/documents/transcript')(), { fileId: file.id })
  await step(owner, fixture, 'submit')
  await step(people['office.hanoi'], fixture, 'nominate')
  if (state === 'nominated') return
  await step(people['office.nanning'], fixture, 'accept')
  if (state === 'confirmed') await step(owner, fixture, 'confirm')
}

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  people.anon = client(server.url)
  for (const who of DEMO) people[who] = await logIn(`${who}@demo.example`)
  const institutions = (await ok(people.anon, 'GET', '/api/institutions')).items as { id: string; slug: string }[]
  const slug = (s: string) => institutions.find(i => i.slug === s)!.id
  Object.assign(ids, { redRiver: slug('red-river-tech-university'), mekong: slug('mekong-institute-technology'), nanning: slug('nanning-smart-polytechnic') })
  ids.call = (await ok(people.anon, 'GET', api('/calls'))).find((c: { title: { en: string } }) => c.title.en === 'Spring semester call').id
  const call = await ok(people.anon, 'GET', api(`/calls/${ids.call}`))
  Object.assign(ids, { program: call.program_id, academicYear: call.academic_year })
  // Red River has four places in the Spring call; the demo's nominated Hanoi student holds one, and each
  // application here that gets past nomination takes one of the other three.
  await application('draft', people['student.vietnam'], 'draft')
  await application('nominated', await freshStudent('nominated'), 'nominated')
  await application('toAccept', await freshStudent('to-accept'), 'nominated')
  await application('confirmed', await freshStudent('confirmed'), 'confirmed')
  const incident = { type: 'health', severity: 'low', description: 'A cold', occurredAtLocal: `${yesterday}T10:00`, timeZone: 'Asia/Shanghai' }
  ids.incident = (await ok(apps.confirmed.owner, 'POST', appPath('confirmed', '/incidents')(), incident)).id
}, 240_000)
afterAll(() => server?.stop())

interface Row {
  method: 'GET' | 'POST' | 'PUT'
  route: string
  /** The fixture whose applicant plays `owner`, and whose revision a write sends. */
  on?: Fixture
  path: () => string
  body?: (revision: number) => unknown
  /** Expected status per role, in ROLES order. */
  codes: number[]
}

const ALL_200 = [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]
const newCall = () => ({
  programId: ids.program, title: { en: 'Authz call' }, opensAtLocal: '2027-01-04T09:00', closesAtLocal: '2027-02-01T17:00',
  timeZone: 'Asia/Shanghai', academicYear: ids.academicYear, places: [{ sendingInstitutionId: ids.redRiver, places: 1 }],
})
const newProgram = () => ({
  type: 'semester_exchange', title: { en: 'Authz program' }, hostInstitutionId: ids.nanning, sendingInstitutionIds: [ids.redRiver],
  startsOn: '2027-03-01', endsOn: '2027-07-01', places: 2,
})
const incidentInput = () => ({ type: 'other', severity: 'low', description: 'Missed the bus', occurredAtLocal: `${yesterday}T08:00`, timeZone: 'Asia/Shanghai' })

// The matrix; codes in ROLES order: anon, owner, student.vietnam, student.cambodia, office.hanoi,
// office.nanning, partner.thai, enterprise, teacher.nanning, secretariat, reviewer.
const MATRIX: Row[] = [
  { method: 'GET', route: 'calls', path: () => api('/calls'), codes: ALL_200 },
  { method: 'GET', route: 'calls/[id]', path: () => api(`/calls/${ids.call}`), codes: ALL_200 },
  { method: 'POST', route: 'calls', path: () => api('/calls'), body: newCall, codes: [401, 403, 403, 403, 201, 201, 403, 403, 403, 201, 403] },
  { method: 'GET', route: 'programs', path: () => api('/programs'), codes: [401, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403] },
  { method: 'GET', route: 'programs/[id]', path: () => api(`/programs/${ids.program}`), codes: ALL_200 },
  { method: 'POST', route: 'programs', path: () => api('/programs'), body: newProgram, codes: [401, 403, 403, 403, 403, 201, 403, 403, 403, 201, 403] },
  { method: 'GET', route: 'applications', path: () => api('/applications'), codes: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
  // Applying from Mekong: only a student of Mekong may.
  { method: 'POST', route: 'applications', path: () => api('/applications'), body: () => ({ callId: ids.call, homeInstitutionId: ids.mekong }), codes: [401, 403, 403, 201, 403, 403, 403, 403, 403, 403, 403] },
  { method: 'GET', route: 'applications/export', path: () => api('/applications/export?view=outgoing'), codes: [401, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403] },
  { method: 'GET', route: 'emergency', path: () => api('/emergency'), codes: [401, 403, 403, 403, 200, 200, 200, 200, 403, 403, 403] },
  // A draft: the applicant and the home office see it, the host office does not yet.
  { method: 'GET', route: 'applications/[id]', on: 'draft', path: appPath('draft'), codes: [401, 200, 200, 404, 200, 404, 404, 404, 404, 404, 404] },
  { method: 'PUT', route: 'applications/[id]', on: 'draft', path: appPath('draft'), body: revision => ({ revision, form: FORM }), codes: [401, 200, 200, 404, 403, 404, 404, 404, 404, 404, 404] },
  { method: 'PUT', route: 'applications/[id]/documents/[key]', on: 'draft', path: appPath('draft', '/documents/transcript'), body: () => ({ fileId: ids.file }), codes: [401, 200, 200, 404, 403, 404, 404, 404, 404, 404, 404] },
  { method: 'GET', route: 'applications/[id]/checklist', on: 'draft', path: appPath('draft', '/checklist'), codes: [401, 200, 200, 404, 200, 404, 404, 404, 404, 404, 404] },
  { method: 'GET', route: 'applications/[id]/incidents', on: 'draft', path: appPath('draft', '/incidents'), codes: [401, 200, 200, 404, 200, 404, 404, 404, 404, 404, 404] },
  // Nominated: the host office sees it now; only the home office scores.
  { method: 'GET', route: 'applications/[id]', on: 'nominated', path: appPath('nominated'), codes: [401, 200, 404, 404, 200, 200, 404, 404, 404, 404, 404] },
  { method: 'POST', route: 'applications/[id]/score', on: 'nominated', path: appPath('nominated', '/score'), body: revision => ({ revision, score: 80 }), codes: [401, 403, 404, 404, 200, 403, 404, 404, 404, 404, 404] },
  // Only the host accepts (the one 200 comes after every cell that could see the application).
  { method: 'POST', route: 'applications/[id]/steps', on: 'toAccept', path: appPath('toAccept', '/steps'), body: revision => ({ action: 'accept', revision }), codes: [401, 403, 404, 404, 403, 200, 404, 404, 404, 404, 404] },
  // Confirmed: the applicant and both offices keep the checklist, read the letter and report incidents.
  { method: 'GET', route: 'applications/[id]/letter', on: 'confirmed', path: appPath('confirmed', '/letter'), codes: [401, 200, 404, 404, 200, 200, 404, 404, 404, 404, 404] },
  { method: 'GET', route: 'applications/[id]/checklist', on: 'confirmed', path: appPath('confirmed', '/checklist'), codes: [401, 200, 404, 404, 200, 200, 404, 404, 404, 404, 404] },
  { method: 'PUT', route: 'applications/[id]/checklist/[key]', on: 'confirmed', path: appPath('confirmed', '/checklist/insurance'), body: () => ({ status: 'done' }), codes: [401, 200, 404, 404, 200, 200, 404, 404, 404, 404, 404] },
  { method: 'GET', route: 'applications/[id]/incidents', on: 'confirmed', path: appPath('confirmed', '/incidents'), codes: [401, 200, 404, 404, 200, 200, 404, 404, 404, 404, 404] },
  { method: 'POST', route: 'applications/[id]/incidents', on: 'confirmed', path: appPath('confirmed', '/incidents'), body: incidentInput, codes: [401, 201, 404, 404, 201, 201, 404, 404, 404, 404, 404] },
  { method: 'POST', route: 'incidents/[id]/notes', on: 'confirmed', path: () => api(`/incidents/${ids.incident}/notes`), body: () => ({ text: 'Called the student.' }), codes: [401, 201, 404, 404, 201, 201, 404, 404, 404, 404, 404] },
]

describe.each(MATRIX.map(row => ({ ...row, title: `${row.method} /api/mobility/${row.route}${row.on ? ` (${row.on})` : ''}` })))('$title', (row) => {
  it.each(ROLES.map((role, i) => ({ role, code: row.codes[i]! })))('$role gets $code', async ({ role, code }) => {
    const who = role === 'owner' ? apps[row.on ?? 'nominated'].owner : people[role]
    const body = row.body?.(row.on ? await revisionOf(row.on) : 0)
    const reply = await who.request(row.method, row.path(), body)
    expect(reply.status, `${row.method} ${row.path()} as ${role}: ${reply.text.slice(0, 300)}`).toBe(code)
  })
})

// The lists (every view together) show each role exactly the fixtures it may open: never a draft to the host.
const LISTED: Partial<Record<Role, Fixture[]>> = {
  'owner': ['nominated'], 'student.vietnam': ['draft'], 'office.hanoi': ['draft', 'nominated', 'toAccept', 'confirmed'], 'office.nanning': ['nominated', 'toAccept', 'confirmed'],
}
describe('GET /api/mobility/applications?view=mine|outgoing|incoming', () => {
  it.each(ROLES.filter(r => r !== 'anon'))('%s lists only the applications it may open', async (role) => {
    const who = role === 'owner' ? apps.nominated.owner : people[role]
    const listed = (await Promise.all(['mine', 'outgoing', 'incoming'].map(view => ok(who, 'GET', api(`/applications?view=${view}`))))).flat().map(a => a.id)
    const fixtures = (Object.keys(apps) as Fixture[]).filter(f => listed.includes(apps[f].id))
    expect(fixtures.sort()).toEqual([...(LISTED[role] ?? [])].sort())
  })
})
