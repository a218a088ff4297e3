import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { Db, DatabaseHandle } from '../../server/db/connect'
import { acceptNotices } from '../../server/domain/privacy/consents'
import { eraseAccount, erasedLabel } from '../../server/domain/privacy/erase'
import { disableBuiltinLogin } from '../../server/domain/privacy/logins'
import { takeStep } from '../../server/domain/mobility/steps'
import type { FileStore } from '../../server/storage/file-store'
import { freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { createBodyRow, createMeetingRow, seat } from './governance-fixtures'
import { completeDraft, exchangeUnderAgreement, openExchange, type AgreementExchange, type Exchange } from './mobility-fixtures'

/** Bytes in memory, so the test sees which objects the erasure removed. */
function memoryStore(): FileStore & { keys: Set<string> } {
  const keys = new Set<string>()
  return {
    keys,
    put: async (key) => { keys.add(key) },
    putFile: async (key) => { keys.add(key) },
    get: async () => null,
    delete: async (key) => { keys.delete(key) },
  }
}

/** Every table of every non-system schema whose rows, as text, contain needle (any case), with counts. */
async function tablesHolding(db: Db, needle: string): Promise<Record<string, number>> {
  return asService(db, 'test: search the whole database', async (tx) => {
    const tables = await sql<{ name: string }>`select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(tx)
    const hits: Record<string, number> = {}
    for (const { name } of tables.rows) {
      const found = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(name)} t where strpos(lower(t::text), lower(${needle})) > 0`.execute(tx)
      if (found.rows[0]!.n > 0) hits[name] = found.rows[0]!.n
    }
    return hits
  })
}

const count = (db: Db, table: 'agreement_signatures' | 'agreement_approvals' | 'agreement_versions', agreementId: string) =>
  asService(db, 'test check', async tx => Number((await tx.selectFrom(table).select(eb => eb.fn.countAll().as('n')).where('agreement_id', '=', agreementId).executeTakeFirstOrThrow()).n))

let handle: DatabaseHandle
let ex: Exchange, signed: AgreementExchange
let student: Actor, applicationId: string, studentName: string
let signer: Actor, signerName: string
let seatId: string, decisionId: string
const store = memoryStore()
const before = { signatures: 0, approvals: 0, versions: 0, events: 0 }

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  const db = handle.db
  ex = await openExchange(db)
  studentName = `Ploy Srisuk ${randomUUID().slice(0, 6)}`
  const draft = await completeDraft(db, ex, 'erasable')
  student = draft.student
  applicationId = draft.id
  await asService(db, 'test fixture', async (tx) => {
    await tx.updateTable('profiles').set({ display_name: studentName }).where('id', '=', student.id).execute()
    const key = (await tx.selectFrom('files').select('storage_key').where('owner_id', '=', student.id).executeTakeFirstOrThrow()).storage_key
    store.keys.add(key)
    await tx.insertInto('notifications').values({ user_id: student.id, kind: 'test.notice', params: JSON.stringify({ call: 'x' }) as never, link: null }).execute()
    // What others were told about the student: a mail and a notification to the home office.
    await tx.insertInto('mail_outbox').values({ to_email: ex.homeOffice.email, to_user_id: ex.homeOffice.id, locale: 'en', template: 'test.notice',
      subject: `${studentName} applied`, body: `${studentName} (${student.email.toUpperCase()}) submitted an application.`, sent_at: null }).execute()
    await tx.insertInto('mail_outbox').values({ to_email: student.email, to_user_id: student.id, locale: 'th', template: 'test.notice', subject: 'hi', body: 'hello', sent_at: null }).execute()
    await tx.insertInto('notifications').values({ user_id: ex.homeOffice.id, kind: 'test.notice', params: JSON.stringify({ applicant: studentName }) as never, link: null }).execute()
  })
  await asUser(db, student, tx => acceptNotices(tx, student, 'th'))
  const submitted = await asUser(db, student, tx => takeStep(tx, student, applicationId, { action: 'submit', revision: draft.revision }))
  await asUser(db, ex.homeOffice, tx => takeStep(tx, ex.homeOffice, applicationId, { action: 'nominate', revision: submitted.revision }))
  before.events = 2

  // A partner's staff member who approved and signed an agreement, then erases their account.
  signed = await exchangeUnderAgreement(db, 2)
  signer = (await asService(db, 'test check', tx => tx.selectFrom('agreement_signatures').innerJoin('profiles', 'profiles.id', 'signed_by')
    .select(['profiles.id', 'profiles.email']).where('agreement_id', '=', signed.agreementId).orderBy('signed_at').executeTakeFirstOrThrow()))
  signerName = `Somchai Jaidee ${randomUUID().slice(0, 6)}`
  await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ display_name: signerName }).where('id', '=', signer.id).execute())
  before.signatures = await count(db, 'agreement_signatures', signed.agreementId)
  before.approvals = await count(db, 'agreement_approvals', signed.agreementId)
  before.versions = await count(db, 'agreement_versions', signed.agreementId)
  // The signer also sits on the council and owns one of its decisions.
  const council = await createBodyRow(db)
  seatId = await seat(db, council, signer, signed.home)
  const meeting = await createMeetingRow(db, council)
  decisionId = (await asService(db, 'test fixture', tx => tx.insertInto('meeting_decisions').values({
    meeting_id: meeting, text: JSON.stringify({ en: 'Publish the mobility report' }), owner_id: signer.id, due_on: null,
  }).returning('id').executeTakeFirstOrThrow())).id

  for (const person of [student, signer]) {
    await asService(db, 'test: erase account', async (tx) => {
      await eraseAccount(tx, store, person.id)
      await disableBuiltinLogin(tx, person.id)
    })
  }
})
afterAll(() => handle.close())

