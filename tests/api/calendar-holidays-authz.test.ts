import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, startServer, type Client, type RunningServer } from './server'

/**
 * Who may call the holiday, academic-calendar and scheduling-warning routes: the secretariat writes holidays and
 * reloads them from the library, an office writes its own institution's terms and exam periods, anyone reads;
 * signed-in routes answer anonymous visitors 401. The demo seed has loaded the holidays and two partners' calendars.
 */
const PASSWORD = 'demo-password-2026'
let server: RunningServer
const people = {} as Record<'anon' | 'secretariat' | 'office' | 'partner' | 'student', Client>
let nanning: string, songkran: string

async function logIn(email: string) {
  const c = client(server.url)
  const reply = await c.post('/api/auth/login', { email, password: PASSWORD })
  expect(reply.status, reply.text).toBe(200)
  return c
}

beforeAll(async () => {
  server = await startServer({ NUXT_RATE_LIMIT_LOGIN_PER_IP: '10000' })
  people.anon = client(server.url)
  people.secretariat = await logIn('secretariat@demo.example')
  people.office = await logIn('office.nanning@demo.example')
  people.partner = await logIn('partner.thai@demo.example')
  people.student = await logIn('student.vietnam@demo.example')
  const institutions = (await people.anon.get('/api/institutions')).json.items as { id: string; slug: string }[]
  nanning = institutions.find(i => i.slug === 'nanning-smart-polytechnic')!.id
  const thai = await people.anon.get('/api/calendar/holidays?country=TH&year=2026')
  songkran = (thai.json.holidays as { id: string; day: string }[]).find(h => h.day === '2026-04-13')!.id
})
afterAll(() => server?.stop())

const newHoliday = { country: 'LA', day: '2026-10-26', kind: 'public', name: { lo: 'ບຸນອອກພັນສາ', en: 'Boun Ok Phansa' }, source: 'Prime Minister\'s Office notice 2026' }

describe('holidays', () => {
  it('anyone reads a country\'s year, Songkran included; only the secretariat is told it may edit', async () => {
    const anon = await people.anon.get('/api/calendar/holidays?country=TH&year=2026')
    expect(anon.status).toBe(200)
    expect(anon.json.permissions.can_edit).toBe(false)
    expect(anon.json.holidays.filter((h: { day: string }) => h.day.startsWith('2026-04-1')).map((h: { day: string }) => h.day))
      .toEqual(expect.arrayContaining(['2026-04-13', '2026-04-14', '2026-04-15']))
    expect((await people.secretariat.get('/api/calendar/holidays?country=TH&year=2026')).json.permissions.can_edit).toBe(true)
  })
  it('a country outside the community or a year that is no number is 422', async () => {
    expect((await people.anon.get('/api/calendar/holidays?country=XX&year=2026')).status).toBe(422)
    expect((await people.anon.get('/api/calendar/holidays?country=TH&year=soon')).status).toBe(422)
  })
  it.each([['anon', 401], ['office', 403], ['partner', 403], ['student', 403]] as const)('%s cannot add, edit, delete or reload (%i)', async (who, status) => {
    const c = people[who]
    expect((await c.post('/api/calendar/holidays', newHoliday)).status).toBe(status)
    expect((await c.patch(`/api/calendar/holidays/${songkran}`, { day: '2026-04-13', kind: 'public', name: { en: 'Hijacked' }, source: 'x' })).status).toBe(status)
    expect((await c.delete(`/api/calendar/holidays/${songkran}`)).status).toBe(status)
    expect((await c.post('/api/calendar/holidays/reload')).status).toBe(status)
  })
  it('the secretariat adds, edits and deletes a day; a second day on the same date and kind is 409; a bad date is 422', async () => {
    const added = await people.secretariat.post('/api/calendar/holidays', newHoliday)
    expect(added.status, added.text).toBe(201)
    expect((await people.secretariat.post('/api/calendar/holidays', newHoliday)).status).toBe(409)
    expect((await people.secretariat.post('/api/calendar/holidays', { ...newHoliday, day: '2026-02-30' })).json.data.issues[0].path).toBe('day')
    const edited = await people.secretariat.patch(`/api/calendar/holidays/${added.json.id}`, { ...newHoliday, country: undefined, source: 'Official Gazette' })
    expect(edited.json).toMatchObject({ source: 'Official Gazette', country: 'LA' })
    expect((await people.secretariat.delete(`/api/calendar/holidays/${added.json.id}`)).status).toBe(200)
    expect((await people.secretariat.delete(`/api/calendar/holidays/${added.json.id}`)).status).toBe(404)
  })
  it('the secretariat\'s reload from the library keeps the day it edited', async () => {
    const renamed = { day: '2026-04-13', kind: 'public', name: { en: 'Songkran (college closed)', th: 'วันสงกรานต์' }, source: 'Royal Thai Government Gazette' }
    expect((await people.secretariat.patch(`/api/calendar/holidays/${songkran}`, renamed)).status).toBe(200)
    const reload = await people.secretariat.post('/api/calendar/holidays/reload')
    expect(reload.status).toBe(200)
    expect(reload.json).toMatchObject({ inserted: 0, kept_edited: 1 })
    const thai = await people.anon.get('/api/calendar/holidays?country=TH&year=2026')
    expect(thai.json.holidays.find((h: { id: string }) => h.id === songkran).name.en).toBe('Songkran (college closed)')
  })
})

