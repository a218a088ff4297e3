import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase, grantRole } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, RLS_VIOLATION, RolledBack, serviceRow, visibleIds } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

// ann and bea study at the same institution; carl is at another; dan belongs nowhere; sec is the secretariat.
let ann: Actor, bea: Actor, carl: Actor, dan: Actor, sec: Actor
let everyone: string[]
beforeAll(async () => {
  const db = handle.db
  const uni = await createInstitutionRow(db)
  const other = await createInstitutionRow(db)
  ann = await createPerson(db, 'ann')
  bea = await createPerson(db, 'bea')
  carl = await createPerson(db, 'carl')
  dan = await createPerson(db, 'dan')
  sec = await createSecretariat(db)
  await grantRole(db, ann, uni, 'student')
  await grantRole(db, bea, uni, 'teacher')
  await grantRole(db, carl, other, 'student')
  everyone = [ann.id, bea.id, carl.id, dan.id, sec.id].sort()
})

async function displayName(id: string) {
  return (await serviceRow(handle.db, 'profiles', id))?.display_name
}

describe('profiles_select', () => {
  it('a person reads their own profile', async () => {
    const rows = await asUser(handle.db, dan, tx => tx.selectFrom('profiles').select(['id', 'email']).where('id', '=', dan.id).execute())
    expect(rows).toEqual([{ id: dan.id, email: dan.email }])
  })

  it('a person with no shared institution sees only themselves', async () => {
    expect(await visibleIds(handle.db, dan, 'profiles', everyone)).toEqual([dan.id])
  })

  it('an unrelated person cannot read someone else\'s profile', async () => {
    const rows = await asUser(handle.db, dan, tx => tx.selectFrom('profiles').selectAll().where('id', '=', ann.id).execute())
    expect(rows).toEqual([])
  })

  it('a member of another institution cannot read the profile', async () => {
    expect(await visibleIds(handle.db, carl, 'profiles', [ann.id, bea.id])).toEqual([])
  })

  it('people sharing an institution read each other\'s profiles, whatever their roles', async () => {
    expect(await visibleIds(handle.db, ann, 'profiles', everyone)).toEqual([ann.id, bea.id].sort())
    expect(await visibleIds(handle.db, bea, 'profiles', everyone)).toEqual([ann.id, bea.id].sort())
  })

  it('the secretariat reads everyone\'s profile', async () => {
    expect(await visibleIds(handle.db, sec, 'profiles', everyone)).toEqual(everyone)
  })

  it('an anonymous visitor sees no profiles at all', async () => {
    const rows = await asUser(handle.db, null, tx => tx.selectFrom('profiles').select('id').execute())
    expect(rows).toEqual([])
  })
})

describe('profiles_update', () => {
  it('a person updates their own profile', async () => {
    const rows = await asUser(handle.db, ann, tx => tx.updateTable('profiles')
      .set({ display_name: 'Ann Updated', time_zone: 'Asia/Bangkok', thai_buddhist_calendar: true })
      .where('id', '=', ann.id).returning('id').execute())
    expect(rows).toHaveLength(1)
    const row = await serviceRow(handle.db, 'profiles', ann.id)
    expect(row).toMatchObject({ display_name: 'Ann Updated', time_zone: 'Asia/Bangkok', thai_buddhist_calendar: true })
  })

  it('an unrelated person cannot update someone else\'s profile: 0 rows, value unchanged', async () => {
    const before = await displayName(bea.id)
    const rows = await asUser(handle.db, dan, tx => tx.updateTable('profiles').set({ display_name: 'hacked' })
      .where('id', '=', bea.id).returning('id').execute())
    expect(rows).toEqual([])
    expect(await displayName(bea.id)).toBe(before)
  })

  it('a person sharing an institution can read but not update the profile', async () => {
    const before = await displayName(bea.id)
    const rows = await asUser(handle.db, ann, tx => tx.updateTable('profiles').set({ display_name: 'hacked' })
      .where('id', '=', bea.id).returning('id').execute())
    expect(rows).toEqual([])
    expect(await displayName(bea.id)).toBe(before)
  })

  it('the secretariat cannot update someone else\'s profile', async () => {
    const before = await displayName(carl.id)
    const rows = await asUser(handle.db, sec, tx => tx.updateTable('profiles').set({ display_name: 'hacked' })
      .where('id', '=', carl.id).returning('id').execute())
    expect(rows).toEqual([])
    expect(await displayName(carl.id)).toBe(before)
  })

  it('an update without a where clause changes only the actor\'s own row', async () => {
    const before = await Promise.all(everyone.map(displayName))
    const rows = await asUser(handle.db, carl, tx => tx.updateTable('profiles').set({ preferred_locale: 'vi' }).returning('id').execute())
    expect(rows.map(r => r.id)).toEqual([carl.id])
    const after = await Promise.all(everyone.map(displayName))
    expect(after).toEqual(before)
    expect((await serviceRow(handle.db, 'profiles', ann.id))?.preferred_locale).not.toBe('vi')
  })

  it('an anonymous visitor cannot update any profile', async () => {
    const before = await displayName(dan.id)
    await expect(asUser(handle.db, null, tx => tx.updateTable('profiles').set({ display_name: 'anon was here' }).returning('id').execute()))
      .rejects.toThrow(/permission denied/)
    expect(await displayName(dan.id)).toBe(before)
  })

  it('a person cannot move their profile to another id (with check)', async () => {
    await expect(asUser(handle.db, dan, tx => tx.updateTable('profiles').set({ id: randomUUID() })
      .where('id', '=', dan.id).execute())).rejects.toThrow(/permission denied/)
    await expect(asUser(handle.db, dan, tx => tx.updateTable('profiles').set({ id: carl.id })
      .where('id', '=', dan.id).execute())).rejects.toThrow()
    expect(await serviceRow(handle.db, 'profiles', dan.id)).toBeDefined()
  })

  // Was a policy gap, closed by 20261123010000_tighten_grants.sql: profiles_update restricts rows, not columns.
  // The profile email mirrors auth.users.email (set by handle_new_user; the profile API never edits it),
  // yet a person could set it to anyone's address. The secretariat's people list and the audit log's
  // actor_email show this value, so a user could impersonate another in those views.
  // Fix: revoke update on public.profiles from authenticated; grant update (display_name, preferred_locale,
  // time_zone, thai_buddhist_calendar, avatar_file_id, updated_at) on public.profiles to authenticated;
  it('a person cannot rewrite the email on their own profile (it mirrors auth.users)', async () => {
    const error = await attemptAndRollBack(handle.db, dan, tx => tx.updateTable('profiles').set({ email: sec.email })
      .where('id', '=', dan.id).execute())
    expect(error).not.toBeInstanceOf(RolledBack)
    expect(error.message).toMatch(PERMISSION_DENIED)
    expect((await serviceRow(handle.db, 'profiles', dan.id))?.email).toBe(dan.email)
  })
})