describe('erasing an account leaves no personal data', () => {
  it('the student\'s email and name are nowhere in the database', async () => {
    expect(await tablesHolding(handle.db, student.email)).toEqual({})
    expect(await tablesHolding(handle.db, studentName)).toEqual({})
  })

  it('nor their form (names, emergency contact) or passport number', async () => {
    for (const value of ['Nguyen Thi Lan', 'Nguyễn Thị Lan', '+84 912 345 678', 'C1234567']) expect(await tablesHolding(handle.db, value)).toEqual({})
  })

  it('the signer\'s email and name are nowhere either', async () => {
    expect(await tablesHolding(handle.db, signer.email)).toEqual({})
    expect(await tablesHolding(handle.db, signerName)).toEqual({})
  })

  it('the profile shows a neutral label; the login has no email or password and is banned', async () => {
    const row = await asService(handle.db, 'test check', tx => tx.selectFrom('profiles').innerJoin('auth.users', 'auth.users.id', 'profiles.id')
      .select(['display_name', 'profiles.email', 'erased_at', 'auth.users.email as login', 'encrypted_password', sql<boolean>`banned_until > now()`.as('banned')])
      .where('profiles.id', '=', student.id).executeTakeFirstOrThrow())
    expect(row).toMatchObject({ display_name: erasedLabel(student.id), email: `${student.id}@erased.invalid`, login: null, encrypted_password: null, banned: true })
    expect(row.erased_at).toBeTruthy()
  })

  it('memberships, notifications, mail to them, passport data, documents and files (rows and bytes) are gone', async () => {
    const left = await asService(handle.db, 'test check', async tx => ({
      memberships: await tx.selectFrom('memberships').select('id').where('user_id', '=', student.id).execute(),
      notifications: await tx.selectFrom('notifications').select('id').where('user_id', '=', student.id).execute(),
      mail: await tx.selectFrom('mail_outbox').select('id').where('to_user_id', '=', student.id).execute(),
      passport: await tx.selectFrom('application_private').selectAll().where('application_id', '=', applicationId).execute(),
      documents: await tx.selectFrom('application_documents').selectAll().where('application_id', '=', applicationId).execute(),
      files: await tx.selectFrom('files').select('id').where('owner_id', '=', student.id).execute(),
    }))
    expect(left).toEqual({ memberships: [], notifications: [], mail: [], passport: [], documents: [], files: [] })
    expect(store.keys.size).toBe(0)
  })

  it('the office\'s copy of the mail about the student names the label instead', async () => {
    const mail = await asService(handle.db, 'test check', tx => tx.selectFrom('mail_outbox').select(['subject', 'body']).where('to_user_id', '=', ex.homeOffice.id)
      .where('template', '=', 'test.notice').executeTakeFirstOrThrow())
    expect(mail.subject).toBe(`${erasedLabel(student.id)} applied`)
  })
})