describe('terms and exam periods', () => {
  const exam = () => ({ institutionId: nanning, kind: 'exam', startsOn: '2027-01-11', endsOn: '2027-01-22', name: { zh: '期末考试', en: 'Final examinations' } })
  it('an office lists its own institution to edit; a student has none; an anonymous visitor must sign in', async () => {
    const office = await people.office.get('/api/calendar/periods')
    expect(office.status).toBe(200)
    expect(office.json.institutions.map((i: { id: string }) => i.id)).toEqual([nanning])
    expect(office.json.calendar.permissions.can_edit).toBe(true)
    expect((await people.student.get('/api/calendar/periods')).json).toEqual({ institutions: [], calendar: null })
    expect((await people.anon.get('/api/calendar/periods')).status).toBe(401)
  })
  it('the office adds, edits and deletes its exam period; an end before the start is 422 at that field', async () => {
    const added = await people.office.post('/api/calendar/periods', exam())
    expect(added.status, added.text).toBe(201)
    expect((await people.office.post('/api/calendar/periods', { ...exam(), endsOn: '2027-01-01' })).json.data.issues[0].path).toBe('endsOn')
    const { institutionId: _, ...change } = { ...exam(), endsOn: '2027-01-29' }
    expect((await people.office.patch(`/api/calendar/periods/${added.json.id}`, change)).json.ends_on).toBe('2027-01-29')
    expect((await people.office.delete(`/api/calendar/periods/${added.json.id}`)).status).toBe(200)
  })
  it.each([['partner', 403], ['student', 403], ['anon', 401]] as const)('%s cannot add, edit or delete Nanning\'s periods (%i)', async (who, status) => {
    const added = await people.office.post('/api/calendar/periods', exam())
    const c = people[who]
    const { institutionId: _, ...change } = exam()
    expect((await c.post('/api/calendar/periods', exam())).status).toBe(status)
    expect((await c.patch(`/api/calendar/periods/${added.json.id}`, change)).status).toBe(status)
    expect((await c.delete(`/api/calendar/periods/${added.json.id}`)).status).toBe(status)
    await people.office.delete(`/api/calendar/periods/${added.json.id}`)
  })
  it('the secretariat may edit any institution\'s calendar', async () => {
    const added = await people.secretariat.post('/api/calendar/periods', exam())
    expect(added.status).toBe(201)
    expect((await people.secretariat.delete(`/api/calendar/periods/${added.json.id}`)).status).toBe(200)
  })
})

describe('scheduling warnings', () => {
  const body = { sessions: [{ startsAtLocal: '2026-04-13T10:00', endsAtLocal: '2026-04-13T12:00', timeZone: 'Asia/Shanghai' }] }
  const unknown = '00000000-0000-4000-8000-000000000000'
  it('an anonymous visitor must sign in; an activity nobody can see is 404 for an office and a student', async () => {
    expect((await people.anon.post(`/api/calendar/activities/${unknown}/warnings`, body)).status).toBe(401)
    expect((await people.office.post(`/api/calendar/activities/${unknown}/warnings`, body)).status).toBe(404)
    expect((await people.student.post(`/api/calendar/activities/${unknown}/warnings`, body)).status).toBe(404)
  })
  it('sessions without times, in an unknown zone or at a time that does not exist are 422', async () => {
    expect((await people.office.post(`/api/calendar/activities/${unknown}/warnings`, { sessions: [] })).status).toBe(422)
    expect((await people.office.post(`/api/calendar/activities/${unknown}/warnings`, { sessions: [{ timeZone: 'Asia/Shanghai' }] })).status).toBe(422)
    expect((await people.office.post(`/api/calendar/activities/${unknown}/warnings`, { sessions: [{ ...body.sessions[0], timeZone: 'Mars/Olympus' }] })).status).toBe(422)
    expect((await people.office.post(`/api/calendar/activities/${unknown}/warnings`, { sessions: [{ ...body.sessions[0], startsAtLocal: '2026-02-30T10:00' }] })).status).toBe(422)
  })
})
