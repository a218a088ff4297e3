import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Who may call each activity-plan route, as each demo role: anonymous visitors get 401; every member reads;
 * an office proposes for its own institution only; the secretariat opens and submits; the executive committee
 * (the demo's committee seats the Nanning office and the enterprise) decides and approves; an office that is
 * not on the committee is refused (403). Bad input is a translated 422, a step out of turn a 409.
 */
const PASSWORD = 'demo-password-2026'
const DEMO = ['student.vietnam', 'office.hanoi', 'office.nanning', 'partner.thai', 'enterprise', 'secretariat', 'reviewer'] as const
type Role = 'anon' | typeof DEMO[number]
const YEAR = '2090/2091'
const SLUG = '2090-2091'
const api = (tail = '') => `/api/calendar/plans${tail}`

let server: RunningServer
const people = {} as Record<Role, Client>
const ids = {} as { redRiver: string; nanning: string; hanoiItem: string; nanningItem: string }

async function logIn(email: string) {
  const c = client(server.url)
  const reply = await c.request('POST', '/api/auth/login', { email, password: PASSWORD })
  expect(reply.status).toBe(200)
  return c
}
const item = (organiser: string, month = '2091-03-01') => ({
  kind: 'seminar', title: { en: 'Smart manufacturing seminar', zh: '智能制造研讨会' }, audience: { en: 'Teachers' }, month,
  organiserInstitutionId: organiser, budgetLine: { en: 'Venue' }, budgetAmount: 5000, currency: 'CNY', expectedParticipants: 60,
})
async function statuses(roles: readonly Role[], send: (c: Client) => Promise<{ status: number }>) {
  const out: Partial<Record<Role, number>> = {}
  for (const role of roles) out[role] = (await send(people[role])).status
  return out
}

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  people.anon = client(server.url)
  for (const who of DEMO) people[who] = await logIn(`${who}@demo.example`)
  const institutions = (await people.anon.get('/api/institutions')).json.items as { id: string; slug: string }[]
  ids.redRiver = institutions.find(i => i.slug === 'red-river-tech-university')!.id
  ids.nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
}, 240_000)
afterAll(() => server?.stop())