describe('erasing an account keeps the records institutions must keep, without the identity', () => {
  it('the application keeps its state, institutions and history, with an empty form', async () => {
    const app = await asService(handle.db, 'test check', tx => tx.selectFrom('applications').select(['state', 'form', 'applicant_id', 'home_institution_id'])
      .where('id', '=', applicationId).executeTakeFirstOrThrow())
    expect(app).toEqual({ state: 'nominated', form: {}, applicant_id: student.id, home_institution_id: ex.home })
    const events = await asService(handle.db, 'test check', tx => tx.selectFrom('application_events').select('action').where('application_id', '=', applicationId).orderBy('at').execute())
    expect(events.map(e => e.action)).toEqual(['submit', 'nominate'])
  })

  it('the agreement keeps every version, approval and signature, still signed by the (now anonymous) account', async () => {
    expect(await count(handle.db, 'agreement_signatures', signed.agreementId)).toBe(before.signatures)
    expect(await count(handle.db, 'agreement_approvals', signed.agreementId)).toBe(before.approvals)
    expect(await count(handle.db, 'agreement_versions', signed.agreementId)).toBe(before.versions)
    const signedBy = await asService(handle.db, 'test check', tx => tx.selectFrom('agreement_signatures').innerJoin('profiles', 'profiles.id', 'signed_by')
      .select('profiles.display_name').where('signed_by', '=', signer.id).execute())
    expect(signedBy).toEqual([{ display_name: erasedLabel(signer.id) }])
  })

  it('the council keeps its decision (now without an owner) and the signer\'s seat, which ends today', async () => {
    const decision = await asService(handle.db, 'test check', tx => tx.selectFrom('meeting_decisions').select(['owner_id', 'text']).where('id', '=', decisionId).executeTakeFirstOrThrow())
    expect(decision).toEqual({ owner_id: null, text: { en: 'Publish the mobility report' } })
    const seatRow = await asService(handle.db, 'test check', tx => tx.selectFrom('body_members').select([sql<boolean>`term_end = current_date`.as('endsToday')]).where('id', '=', seatId).executeTakeFirstOrThrow())
    expect(seatRow.endsToday).toBe(true)
  })

  it('consents stay as evidence, and the erasure is audited with counts only', async () => {
    const consents = await asService(handle.db, 'test check', tx => tx.selectFrom('consents').select('document').where('user_id', '=', student.id).execute())
    expect(consents).toHaveLength(2)
    const audit = await asService(handle.db, 'test check', tx => tx.selectFrom('audit_log').select(['after']).where('action', '=', 'erase_account')
      .where('entity_id', '=', student.id).executeTakeFirstOrThrow())
    // Our fixtures plus what the nomination told the student (one notification, one mail).
    expect(audit.after).toEqual({ files: 1, applications: 1, memberships: 1, notifications: 2, mails: 2 })
  })

  it('erasing again changes nothing', async () => {
    expect(await asService(handle.db, 'test: erase again', tx => eraseAccount(tx, store, student.id))).toBeNull()
  })
})
