import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { Db, DatabaseHandle } from '../../server/db/connect'
import { createInstitutionRow, createPerson, freshDatabase, grantRole } from './helpers'
import { attemptAndRollBack, createMail, createSecretariat, fileValues, PERMISSION_DENIED, RolledBack, serviceRow, visibleIds } from './rls-fixtures'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

// ann and bob study at `uni`, where office is office_staff and partner is partner_staff; sec is the secretariat.
let uni: string
let ann: Actor, bob: Actor, office: Actor, partner: Actor, sec: Actor
beforeAll(async () => {
  const db = handle.db
  uni = await createInstitutionRow(db)
  ann = await createPerson(db, 'ann')
  bob = await createPerson(db, 'bob')
  office = await createPerson(db, 'office')
  partner = await createPerson(db, 'partner')
  sec = await createSecretariat(db)
  await grantRole(db, ann, uni, 'student')
  await grantRole(db, bob, uni, 'student')
  await grantRole(db, office, uni, 'office_staff')
  await grantRole(db, partner, uni, 'partner_staff')
})

interface AuditRow {
  id: string
  actor_id: string | null
  action: string
  entity: string
  entity_id: string | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

function auditRows(db: Db, entity: string, entityId: string): Promise<AuditRow[]> {
  return asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['id', 'actor_id', 'action', 'entity', 'entity_id', 'before', 'after'])
    .where('entity', '=', entity).where('entity_id', '=', entityId).orderBy('id').execute()) as Promise<AuditRow[]>
}

async function auditCount(db: Db): Promise<number> {
  const row = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow())
  return Number(row.n)
}

describe('audit_log is written by trigger, with the acting user', () => {
  it('updating your own profile writes an update row with actor, before and after', async () => {
    await asUser(handle.db, ann, tx => tx.updateTable('profiles').set({ display_name: 'Ann the Second' }).where('id', '=', ann.id).execute())
    const rows = (await auditRows(handle.db, 'profiles', ann.id)).filter(r => r.action === 'update')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ actor_id: ann.id, action: 'update', entity: 'profiles', entity_id: ann.id })
    expect(rows[0]!.before).toMatchObject({ id: ann.id, display_name: 'ann' })
    expect(rows[0]!.after).toMatchObject({ id: ann.id, display_name: 'Ann the Second' })
  })

  it('sign-up is audited with no actor (the service path)', async () => {
    const rows = await auditRows(handle.db, 'profiles', bob.id)
    expect(rows[0]).toMatchObject({ actor_id: null, action: 'insert', before: null })
    expect(rows[0]!.after).toMatchObject({ id: bob.id, email: bob.email })
  })

  it('adding and deleting a file are audited as the owner', async () => {
    const file = await asUser(handle.db, bob, tx => tx.insertInto('files').values(fileValues(bob.id) as never).returning('id').executeTakeFirstOrThrow())
    await asUser(handle.db, bob, tx => tx.deleteFrom('files').where('id', '=', file.id).execute())
    const rows = await auditRows(handle.db, 'files', file.id)
    expect(rows.map(r => [r.action, r.actor_id])).toEqual([['insert', bob.id], ['delete', bob.id]])
    expect(rows[1]!.after).toBeNull()
    expect(rows[1]!.before).toMatchObject({ id: file.id, owner_id: bob.id })
  })

  it('an institution edit by its staff and a membership change by the secretariat name their actors', async () => {
    await asUser(handle.db, partner, tx => tx.updateTable('institutions').set({ website: 'https://uni.example' }).where('id', '=', uni).execute())
    expect((await auditRows(handle.db, 'institutions', uni)).at(-1)).toMatchObject({ actor_id: partner.id, action: 'update' })
    const membership = await asUser(handle.db, sec, tx => tx.insertInto('memberships')
      .values({ user_id: bob.id, institution_id: uni, role: 'teacher' }).returning('id').executeTakeFirstOrThrow())
    expect(await auditRows(handle.db, 'memberships', membership.id)).toMatchObject([{ actor_id: sec.id, action: 'insert' }])
  })

  it('an update RLS filters out writes no audit row, and neither does a no-op update', async () => {
    const before = await auditCount(handle.db)
    await asUser(handle.db, bob, tx => tx.updateTable('profiles').set({ display_name: 'hacked' }).where('id', '=', ann.id).execute())
    const current = (await serviceRow(handle.db, 'profiles', bob.id))!.display_name
    await asUser(handle.db, bob, tx => tx.updateTable('profiles').set({ display_name: current }).where('id', '=', bob.id).execute())
    expect(await auditCount(handle.db)).toBe(before)
  })
})