describe('activity plan routes × roles', () => {
  it('opens a year\'s plan: the secretariat only; a duplicate year is 409, a malformed one 422', async () => {
    expect(await statuses(['anon', 'office.hanoi', 'office.nanning', 'student.vietnam'], c => c.post(api(), { academicYear: YEAR })))
      .toEqual({ 'anon': 401, 'office.hanoi': 403, 'office.nanning': 403, 'student.vietnam': 403 })
    expect((await people.secretariat.post(api(), { academicYear: YEAR })).status).toBe(201)
    expect((await people.secretariat.post(api(), { academicYear: YEAR })).status).toBe(409)
    const bad = await people.secretariat.post(api(), { academicYear: '2090/2092' })
    expect(bad.status).toBe(422)
  })

  it('reads the plans and a year\'s plan: every member; not a visitor; an unknown year is 404', async () => {
    const roles = ['anon', ...DEMO] as const
    const expected = Object.fromEntries(roles.map(r => [r, r === 'anon' ? 401 : 200]))
    expect(await statuses(roles, c => c.get(api()))).toEqual(expected)
    expect(await statuses(roles, c => c.get(api(`/${SLUG}`)))).toEqual(expected)
    expect((await people['student.vietnam'].get(api('/2091-2092'))).status).toBe(404)
    // A year that cannot be one names nothing: 404, as any malformed route parameter.
    expect((await people['student.vietnam'].get(api('/next-year'))).status).toBe(404)
  })

  it('takes proposals from an office for its own institution and from the secretariat; refuses the rest', async () => {
    const hanoi = await people['office.hanoi'].post(api(`/${SLUG}/items`), item(ids.redRiver))
    expect(hanoi.status).toBe(201)
    ids.hanoiItem = hanoi.json.id
    const nanning = await people['office.nanning'].post(api(`/${SLUG}/items`), item(ids.nanning, '2090-10-01'))
    expect(nanning.status).toBe(201)
    ids.nanningItem = nanning.json.id
    expect((await people.secretariat.post(api(`/${SLUG}/items`), item(ids.redRiver, '2091-08-01'))).status).toBe(201)
    expect(await statuses(['anon', 'office.hanoi', 'student.vietnam', 'reviewer'], c => c.post(api(`/${SLUG}/items`), item(ids.nanning))))
      .toEqual({ 'anon': 401, 'office.hanoi': 403, 'student.vietnam': 403, 'reviewer': 403 })
    const outside = await people['office.hanoi'].post(api(`/${SLUG}/items`), item(ids.redRiver, '2091-09-01'))
    expect(outside.status).toBe(422)
    expect(outside.json.data.params.field).toBe('month')
    expect((await people['office.hanoi'].post(api(`/${SLUG}/items`), { ...item(ids.redRiver), currency: null })).status).toBe(422)
  })

  it('lets the organiser\'s office or the secretariat edit an item; the committee decide on it', async () => {
    const edit = (c: Client) => c.request('PUT', api(`/${SLUG}/items/${ids.hanoiItem}`), { ...item(ids.redRiver), expectedParticipants: 80 })
    expect(await statuses(['anon', 'office.hanoi', 'office.nanning', 'secretariat', 'student.vietnam'], edit))
      .toEqual({ 'anon': 401, 'office.hanoi': 200, 'office.nanning': 403, 'secretariat': 200, 'student.vietnam': 403 })
    const decide = (c: Client) => c.post(api(`/${SLUG}/items/${ids.nanningItem}/decision`), { state: 'accepted' })
    expect(await statuses(['anon', 'office.hanoi', 'partner.thai', 'enterprise', 'office.nanning', 'secretariat'], decide))
      .toEqual({ 'anon': 401, 'office.hanoi': 403, 'partner.thai': 403, 'enterprise': 200, 'office.nanning': 200, 'secretariat': 200 })
  })

  it('submits by the secretariat, approves by the committee; an office off the committee is refused; then items are frozen', async () => {
    const step = (action: string) => (c: Client) => c.post(api(`/${SLUG}/steps`), { action })
    expect(await statuses(['anon', 'office.hanoi', 'office.nanning'], step('submit'))).toEqual({ 'anon': 401, 'office.hanoi': 403, 'office.nanning': 403 })
    expect((await people['office.nanning'].post(api(`/${SLUG}/steps`), { action: 'approve', meetingId: null })).status).toBe(409)
    expect((await people.secretariat.post(api(`/${SLUG}/steps`), { action: 'submit' })).status).toBe(200)
    expect(await statuses(['office.hanoi', 'partner.thai', 'student.vietnam'], step('approve')))
      .toEqual({ 'office.hanoi': 403, 'partner.thai': 403, 'student.vietnam': 403 })
    expect((await people['office.nanning'].post(api(`/${SLUG}/steps`), { action: 'approve', meetingId: 'not-a-meeting' })).status).toBe(422)
    const approved = await people['office.nanning'].post(api(`/${SLUG}/steps`), { action: 'approve', meetingId: null })
    expect(approved.status).toBe(200)
    expect(approved.json.state).toBe('approved')
    expect((await people['office.hanoi'].post(api(`/${SLUG}/items`), item(ids.redRiver))).status).toBe(409)
    expect((await people['office.hanoi'].delete(api(`/${SLUG}/items/${ids.hanoiItem}`))).status).toBe(409)
    const plan = (await people['student.vietnam'].get(api(`/${SLUG}`))).json
    expect(plan.state).toBe('approved')
    expect(plan.items.map((i: { state: string }) => i.state)).toEqual(['accepted', 'accepted', 'accepted'])
  })

  it('makes a draft activity from an accepted item for its organiser\'s office only (a venue when physical); the plan then shows it', async () => {
    const where = { mode: 'online', venueId: null, onlineUrl: 'https://meet.example/seminar', timeZone: 'Asia/Ho_Chi_Minh' }
    const make = (c: Client) => c.post(api(`/${SLUG}/items/${ids.hanoiItem}/activity`), where)
    expect(await statuses(['anon', 'office.nanning', 'student.vietnam'], make)).toEqual({ 'anon': 401, 'office.nanning': 403, 'student.vietnam': 403 })
    expect((await people['office.hanoi'].post(api(`/${SLUG}/items/${ids.hanoiItem}/activity`), { ...where, mode: 'physical' })).status).toBe(422)
    expect((await people['office.hanoi'].post(api(`/${SLUG}/items/${ids.hanoiItem}/activity`), { ...where, onlineUrl: 'ftp://x' })).status).toBe(422)
    const made = await make(people['office.hanoi'])
    expect(made.status, made.text).toBe(201)
    const plan = (await people['office.hanoi'].get(api(`/${SLUG}`))).json
    const planned = plan.items.find((i: { id: string }) => i.id === ids.hanoiItem)
    expect(planned.activities.map((a: { id: string; state: string }) => [a.id, a.state])).toEqual([[made.json.id, 'draft']])
  })

  it('exports the plan to members in two chosen languages; refuses visitors and unknown languages', async () => {
    const xlsx = await people['student.vietnam'].get(api(`/${SLUG}/export.xlsx?left=vi&right=zh`))
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    expect(xlsx.headers.get('content-disposition')).toContain('activity-plan-2090-2091-vi-zh.xlsx')
    const pdf = await people['partner.thai'].get(api(`/${SLUG}/plan.pdf?left=th&right=my`))
    expect(pdf.status).toBe(200)
    expect(pdf.text.startsWith('%PDF-')).toBe(true)
    expect((await people.anon.get(api(`/${SLUG}/plan.pdf?left=th&right=my`))).status).toBe(401)
    expect((await people['student.vietnam'].get(api(`/${SLUG}/export.xlsx?left=xx&right=zh`))).status).toBe(422)
  }, 60_000)
})
