import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, RLS_VIOLATION, RolledBack, serviceRow, visibleIds } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

async function member(person: Actor, institutionId: string, role: MemberRole): Promise<string> {
  const row = await asService(handle.db, 'test fixture', tx => tx.insertInto('memberships')
    .values({ user_id: person.id, institution_id: institutionId, role }).returning('id').executeTakeFirstOrThrow())
  return row.id
}

// `home` has a partner_staff, an office_staff, a student and a teacher; `away` has its own student.
let home: string, away: string
let partner: Actor, office: Actor, student: Actor, teacher: Actor, awayStudent: Actor, outsider: Actor, sec: Actor
let m: Record<'partner' | 'office' | 'student' | 'teacher' | 'awayStudent' | 'sec', string>
beforeAll(async () => {
  const db = handle.db
  home = await createInstitutionRow(db)
  away = await createInstitutionRow(db)
  partner = await createPerson(db, 'partner')
  office = await createPerson(db, 'office')
  student = await createPerson(db, 'student')
  teacher = await createPerson(db, 'teacher')
  awayStudent = await createPerson(db, 'away-student')
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
  m = {
    partner: await member(partner, home, 'partner_staff'),
    office: await member(office, home, 'office_staff'),
    student: await member(student, home, 'student'),
    teacher: await member(teacher, home, 'teacher'),
    awayStudent: await member(awayStudent, away, 'student'),
    sec: (await asService(db, 'test check', tx => tx.selectFrom('memberships').select('id').where('user_id', '=', sec.id).executeTakeFirstOrThrow())).id,
  }
})

const homeIds = () => [m.partner, m.office, m.student, m.teacher].sort()
const allIds = () => Object.values(m).sort()

describe('memberships_select', () => {
  it('a person sees their own memberships only', async () => {
    expect(await visibleIds(handle.db, student, 'memberships', allIds())).toEqual([m.student])
    expect(await visibleIds(handle.db, awayStudent, 'memberships', allIds())).toEqual([m.awayStudent])
  })

  it.each([
    ['partner_staff', () => partner],
    ['office_staff', () => office],
  ])('%s sees every membership of their institution and none of another', async (_label, actor) => {
    expect(await visibleIds(handle.db, actor(), 'memberships', allIds())).toEqual(homeIds())
  })

  it('a teacher (not staff) sees only their own membership', async () => {
    expect(await visibleIds(handle.db, teacher, 'memberships', allIds())).toEqual([m.teacher])
  })

  it('an unrelated person sees no memberships', async () => {
    const rows = await asUser(handle.db, outsider, tx => tx.selectFrom('memberships').select('id').execute())
    expect(rows).toEqual([])
  })

  it('the secretariat sees every membership', async () => {
    expect(await visibleIds(handle.db, sec, 'memberships', allIds())).toEqual(allIds())
  })

  it('an anonymous visitor sees no memberships', async () => {
    const rows = await asUser(handle.db, null, tx => tx.selectFrom('memberships').select('id').execute())
    expect(rows).toEqual([])
  })
})

describe('memberships_insert (secretariat only)', () => {
  it('the secretariat adds a membership', async () => {
    const row = await asUser(handle.db, sec, tx => tx.insertInto('memberships')
      .values({ user_id: outsider.id, institution_id: away, role: 'reviewer' }).returning('id').executeTakeFirstOrThrow())
    expect(await serviceRow(handle.db, 'memberships', row.id)).toMatchObject({ user_id: outsider.id, institution_id: away, role: 'reviewer' })
    await asService(handle.db, 'test cleanup', tx => tx.deleteFrom('memberships').where('id', '=', row.id).execute())
  })

  it('a person cannot make themselves secretariat', async () => {
    await expect(asUser(handle.db, student, tx => tx.insertInto('memberships')
      .values({ user_id: student.id, institution_id: home, role: 'secretariat' }).execute())).rejects.toThrow(RLS_VIOLATION)
    const rows = await asService(handle.db, 'test check', tx => tx.selectFrom('memberships').select('role').where('user_id', '=', student.id).execute())
    expect(rows).toEqual([{ role: 'student' }])
  })

  it.each([
    ['partner_staff', () => partner],
    ['office_staff', () => office],
  ])('%s cannot add a member to their own institution', async (_label, actor) => {
    await expect(asUser(handle.db, actor(), tx => tx.insertInto('memberships')
      .values({ user_id: outsider.id, institution_id: home, role: 'student' }).execute())).rejects.toThrow(RLS_VIOLATION)
    const rows = await asService(handle.db, 'test check', tx => tx.selectFrom('memberships').select('id').where('user_id', '=', outsider.id).execute())
    expect(rows).toEqual([])
  })

  it('an anonymous visitor cannot add a membership', async () => {
    await expect(asUser(handle.db, null, tx => tx.insertInto('memberships')
      .values({ user_id: outsider.id, institution_id: home, role: 'office_staff' }).execute())).rejects.toThrow(RLS_VIOLATION)
  })
})