describe('profiles: no insert policy (only the auth.users trigger creates profiles)', () => {
  it('sign-up creates the profile through the auth.users trigger', async () => {
    const eve = await createPerson(handle.db, 'eve')
    expect(await serviceRow(handle.db, 'profiles', eve.id)).toMatchObject({ id: eve.id, email: eve.email, display_name: 'eve' })
  })

  it('a person whose profile is missing cannot insert it themselves', async () => {
    const fay = await createPerson(handle.db, 'fay')
    await asService(handle.db, 'test fixture', tx => tx.deleteFrom('profiles').where('id', '=', fay.id).execute())
    await expect(asUser(handle.db, fay, tx => tx.insertInto('profiles')
      .values({ id: fay.id, email: fay.email, display_name: 'fay', preferred_locale: 'en', time_zone: 'UTC', avatar_file_id: null })
      .execute())).rejects.toThrow(RLS_VIOLATION)
    expect(await serviceRow(handle.db, 'profiles', fay.id)).toBeUndefined()
  })

  it('nobody inserts a profile for another auth user, not even the secretariat', async () => {
    const gus = await createPerson(handle.db, 'gus')
    await asService(handle.db, 'test fixture', tx => tx.deleteFrom('profiles').where('id', '=', gus.id).execute())
    for (const actor of [dan, sec]) {
      await expect(asUser(handle.db, actor, tx => tx.insertInto('profiles')
        .values({ id: gus.id, email: gus.email, display_name: 'gus', preferred_locale: 'en', time_zone: 'UTC', avatar_file_id: null })
        .execute())).rejects.toThrow(RLS_VIOLATION)
    }
    expect(await serviceRow(handle.db, 'profiles', gus.id)).toBeUndefined()
  })

  it('an anonymous visitor cannot insert a profile', async () => {
    const hal = await createPerson(handle.db, 'hal')
    await asService(handle.db, 'test fixture', tx => tx.deleteFrom('profiles').where('id', '=', hal.id).execute())
    await expect(asUser(handle.db, null, tx => tx.insertInto('profiles')
      .values({ id: hal.id, email: hal.email, display_name: 'hal', preferred_locale: 'en', time_zone: 'UTC', avatar_file_id: null })
      .execute())).rejects.toThrow(RLS_VIOLATION)
  })
})

describe('profiles: no delete policy', () => {
  it('a person cannot delete their own profile', async () => {
    const rows = await asUser(handle.db, dan, tx => tx.deleteFrom('profiles').where('id', '=', dan.id).returning('id').execute())
    expect(rows).toEqual([])
    expect(await serviceRow(handle.db, 'profiles', dan.id)).toBeDefined()
  })

  it('the secretariat cannot delete a profile it can read', async () => {
    const rows = await asUser(handle.db, sec, tx => tx.deleteFrom('profiles').where('id', '=', carl.id).returning('id').execute())
    expect(rows).toEqual([])
    expect(await serviceRow(handle.db, 'profiles', carl.id)).toBeDefined()
  })

  it('an anonymous visitor cannot delete profiles', async () => {
    const rows = await asUser(handle.db, null, tx => tx.deleteFrom('profiles').returning('id').execute())
    expect(rows).toEqual([])
    expect(await serviceRow(handle.db, 'profiles', ann.id)).toBeDefined()
  })

  // anon and authenticated hold TRUNCATE here (default privileges) and TRUNCATE ignores RLS; profiles survive only
  // because mail_outbox references them and the migration revokes TRUNCATE on mail_outbox. See rls-institutions.
  it('an authenticated person cannot truncate profiles', async () => {
    const cascade = await attemptAndRollBack(handle.db, dan, tx => sql`truncate public.profiles cascade`.execute(tx))
    expect(cascade).not.toBeInstanceOf(RolledBack)
    expect(cascade.message).toMatch(PERMISSION_DENIED)
    const plain = await attemptAndRollBack(handle.db, dan, tx => sql`truncate public.profiles`.execute(tx))
    expect(plain).not.toBeInstanceOf(RolledBack)
    expect(await serviceRow(handle.db, 'profiles', dan.id)).toBeDefined()
  })
})