describe('audit_log cannot be written directly (append-only, trigger-written)', () => {
  it('an authenticated person cannot insert an audit row: permission denied', async () => {
    await expect(asUser(handle.db, ann, tx => tx.insertInto('audit_log')
      .values({ actor_id: ann.id, action: 'forged', entity: 'profiles', entity_id: ann.id, before: null, after: null }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })

  it('the secretariat cannot insert an audit row either, nor forge another actor', async () => {
    await expect(asUser(handle.db, sec, tx => tx.insertInto('audit_log')
      .values({ actor_id: ann.id, action: 'forged', entity: 'profiles', entity_id: ann.id, before: null, after: null }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })

  it('an anonymous visitor cannot insert an audit row', async () => {
    await expect(asUser(handle.db, null, tx => tx.insertInto('audit_log')
      .values({ actor_id: null, action: 'forged', entity: 'x', entity_id: null, before: null, after: null }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })

  it('a person cannot update or delete their own audit rows', async () => {
    await expect(asUser(handle.db, ann, tx => tx.updateTable('audit_log').set({ action: 'nothing' }).where('actor_id', '=', ann.id).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
    await expect(asUser(handle.db, ann, tx => tx.deleteFrom('audit_log').where('actor_id', '=', ann.id).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
    expect((await auditRows(handle.db, 'profiles', ann.id)).some(r => r.actor_id === ann.id)).toBe(true)
  })

  it('the secretariat cannot update, delete or truncate audit rows', async () => {
    await expect(asUser(handle.db, sec, tx => tx.updateTable('audit_log').set({ actor_id: null }).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(asUser(handle.db, sec, tx => tx.deleteFrom('audit_log').execute())).rejects.toThrow(PERMISSION_DENIED)
    const error = await attemptAndRollBack(handle.db, sec, tx => sql`truncate public.audit_log`.execute(tx))
    expect(error).not.toBeInstanceOf(RolledBack)
    expect(error.message).toMatch(PERMISSION_DENIED)
  })

  // GRANT GAP: the migration revokes insert, update, delete and truncate on audit_log but leaves the TRIGGER privilege
  // that the default privileges granted, and CREATE TRIGGER needs only that. A caller with SQL access as authenticated
  // (or anon) can attach e.g. `before insert ... execute function public.handle_new_user()` to audit_log, after which
  // every audited write in the application fails — the log is no longer trustworthy as "written by triggers".
  // Fix: revoke trigger, references on public.audit_log, public.mail_outbox from anon, authenticated (better: revoke
  // truncate, trigger, references on all tables in schema public from anon, authenticated).
  it('an authenticated person cannot attach a trigger to audit_log', async () => {
    const error = await attemptAndRollBack(handle.db, ann, tx => sql`create trigger tamper before insert on public.audit_log
      for each row execute function public.handle_new_user()`.execute(tx))
    expect(error).not.toBeInstanceOf(RolledBack)
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
})

describe('audit_log_select (own acts, or the secretariat)', () => {
  it('the secretariat reads every row, whoever the actor', async () => {
    const total = await auditCount(handle.db)
    const seen = await asUser(handle.db, sec, tx => tx.selectFrom('audit_log').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow())
    expect(Number(seen.n)).toBe(total)
    const annRows = await asUser(handle.db, sec, tx => tx.selectFrom('audit_log').select('id').where('actor_id', '=', ann.id).execute())
    expect(annRows.length).toBeGreaterThan(0)
  })

  it('a person reads only the rows where they are the actor', async () => {
    const rows = await asUser(handle.db, ann, tx => tx.selectFrom('audit_log').select(['actor_id', 'entity', 'action']).execute())
    expect(rows).toContainEqual({ actor_id: ann.id, entity: 'profiles', action: 'update' })
    expect(rows.every(r => r.actor_id === ann.id)).toBe(true)
  })

  it('a person does not read rows about themselves that someone else wrote', async () => {
    const rows = await asUser(handle.db, bob, tx => tx.selectFrom('audit_log').select(['actor_id', 'entity', 'entity_id']).execute())
    expect(rows.every(r => r.actor_id === bob.id)).toBe(true)
    expect(rows.some(r => r.entity === 'memberships')).toBe(false) // the secretariat's insert of bob's membership
  })

  it('staff read their own acts only, not their colleagues\' or the institution\'s history', async () => {
    const rows = await asUser(handle.db, office, tx => tx.selectFrom('audit_log').select('actor_id').execute())
    expect(rows).toEqual([])
  })

  it('an anonymous visitor reads no audit rows', async () => {
    const rows = await asUser(handle.db, null, tx => tx.selectFrom('audit_log').select('id').execute())
    expect(rows).toEqual([])
  })
})

describe('mail_outbox_select (the recipient only; the secretariat sees delivery metadata)', () => {
  let annNotice: string, annReset: string, bobNotice: string, orphanReset: string
  beforeAll(async () => {
    annNotice = await createMail(handle.db, ann, 'test.notice')
    annReset = await createMail(handle.db, ann, 'auth.password_reset')
    bobNotice = await createMail(handle.db, bob, 'test.notice')
    orphanReset = await createMail(handle.db, null, 'auth.password_reset')
  })
  const all = () => [annNotice, annReset, bobNotice, orphanReset].sort()

  it('the recipient reads their own mail, password reset included', async () => {
    expect(await visibleIds(handle.db, ann, 'mail_outbox', all())).toEqual([annNotice, annReset].sort())
    const reset = await asUser(handle.db, ann, tx => tx.selectFrom('mail_outbox').select(['template', 'body']).where('id', '=', annReset).executeTakeFirst())
    expect(reset?.template).toBe('auth.password_reset')
    expect(reset?.body).toContain('secret-')
  })

  it('office_staff read nobody else\'s mail, not even ordinary notices', async () => {
    expect(await visibleIds(handle.db, office, 'mail_outbox', all())).toEqual([])
  })

  it('office_staff cannot read a password-reset mail addressed to someone else', async () => {
    expect(await visibleIds(handle.db, office, 'mail_outbox', [annReset, orphanReset])).toEqual([])
  })

  it('the secretariat reads no one else\'s mail', async () => {
    expect(await visibleIds(handle.db, sec, 'mail_outbox', all())).toEqual([])
  })

  it('the secretariat sees through mail_deliveries who got which kind of mail and when, never a subject or body', async () => {
    const rows = await asUser(handle.db, sec, tx => tx.selectFrom('mail_deliveries').selectAll().where('id', 'in', all()).execute())
    expect(rows.map(r => r.id).sort()).toEqual(all())
    expect(rows.find(r => r.id === annReset)).toMatchObject({ to_email: ann.email, template: 'auth.password_reset', sent_at: null })
    expect(Object.keys(rows[0]!).sort()).toEqual(['created_at', 'id', 'locale', 'sent_at', 'template', 'to_email', 'to_user_id'])
    expect(JSON.stringify(rows)).not.toContain('secret-')
  })

  it.each([['office_staff', () => office], ['partner_staff', () => partner], ['a student', () => ann], ['an anonymous visitor', () => null]])(
    '%s sees no delivery metadata', async (_label, actor) => {
      const read = () => asUser(handle.db, actor(), tx => tx.selectFrom('mail_deliveries').select('id').execute())
      if (actor()) expect(await read()).toEqual([])
      else await expect(read()).rejects.toThrow(PERMISSION_DENIED)
    })

  it('office_staff read their own password-reset mail', async () => {
    const own = await createMail(handle.db, office, 'auth.password_reset')
    expect(await visibleIds(handle.db, office, 'mail_outbox', [own])).toEqual([own])
  })

  it.each([
    ['a fellow student at the same institution', () => bob],
    ['partner_staff (not an office)', () => partner],
  ])('%s cannot read someone else\'s mail', async (_label, actor) => {
    expect(await visibleIds(handle.db, actor(), 'mail_outbox', [annNotice, annReset])).toEqual([])
  })

  it('an unrelated student sees only their own mail in the whole outbox', async () => {
    const rows = await asUser(handle.db, bob, tx => tx.selectFrom('mail_outbox').select('to_user_id').execute())
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(r => r.to_user_id === bob.id)).toBe(true)
  })

  it('an anonymous visitor reads no mail', async () => {
    const rows = await asUser(handle.db, null, tx => tx.selectFrom('mail_outbox').select('id').execute())
    expect(rows).toEqual([])
  })
})

describe('mail_outbox cannot be written by users (service path only)', () => {
  const mail = (to: Actor) => ({ to_email: to.email, to_user_id: to.id, locale: 'en' as const, template: 'test.forged', subject: 's', body: 'b', sent_at: null })

  it('an authenticated person cannot insert a mail: permission denied', async () => {
    await expect(asUser(handle.db, ann, tx => tx.insertInto('mail_outbox').values(mail(bob)).execute())).rejects.toThrow(PERMISSION_DENIED)
  })

  it('office_staff, the secretariat and anon cannot insert a mail either', async () => {
    for (const actor of [office, sec, null]) {
      await expect(asUser(handle.db, actor, tx => tx.insertInto('mail_outbox').values(mail(ann)).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
    const forged = await asService(handle.db, 'test check', tx => tx.selectFrom('mail_outbox').select('id').where('template', '=', 'test.forged').execute())
    expect(forged).toEqual([])
  })

  it('the recipient cannot update or delete their mail', async () => {
    const id = await createMail(handle.db, ann)
    await expect(asUser(handle.db, ann, tx => tx.updateTable('mail_outbox').set({ sent_at: new Date() }).where('id', '=', id).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
    await expect(asUser(handle.db, ann, tx => tx.deleteFrom('mail_outbox').where('id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
    expect((await serviceRow(handle.db, 'mail_outbox', id))?.sent_at).toBeNull()
  })

  it('office_staff and the secretariat cannot redirect, delete or truncate mail', async () => {
    const id = await createMail(handle.db, bob)
    for (const actor of [office, sec]) {
      await expect(asUser(handle.db, actor, tx => tx.updateTable('mail_outbox').set({ to_email: 'attacker@evil.example' }).where('id', '=', id).execute()))
        .rejects.toThrow(PERMISSION_DENIED)
      await expect(asUser(handle.db, actor, tx => tx.deleteFrom('mail_outbox').where('id', '=', id).execute())).rejects.toThrow(PERMISSION_DENIED)
      const error = await attemptAndRollBack(handle.db, actor, tx => sql`truncate public.mail_outbox`.execute(tx))
      expect(error).not.toBeInstanceOf(RolledBack)
      expect(error.message).toMatch(PERMISSION_DENIED)
    }
    expect((await serviceRow(handle.db, 'mail_outbox', id))?.to_email).toBe(bob.email)
  })

  it('the service path writes the outbox (as the mail service does)', async () => {
    const id = await createMail(handle.db, bob, 'test.service')
    expect(await serviceRow(handle.db, 'mail_outbox', id)).toMatchObject({ to_user_id: bob.id, template: 'test.service' })
  })
})