describe('memberships_update (secretariat only)', () => {
  async function roleOf(id: string) {
    return (await serviceRow(handle.db, 'memberships', id))?.role
  }

  it('a person cannot raise their own role: 0 rows, role unchanged', async () => {
    const rows = await asUser(handle.db, student, tx => tx.updateTable('memberships').set({ role: 'secretariat' })
      .where('id', '=', m.student).returning('id').execute())
    expect(rows).toEqual([])
    expect(await roleOf(m.student)).toBe('student')
  })

  it.each([
    ['partner_staff', () => partner],
    ['office_staff', () => office],
  ])('%s cannot change roles at their own institution, although they can see them', async (_label, actor) => {
    const rows = await asUser(handle.db, actor(), tx => tx.updateTable('memberships').set({ role: 'partner_staff' })
      .where('id', '=', m.teacher).returning('id').execute())
    expect(rows).toEqual([])
    expect(await roleOf(m.teacher)).toBe('teacher')
  })

  it('an anonymous visitor cannot change a membership', async () => {
    await expect(asUser(handle.db, null, tx => tx.updateTable('memberships').set({ role: 'secretariat' }).returning('id').execute())).rejects.toThrow(/permission denied/)
    expect(await roleOf(m.student)).toBe('student')
  })

  it('the secretariat changes a role', async () => {
    const id = await member(outsider, home, 'student')
    const rows = await asUser(handle.db, sec, tx => tx.updateTable('memberships').set({ role: 'teacher' })
      .where('id', '=', id).returning('id').execute())
    expect(rows).toEqual([{ id }])
    expect(await roleOf(id)).toBe('teacher')
    await asService(handle.db, 'test cleanup', tx => tx.deleteFrom('memberships').where('id', '=', id).execute())
  })
})

describe('memberships_delete (secretariat only)', () => {
  it('a person cannot delete their own membership', async () => {
    const rows = await asUser(handle.db, student, tx => tx.deleteFrom('memberships').where('id', '=', m.student).returning('id').execute())
    expect(rows).toEqual([])
    expect(await serviceRow(handle.db, 'memberships', m.student)).toBeDefined()
  })

  it.each([
    ['partner_staff', () => partner],
    ['office_staff', () => office],
  ])('%s cannot remove members of their own institution', async (_label, actor) => {
    const rows = await asUser(handle.db, actor(), tx => tx.deleteFrom('memberships').where('institution_id', '=', home).returning('id').execute())
    expect(rows).toEqual([])
    expect(await visibleIds(handle.db, sec, 'memberships', homeIds())).toEqual(homeIds())
  })

  it('an anonymous visitor cannot delete memberships', async () => {
    const rows = await asUser(handle.db, null, tx => tx.deleteFrom('memberships').returning('id').execute())
    expect(rows).toEqual([])
    expect(await visibleIds(handle.db, sec, 'memberships', allIds())).toEqual(allIds())
  })

  it('the secretariat removes a membership', async () => {
    const id = await member(outsider, away, 'teacher')
    const rows = await asUser(handle.db, sec, tx => tx.deleteFrom('memberships').where('id', '=', id).returning('id').execute())
    expect(rows).toEqual([{ id }])
    expect(await serviceRow(handle.db, 'memberships', id)).toBeUndefined()
  })

  // GRANT GAP: TRUNCATE is granted to anon and authenticated by the default privileges and ignores RLS, so anyone
  // with SQL access as these roles removes every membership (the secretariat's included). Fix: revoke truncate on
  // public.memberships from anon, authenticated (see rls-institutions for the full list).
  it('an authenticated person cannot truncate memberships (TRUNCATE bypasses RLS)', async () => {
    const error = await attemptAndRollBack(handle.db, student, tx => sql`truncate public.memberships`.execute(tx))
    expect(error).not.toBeInstanceOf(RolledBack)
    expect(error.message).toMatch(PERMISSION_DENIED)
  })

  it('whatever the truncate probe did was rolled back', async () => {
    expect(await visibleIds(handle.db, sec, 'memberships', allIds())).toEqual(allIds())
  })
})
