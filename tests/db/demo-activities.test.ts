import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { listActivities } from '../../server/domain/calendar/activities'
import { seedDemoCommunity } from '../../server/domain/demo/seed'
import { DEMO_TRAINING_TITLE, seedDemoActivities } from '../../server/domain/demo/activities'
import { LOCALE_CODES } from '../../shared/locales'
import { ACTIVITY_TRANSITIONS } from '../../shared/calendar/lifecycle'
import { freshDatabase } from './helpers'

const JOINT_TRAINING = 'China–ASEAN joint training programme: smart production line maintenance'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  await seedDemoCommunity(db)
  await seedDemoActivities(db)
  await seedDemoActivities(db)
}, 120_000)
afterAll(() => handle.close())

const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test check', fn)
const demoActor = async (email: string): Promise<Actor> => {
  const row = await service(tx => tx.selectFrom('profiles').select(['id', 'email']).where('email', '=', email).executeTakeFirstOrThrow())
  return { id: row.id, email: row.email }
}
const allActivities = () => service(tx => tx.selectFrom('activities').selectAll().execute())
const english = (map: unknown) => (map as Record<string, string>).en

describe('the demo activities', () => {
  it('are seeded once: a second run adds no activity, venue, session or registration', async () => {
    const count = (table: 'activities' | 'venues' | 'rooms' | 'activity_sessions' | 'registrations' | 'activity_quotas' | 'activity_series') =>
      service(tx => tx.selectFrom(table).select(eb => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).then(r => Number(r.n))
    const before = await Promise.all(['activities', 'venues', 'rooms', 'activity_sessions', 'registrations', 'activity_quotas', 'activity_series'].map(t => count(t as never)))
    expect(before).toEqual([6, 4, 6, 13, 11, 3, 2])
    await seedDemoActivities(db)
    const after = await Promise.all(['activities', 'venues', 'rooms', 'activity_sessions', 'registrations', 'activity_quotas', 'activity_series'].map(t => count(t as never)))
    expect(after).toEqual(before)
    const titles = (await allActivities()).map(a => english(a.title))
    expect(titles.filter(t => t === DEMO_TRAINING_TITLE)).toHaveLength(1)
  })

  it('write every text in all ten languages, each different from the English one where the script is not Latin', async () => {
    const maps: { where: string; map: Record<string, string> }[] = []
    for (const a of await allActivities()) {
      for (const field of ['title', 'summary', 'description', 'audience'] as const) maps.push({ where: `${english(a.title)} ${field}`, map: a[field] as Record<string, string> })
      if (Object.keys(a.fee_note as object).length) maps.push({ where: `${english(a.title)} fee note`, map: a.fee_note as Record<string, string> })
    }
    for (const v of await service(tx => tx.selectFrom('venues').select(['name', 'city']).execute())) {
      maps.push({ where: 'venue name', map: v.name as Record<string, string> }, { where: 'venue city', map: v.city as Record<string, string> })
    }
    for (const r of await service(tx => tx.selectFrom('rooms').select('name').execute())) maps.push({ where: 'room', map: r.name as Record<string, string> })
    for (const s of await service(tx => tx.selectFrom('activity_sessions').select('title').execute())) {
      if (Object.keys(s.title as object).length) maps.push({ where: 'session title', map: s.title as Record<string, string> })
    }
    expect(maps.length).toBeGreaterThan(30)
    for (const { where, map } of maps) {
      expect(Object.keys(map).sort(), where).toEqual([...LOCALE_CODES].sort())
      for (const code of LOCALE_CODES) expect(map[code]!.trim().length, `${where} in ${code}`).toBeGreaterThan(0)
      for (const code of ['zh', 'th', 'km', 'lo', 'my'] as const) expect(map[code], `${where} in ${code} is no English copy`).not.toBe(map.en)
    }
  })

  it('keep the draft to its organisers: an anonymous reader and a student do not see it, its organiser does', async () => {
    const draft = (await allActivities()).filter(a => a.state === 'draft')
    expect(draft).toHaveLength(1)
    const id = draft[0]!.id
    const seenBy = (actor: Actor | null) => asUser(db, actor, tx => tx.selectFrom('activities').select('id').where('id', '=', id).execute())
    expect(await seenBy(null)).toEqual([])
    expect(await seenBy(await demoActor('student.vietnam@demo.example'))).toEqual([])
    expect(await seenBy(await demoActor('partner.thai@demo.example'))).toHaveLength(1)
    const publicList = await asUser(db, null, tx => listActivities(tx, null, { scope: 'public' }))
    expect(publicList.map(a => a.id)).not.toContain(id)
    expect(publicList.map(a => english(a.title)).sort()).toEqual([
      DEMO_TRAINING_TITLE, 'Pi Mai, Lao New Year: a cultural day for exchange students', 'Smart manufacturing skills standards across ASEAN',
      'Study visit to the Zhiyun Equipment plant', JOINT_TRAINING,
    ].sort())
  })

  it('hold every session in the future except the study visit and the joint training programme, which were held; each in its venue\'s zone', async () => {
    const rows = await service(tx => tx.selectFrom('activity_sessions as s').innerJoin('activities as a', 'a.id', 's.activity_id')
      .leftJoin('venues as v', 'v.id', 'a.venue_id')
      .select(['s.starts_at', 's.ends_at', 's.time_zone', 'a.state', 'a.kind', 'a.time_zone as activity_zone', 'v.time_zone as venue_zone']).execute())
    const now = Date.now()
    for (const s of rows) {
      if (s.state === 'held') expect(new Date(s.ends_at).getTime(), s.kind).toBeLessThan(now)
      else expect(new Date(s.starts_at).getTime(), s.kind).toBeGreaterThan(now)
      expect(s.time_zone).toBe(s.activity_zone)
      if (s.venue_zone) expect(s.time_zone).toBe(s.venue_zone)
    }
    expect(rows.filter(s => s.state === 'held').map(s => s.kind).sort()).toEqual(['study_visit', 'training', 'training', 'training'])
  })

  it('run the training week Monday to Friday, 09:00–12:00 in Nanning, for the Thai, Lao, Cambodian and Burmese partners, open for registration with quotas within its capacity', async () => {
    const week = (await allActivities()).find(a => english(a.title) === DEMO_TRAINING_TITLE)!
    expect(week.state).toBe('registration_open')
    expect(week.questions).toEqual(['dietary', 'visa_letter'])
    const sessions = await service(tx => tx.selectFrom('activity_sessions').select(['starts_at', 'ends_at']).where('activity_id', '=', week.id).orderBy('starts_at').execute())
    const nanning = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false })
    expect(sessions.map(s => `${nanning.format(new Date(s.starts_at))}–${nanning.format(new Date(s.ends_at)).slice(-5)}`))
      .toEqual(['Mon 09:00–12:00', 'Tue 09:00–12:00', 'Wed 09:00–12:00', 'Thu 09:00–12:00', 'Fri 09:00–12:00'])
    const invited = await service(tx => tx.selectFrom('activity_invitees').innerJoin('institutions', 'institutions.id', 'activity_invitees.institution_id')
      .select('institutions.country').where('activity_id', '=', week.id).execute())
    expect(invited.map(i => i.country).sort()).toEqual(['KH', 'LA', 'MM', 'TH'])
    const quotas = await service(tx => tx.selectFrom('activity_quotas').select('places').where('activity_id', '=', week.id).execute())
    expect(quotas).toHaveLength(3)
    expect(quotas.reduce((sum, q) => sum + q.places, 0)).toBeLessThanOrEqual(week.capacity!)
    expect(new Date(week.registration_closes_at!).getTime()).toBeLessThan(new Date(sessions[0]!.starts_at).getTime())
  })

  it('reached each state along the lifecycle, each step recorded, and list registrations for their organisers', async () => {
    for (const a of await allActivities()) {
      const events = await service(tx => tx.selectFrom('activity_events').select(['action', 'from_state', 'to_state']).where('activity_id', '=', a.id).orderBy('created_at').execute())
      let state = 'draft'
      for (const e of events) {
        expect(ACTIVITY_TRANSITIONS.some(t => t.action === e.action && t.from.includes(e.from_state) && t.to === e.to_state)).toBe(true)
        expect(e.from_state).toBe(state)
        state = e.to_state
      }
      expect(state, english(a.title)).toBe(a.state)
    }
    const visit = (await allActivities()).find(a => a.kind === 'study_visit')!
    const office = await demoActor('enterprise@demo.example')
    const seen = await asUser(db, office, tx => tx.selectFrom('registrations').select(['state']).where('activity_id', '=', visit.id).execute())
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(seen.every(r => r.state === 'confirmed')).toBe(true)
    const attended = await service(tx => tx.selectFrom('attendance').innerJoin('registrations', 'registrations.id', 'attendance.registration_id')
      .select('attendance.session_id').where('registrations.activity_id', '=', visit.id).execute())
    expect(attended.length).toBe(seen.length - 1)
  })

  it('record the joint training programme\'s attendance: the Lao student and the Thai teacher at all three days, the Hanoi student at none', async () => {
    const programme = (await allActivities()).find(a => english(a.title) === JOINT_TRAINING)!
    expect(programme.state).toBe('held')
    const organisers = await service(tx => tx.selectFrom('activity_organisers').innerJoin('institutions', 'institutions.id', 'activity_organisers.institution_id')
      .select('institutions.slug').where('activity_id', '=', programme.id).execute())
    expect(organisers.map(o => o.slug).sort()).toEqual(['chao-phraya-technical', 'nanning-smart-polytechnic', 'zhiyun-equipment'])
    const days = await service(tx => tx.selectFrom('registrations as r').innerJoin('profiles as p', 'p.id', 'r.person_id')
      .leftJoin('attendance as t', 't.registration_id', 'r.id').select(['p.email', sql<number>`count(t.session_id)::integer`.as('days')])
      .where('r.activity_id', '=', programme.id).groupBy('p.email').execute())
    expect(Object.fromEntries(days.map(d => [d.email, d.days]))).toEqual({
      'student.vientiane@demo.example': 3, 'teacher.thai@demo.example': 3, 'student.hanoi@demo.example': 0,
    })
  })
})
