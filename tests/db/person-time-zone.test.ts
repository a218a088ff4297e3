import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { getOwnProfile, updateOwnProfile } from '../../server/domain/profiles/profiles'
import { DEMO_ACCOUNTS } from '../../server/domain/demo/community'
import { COMMUNITY_TIME_ZONES, personTimeZone } from '../../shared/time-zones'
import { createInstitutionRow, createPerson, freshDatabase, grantRole } from './helpers'
import { attemptAndRollBack } from './rls-fixtures'

let handle: DatabaseHandle
let db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

/** A sign-up as the portal's (or Supabase's) makes it, with what the browser said about its zone. */
async function signUpFrom(zone: string | undefined): Promise<Actor> {
  const email = `tz-${Math.random().toString(36).slice(2, 10)}@test.example`
  const row = await asService(db, 'test fixture', tx => tx.insertInto('auth.users').values({
    email, encrypted_password: null, email_confirmed_at: null, last_sign_in_at: null,
    raw_app_meta_data: JSON.stringify({}) as never,
    raw_user_meta_data: JSON.stringify({ display_name: 'Zone', preferred_locale: 'lo', time_zone: zone }) as never,
  }).returning(['id', 'email']).executeTakeFirstOrThrow())
  return { id: row.id, email: row.email! }
}
const zoneOf = async (person: Actor) => (await asUser(db, person, tx => getOwnProfile(tx, person))).time_zone

describe('a new profile\'s time zone', () => {
  it('is the browser\'s zone the sign-up named', async () => {
    expect(await zoneOf(await signUpFrom('Asia/Vientiane'))).toBe('Asia/Vientiane')
  })

  it('is none (not UTC) when the sign-up named no zone, so the pages follow the browser, the institution, the community', async () => {
    const person = await createPerson(db, 'no-zone')
    expect(await zoneOf(person)).toBeNull()
    const thai = await createInstitutionRow(db)
    await grantRole(db, person, thai, 'student')
    const profile = await asUser(db, person, tx => getOwnProfile(tx, person))
    expect(profile.memberships.map(m => m.country)).toEqual(['TH'])
    expect(personTimeZone(profile.time_zone, 'Asia/Tokyo', profile.memberships.map(m => m.country))).toBe('Asia/Tokyo')
    expect(personTimeZone(profile.time_zone, null, profile.memberships.map(m => m.country))).toBe('Asia/Bangkok')
  })

  it('is none when the sign-up named something that is no zone (Supabase lets a client write any metadata)', async () => {
    for (const bogus of ['Mars/Olympus', 'XYZ+3', 'localtime', 'Factory', '', 'x'.repeat(80)]) {
      expect(await zoneOf(await signUpFrom(bogus)), bogus).toBeNull()
    }
  })
})

describe('choosing a zone', () => {
  it('stores the zone under its current name, whatever the browser called it', async () => {
    const person = await createPerson(db, 'chooser')
    const saved = await asUser(db, person, tx => updateOwnProfile(tx, person, { timeZone: 'Asia/Saigon' }))
    expect(saved.time_zone).toBe('Asia/Ho_Chi_Minh')
  })

  it('the database refuses a zone the pages could not show times in, even written to the table directly', async () => {
    const person = await createPerson(db, 'direct')
    const refused = await attemptAndRollBack(db, person, tx => tx.updateTable('profiles').set({ time_zone: 'Mars/Olympus' }).where('id', '=', person.id).execute())
    expect((refused as { code?: string }).code).toBe('23514')
    await asUser(db, person, tx => tx.updateTable('profiles').set({ time_zone: 'America/Argentina/Buenos_Aires' }).where('id', '=', person.id).execute())
    expect(await zoneOf(person)).toBe('America/Argentina/Buenos_Aires')
  })

  it('knows IANA names and refuses what only Postgres would take', async () => {
    const known = async (zone: string) => (await sql<{ ok: boolean }>`select private.is_time_zone(${zone}) as ok`.execute(db)).rows[0]!.ok
    for (const zone of ['UTC', 'Asia/Yangon', 'Asia/Ho_Chi_Minh', 'Etc/GMT+5', 'America/Port-au-Prince']) expect(await known(zone), zone).toBe(true)
    for (const zone of ['Mars/Olympus', 'XYZ+3', 'posixrules', 'utc', 'Asia/']) expect(await known(zone), zone).toBe(false)
  })
})

describe('the demo community', () => {
  it('gives each demo person a plausible zone of their own, and gives it back to one who has none on the next seed', async () => {
    const { seedDemoCommunity } = await import('../../server/domain/demo/seed')
    await seedDemoCommunity(db)
    const zones = await asService(db, 'test', tx => tx.selectFrom('profiles').select(['email', 'time_zone']).where('email', 'like', '%@demo.example').execute())
    const byEmail = new Map(zones.map(z => [z.email, z.time_zone]))
    for (const account of DEMO_ACCOUNTS) expect(byEmail.get(account.email), account.email).toBe(account.timeZone)
    expect(byEmail.get('student.vietnam@demo.example')).toBe('Asia/Ho_Chi_Minh')
    expect(byEmail.get('student.cambodia@demo.example')).toBe('Asia/Phnom_Penh')
    expect(byEmail.get('partner.thai@demo.example')).toBe('Asia/Bangkok')
    expect(zones.every(z => (COMMUNITY_TIME_ZONES as string[]).includes(z.time_zone!))).toBe(true)

    await asService(db, 'test', tx => tx.updateTable('profiles').set({ time_zone: null }).where('email', '=', 'reviewer@demo.example').execute())
    await asService(db, 'test', tx => tx.updateTable('profiles').set({ time_zone: 'Europe/Paris' }).where('email', '=', 'teacher.nanning@demo.example').execute())
    await seedDemoCommunity(db)
    const again = await asService(db, 'test', tx => tx.selectFrom('profiles').select(['email', 'time_zone'])
      .where('email', 'in', ['reviewer@demo.example', 'teacher.nanning@demo.example']).orderBy('email').execute())
    expect(again).toEqual([{ email: 'reviewer@demo.example', time_zone: 'Asia/Kuala_Lumpur' }, { email: 'teacher.nanning@demo.example', time_zone: 'Europe/Paris' }])
  })
})

describe('profiles made before zones were known', () => {
  it('lose the UTC the column gave them by default, and keep a UTC someone chose', async () => {
    const migration = readFileSync(new URL('../../supabase/migrations/20261206060000_person_time_zone.sql', import.meta.url), 'utf8')
    const clearDefaults = /update public\.profiles p set time_zone = null[\s\S]*?\);/.exec(migration)![0]
    const [byDefault, chose, elsewhere] = [await createPerson(db, 'old'), await createPerson(db, 'utc-fan'), await createPerson(db, 'manila')]
    // The old default: UTC with no audited change behind it.
    await sql`alter table public.profiles disable trigger profiles_audit`.execute(db)
    await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ time_zone: 'UTC' }).where('id', '=', byDefault.id).execute())
    await sql`alter table public.profiles enable trigger profiles_audit`.execute(db)
    await asUser(db, chose, tx => updateOwnProfile(tx, chose, { timeZone: 'Asia/Bangkok' }))
    await asUser(db, chose, tx => updateOwnProfile(tx, chose, { timeZone: 'UTC' }))
    await asUser(db, elsewhere, tx => updateOwnProfile(tx, elsewhere, { timeZone: 'Asia/Manila' }))

    await sql.raw(clearDefaults).execute(db)
    expect([await zoneOf(byDefault), await zoneOf(chose), await zoneOf(elsewhere)]).toEqual([null, 'UTC', 'Asia/Manila'])
  })
})
