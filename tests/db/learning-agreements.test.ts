import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { getLearningAgreement } from '../../server/domain/learning-agreements/learning-agreements'
import { compareVersions } from '../../server/domain/learning-agreements/compare'
import {
  createLearningAgreement, editDraft, proposeVersion, rejectVersion, signVersion, startVersion,
} from '../../server/domain/learning-agreements/steps'
import { LA_TRANSITIONS, type LearningAgreementParty } from '../../shared/learning-agreements/lifecycle'
import type { LearningAgreementComponent } from '../../shared/schemas/learning-agreements'
import { loadLocaleFiles } from './agreement-fixtures'
import { createPerson, freshDatabase } from './helpers'
import { applicationIn, openExchange, type Exchange } from './mobility-fixtures'
import { personWithRole, probeAs, rowsChanged } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let ex: Exchange, outsider: Actor, classmate: Actor, otherOffice: Actor
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  ex = await openExchange(db, 20)
  outsider = await createPerson(db, 'outsider')
  classmate = await personWithRole(db, 'classmate', ex.home, 'student')
  otherOffice = await personWithRole(db, 'other-office', (await openExchange(db, 1)).home, 'office_staff')
})
afterAll(() => handle.close())

const line = (side: 'host' | 'home', code: string, credits: number, group: string | null = 'A'): LearningAgreementComponent => ({
  side, code, title: { en: `Course ${code}`, zh: `课程 ${code}` }, credits, creditLabel: side === 'host' ? 'CN credits' : 'KH credits',
  term: '2027 spring', recognitionGroup: group, courseUnitId: null,
})
const LINES = [line('host', 'ROB101', 3), line('host', 'PLC201', 2, 'B'), line('home', 'MEC310', 4), line('home', 'ELC220', 3, 'B')]

/** A nominated student's learning agreement, version 1 drafted with LINES by the student. */
async function drafted(name = 'student') {
  const app = await applicationIn(db, ex, 'nominated', name)
  const id = await asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
  await asUser(db, app.student, tx => editDraft(tx, app.student, id, { version: 1, revision: 1, components: LINES }))
  return { ...app, laId: id }
}
type Drafted = Awaited<ReturnType<typeof drafted>>
const actorOf = (d: Drafted, party: LearningAgreementParty) => ({ student: d.student, sending: ex.homeOffice, receiving: ex.hostOffice })[party]
const view = (d: Drafted, actor: Actor) => asUser(db, actor, tx => getLearningAgreement(tx, actor, d.laId))
async function proposeAndSignAll(d: Drafted, version: number) {
  const v = (await view(d, d.student)).versions.find(x => x.number === version)!
  const { contentHash } = await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version, revision: v.revision }))
  for (const party of ['student', 'sending', 'receiving'] as const) {
    await asUser(db, actorOf(d, party), tx => signVersion(tx, actorOf(d, party), d.laId, { version, party, contentHash: contentHash! }))
  }
  return contentHash!
}
const status = (error: unknown) => (error as { statusCode?: number }).statusCode
async function refusal(fn: () => Promise<unknown>): Promise<unknown> {
  try { await fn() }
  catch (error) { return error }
  throw new Error('expected a refusal')
}

describe('learning agreement lifecycle', () => {
  it('takes its parties from the application, whatever the client sends', async () => {
    const app = await applicationIn(db, ex, 'nominated', 'forger')
    const row = await asUser(db, app.student, tx => tx.insertInto('learning_agreements').values({
      application_id: app.id, created_by: app.student.id, student_id: outsider.id, sending_institution_id: ex.host, receiving_institution_id: ex.home,
    } as never).returning(['student_id', 'sending_institution_id', 'receiving_institution_id']).executeTakeFirstOrThrow())
    expect(row).toEqual({ student_id: app.student.id, sending_institution_id: ex.home, receiving_institution_id: ex.host })
  })

  it('is started only once the student is nominated, by the student or the sending office', async () => {
    const draft = await applicationIn(db, ex, 'submitted', 'early')
    expect(status(await refusal(() => asUser(db, draft.student, tx => createLearningAgreement(tx, draft.student, draft.id))))).toBe(409)
    await expect(probeAs(db, draft.student, tx => tx.insertInto('learning_agreements').values({ application_id: draft.id, created_by: draft.student.id }).execute()))
      .rejects.toThrow(/nominated/)
    const app = await applicationIn(db, ex, 'nominated', 'hosted')
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => createLearningAgreement(tx, ex.hostOffice, app.id))))).toBe(403)
    await expect(probeAs(db, ex.hostOffice, tx => tx.insertInto('learning_agreements').values({ application_id: app.id, created_by: ex.hostOffice.id }).execute()))
      .rejects.toThrow(/student or the sending office/)
    const id = await asUser(db, ex.homeOffice, tx => createLearningAgreement(tx, ex.homeOffice, app.id))
    expect((await view({ ...app, laId: id }, app.student)).versions.map(v => [v.number, v.state])).toEqual([[1, 'draft']])
    expect(status(await refusal(() => asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))))).toBe(409)
  })

  it('draft → proposed → signed by all three, each signature bound to the hash the database fixed at proposal', async () => {
    const d = await drafted('signer')
    const hash = await proposeAndSignAll(d, 1)
    const v = (await view(d, ex.hostOffice)).versions[0]!
    expect(v.state).toBe('signed')
    expect(v.content_hash).toBe(hash)
    expect(v.signatures.map(s => [s.party, s.content_hash])).toEqual([['student', hash], ['sending', hash], ['receiving', hash]])
    expect(v.components.map(c => `${c.side}:${c.code}:${c.credits}`)).toEqual(['host:ROB101:3.00', 'host:PLC201:2.00', 'home:MEC310:4.00', 'home:ELC220:3.00'])
    // Recomputed from the lines: the hash is the content's.
    const again = await asService(db, 'test check', async tx => (await sql<{ h: string }>`select private.learning_agreement_version_hash(${v.id}::uuid) as h`.execute(tx)).rows[0]!.h)
    expect(again).toBe(hash)
  })

  it('refuses a signature whose hash is not the version\'s, in the service (409) and in the database', async () => {
    const d = await drafted('hash')
    const { contentHash } = await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 2 }))
    const wrong = 'f'.repeat(64)
    expect(status(await refusal(() => asUser(db, d.student, tx => signVersion(tx, d.student, d.laId, { version: 1, party: 'student', contentHash: wrong }))))).toBe(409)
    const versionId = (await view(d, d.student)).versions[0]!.id
    await expect(probeAs(db, d.student, tx => tx.insertInto('learning_agreement_signatures').values({ version_id: versionId, party: 'student', content_hash: wrong, signed_by: d.student.id }).execute()))
      .rejects.toThrow(/hash is not the version/)
    await expect(probeAs(db, d.student, tx => tx.insertInto('learning_agreement_signatures').values({ version_id: versionId, party: 'sending', content_hash: contentHash!, signed_by: d.student.id }).execute()))
      .rejects.toThrow(/signs for itself/)
    // Signed by one party twice: refused.
    await asUser(db, d.student, tx => signVersion(tx, d.student, d.laId, { version: 1, party: 'student', contentHash: contentHash! }))
    expect(status(await refusal(() => asUser(db, d.student, tx => signVersion(tx, d.student, d.laId, { version: 1, party: 'student', contentHash: contentHash! }))))).toBe(409)
    // Two signatures do not make it signed, nor does a person setting the state.
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreement_versions').set({ state: 'signed' }).where('id', '=', versionId).execute()))
      .rejects.toThrow(/all three parties/)
  })

  it('a proposed version is immutable: no line added or removed, no revision raised, no second proposal', async () => {
    const d = await drafted('frozen')
    await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 2 }))
    const versionId = (await view(d, d.student)).versions[0]!.id
    expect(status(await refusal(() => asUser(db, d.student, tx => editDraft(tx, d.student, d.laId, { version: 1, revision: 2, components: [] }))))).toBe(409)
    const deleted = await probeAs(db, d.student, tx => tx.deleteFrom('learning_agreement_components').where('version_id', '=', versionId).executeTakeFirst())
    expect(Number(deleted.numDeletedRows)).toBe(0)
    await expect(probeAs(db, ex.homeOffice, tx => tx.insertInto('learning_agreement_components').values({
      version_id: versionId, side: 'host', position: 9, code: 'X1', title: JSON.stringify({ en: 'Sneaked in' }), credits: 1, credit_label: 'x', term: '', recognition_group: null, course_unit_id: null,
    }).execute())).rejects.toThrow(/row-level security/)
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreement_versions').set({ revision: 9 }).where('id', '=', versionId).execute()))
      .rejects.toThrow(/never changes/)
    expect(status(await refusal(() => asUser(db, d.student, tx => startVersion(tx, d.student, d.laId, 1))))).toBe(409)
  })

  it('a line may name a unit of the host\'s catalogue, which then cannot be deleted (only made inactive)', async () => {
    const app = await applicationIn(db, ex, 'nominated', 'catalogue')
    const unitId = (await asService(db, 'test fixture', tx => tx.insertInto('course_units').values({
      institution_id: ex.host, code: 'CAT101', title: JSON.stringify({ en: 'Catalogued course' }), description: '{}', learning_outcomes: '{}',
      credits: 3, contact_hours: 48, workload_hours: 96, isced_level: 5,
      eqf_level: 5, isced_field: '0714', languages: ['en'], term: 'autumn',
    }).returning('id').executeTakeFirstOrThrow())).id
    const id = await asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
    const components = [{ ...LINES[0]!, courseUnitId: unitId }, LINES[2]!]
    await asUser(db, app.student, tx => editDraft(tx, app.student, id, { version: 1, revision: 1, components }))
    await expect(asService(db, 'test: delete a named unit', tx => tx.deleteFrom('course_units').where('id', '=', unitId).execute()))
      .rejects.toThrow(/foreign key|violates/)
    // A unit that does not exist: the database's reference error, which the API answers with a translated 409.
    const unknown = await refusal(() => asUser(db, app.student, tx => editDraft(tx, app.student, id, {
      version: 1, revision: 2, components: [{ ...LINES[0]!, courseUnitId: '00000000-0000-4000-8000-000000000000' }, LINES[2]!],
    })))
    expect((unknown as { code?: string }).code).toBe('23503')
  })

  it('a rejection needs a comment, sends it back (a revision is drafted from the rejected version) and is final for that version', async () => {
    const d = await drafted('rejected')
    await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 2 }))
    const versionId = (await view(d, d.student)).versions[0]!.id
    await expect(probeAs(db, ex.hostOffice, tx => tx.updateTable('learning_agreement_versions').set({ state: 'rejected', rejection_comment: ' ' }).where('id', '=', versionId).execute()))
      .rejects.toThrow(/says why/)
    await expect(probeAs(db, outsider, tx => tx.updateTable('learning_agreement_versions').set({ state: 'rejected', rejection_comment: 'no' }).where('id', '=', versionId).executeTakeFirst()))
      .resolves.toMatchObject({ numUpdatedRows: 0n })
    await asUser(db, ex.hostOffice, tx => rejectVersion(tx, ex.hostOffice, d.laId, { version: 1, party: 'receiving', comment: 'PLC201 is not offered in spring' }))
    const rejected = (await view(d, d.student)).versions[0]!
    expect([rejected.state, rejected.rejection_comment, rejected.rejected_by]).toEqual(['rejected', 'PLC201 is not offered in spring', ex.hostOffice.id])
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreement_versions').set({ state: 'proposed', rejection_comment: null }).where('id', '=', versionId).execute()))
      .rejects.toThrow(/never changes/)
    await asUser(db, d.student, tx => startVersion(tx, d.student, d.laId, 1))
    const next = (await view(d, d.student)).versions[0]!
    expect([next.number, next.state, next.components.length]).toEqual([2, 'draft', 4])
  })

  it('only the student and the sending office propose; the receiving office may not', async () => {
    const d = await drafted('proposer')
    expect(status(await refusal(() => asUser(db, ex.hostOffice, tx => proposeVersion(tx, ex.hostOffice, d.laId, { version: 1, revision: 2 }))))).toBe(403)
    const versionId = (await view(d, d.student)).versions[0]!.id
    await expect(probeAs(db, ex.hostOffice, tx => tx.updateTable('learning_agreement_versions').set({ state: 'proposed' }).where('id', '=', versionId).execute()))
      .rejects.toThrow(/cannot go from draft to proposed/)
    await asUser(db, ex.homeOffice, tx => proposeVersion(tx, ex.homeOffice, d.laId, { version: 1, revision: 2 }))
    expect((await view(d, d.student)).versions[0]!.state).toBe('proposed')
  })

  it('a proposal without a component at the host is refused', async () => {
    const app = await applicationIn(db, ex, 'nominated', 'empty')
    const id = await asUser(db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
    expect(status(await refusal(() => asUser(db, app.student, tx => proposeVersion(tx, app.student, id, { version: 1, revision: 1 }))))).toBe(422)
  })

  it('a stale edit (older revision or version) is 409 with the current one, and nothing is written', async () => {
    const d = await drafted('stale')
    const error = await refusal(() => asUser(db, ex.homeOffice, tx => editDraft(tx, ex.homeOffice, d.laId, { version: 1, revision: 1, components: [] })))
    expect(status(error)).toBe(409)
    expect((error as { data: { key: string } }).data.key).toBe('learningAgreements.errors.staleVersion')
    expect((await view(d, d.student)).versions[0]!.components).toHaveLength(4)
    expect(status(await refusal(() => asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 1 }))))).toBe(409)
  })

  it('a change proposal during the mobility is a new version from the signed one, which stays signed; one open at a time', async () => {
    const d = await drafted('change')
    const first = await proposeAndSignAll(d, 1)
    await asService(db, 'test: abroad now', tx => tx.updateTable('applications').set({ state: 'in_mobility' }).where('id', '=', d.id).execute())
    expect(status(await refusal(() => asUser(db, d.student, tx => startVersion(tx, d.student, d.laId, 0))))).toBe(409)
    await asUser(db, d.student, tx => startVersion(tx, d.student, d.laId, 1))
    // The database itself refuses a second open version.
    await expect(probeAs(db, ex.homeOffice, tx => tx.insertInto('learning_agreement_versions').values({ learning_agreement_id: d.laId, number: 3, created_by: ex.homeOffice.id }).execute()))
      .rejects.toThrow(/duplicate key|unique/)
    const swapped = [line('host', 'ROB101', 3), line('host', 'CNC205', 2, 'B'), line('home', 'MEC310', 4), line('home', 'ELC220', 3, 'B')]
    await asUser(db, d.student, tx => editDraft(tx, d.student, d.laId, { version: 2, revision: 1, components: swapped }))
    const second = await proposeAndSignAll(d, 2)
    expect(second).not.toBe(first)
    const versions = (await view(d, d.student)).versions
    expect(versions.map(v => [v.number, v.state, v.signatures.length])).toEqual([[2, 'signed', 3], [1, 'signed', 3]])
    const diff = await asUser(db, ex.hostOffice, tx => compareVersions(tx, d.laId, 1, 2))
    expect(diff.added.map(l => l.code)).toEqual(['CNC205'])
    expect(diff.removed.map(l => l.code)).toEqual(['PLC201'])
    expect(diff.changed).toEqual([])
  })

  it('tells the other parties of each step, in their own language, never the one who acted', async () => {
    await asService(db, 'test: the receiving office reads Chinese', tx => tx.updateTable('profiles').set({ preferred_locale: 'zh' }).where('id', '=', ex.hostOffice.id).execute())
    const d = await drafted('told')
    await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 2 }))
    const told = await asService(db, 'test check', tx => tx.selectFrom('notifications').select(['user_id', 'kind'])
      .where('kind', '=', 'learningAgreements.proposed').where('link', '=', `/mobility/learning-agreement/${d.id}`).execute())
    expect(told.map(n => n.user_id).sort()).toEqual([ex.homeOffice.id, ex.hostOffice.id].sort())
    const mail = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['locale', 'subject'])
      .where('to_user_id', '=', ex.hostOffice.id).where('template', '=', 'learningAgreements.proposed').orderBy('created_at', 'desc').executeTakeFirstOrThrow())
    expect(mail.locale).toBe('zh')
    expect(mail.subject).toContain('学习协议')
  })

  it('keeps the lifecycle table equal to shared/learning-agreements/lifecycle.ts', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('learning_agreement_transitions').selectAll().execute())
    const fromDb = rows.map(r => `${r.action}:${r.from_state}:${r.to_state}:${r.party}`).sort()
    const fromTs = LA_TRANSITIONS.flatMap(t => t.by.map(p => `${t.action}:${t.from}:${t.to}:${p}`)).sort()
    expect(fromDb).toEqual(fromTs)
  })

  it('every state change is audited', async () => {
    const d = await drafted('audited')
    await proposeAndSignAll(d, 1)
    const versionId = (await view(d, d.student)).versions[0]!.id
    const states = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string>`after ->> 'state'`.as('state'))
      .where('entity', '=', 'learning_agreement_versions').where('entity_id', '=', versionId).orderBy('at').orderBy('id').execute())
    expect([...new Set(states.map(s => s.state))]).toEqual(['draft', 'proposed', 'signed'])
    const signatures = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select('id').where('entity', '=', 'learning_agreement_signatures')
      .where(sql<boolean>`after ->> 'version_id' = ${versionId}`).execute())
    expect(signatures).toHaveLength(3)
  })
})

describe('learning agreement RLS', () => {
  let d: Drafted
  beforeAll(async () => { d = await drafted('rls') })
  const seen = (actor: Actor | null, fn: (tx: Tx) => Promise<unknown[]>) => asUser(db, actor, fn).then(rows => rows.length)
  const tables = (tx: Tx) => Promise.all([
    tx.selectFrom('learning_agreements').select('id').where('id', '=', d.laId).execute(),
    tx.selectFrom('learning_agreement_versions').select('id').where('learning_agreement_id', '=', d.laId).execute(),
    tx.selectFrom('learning_agreement_components').select('id')
      .where('version_id', 'in', tx.selectFrom('learning_agreement_versions').select('id').where('learning_agreement_id', '=', d.laId)).execute(),
  ]).then(([a, b, c]) => [a.length, b.length, c.length])

  it('select: the student and both offices read it; a classmate, another office, an outsider and a visitor do not', async () => {
    for (const actor of [d.student, ex.homeOffice, ex.hostOffice]) expect(await asUser(db, actor, tables)).toEqual([1, 1, 4])
    for (const actor of [classmate, otherOffice, outsider, null]) expect(await asUser(db, actor, tables)).toEqual([0, 0, 0])
  })

  it('insert versions and lines: the drafters can, the receiving office and others cannot', async () => {
    const versionId = (await view(d, d.student)).versions[0]!.id
    const lineRow = { version_id: versionId, side: 'home' as const, position: 50, code: 'NEW1', title: JSON.stringify({ en: 'New' }), credits: 1, credit_label: 'x', term: '', recognition_group: null, course_unit_id: null }
    for (const actor of [d.student, ex.homeOffice]) await expect(probeAs(db, actor, tx => tx.insertInto('learning_agreement_components').values(lineRow).execute())).resolves.toBeDefined()
    for (const actor of [ex.hostOffice, classmate, outsider]) await expect(probeAs(db, actor, tx => tx.insertInto('learning_agreement_components').values(lineRow).execute())).rejects.toThrow(/row-level security/)
    expect(await seen(classmate, tx => tx.deleteFrom('learning_agreement_components').where('version_id', '=', versionId).returning('id').execute())).toBe(0)
    expect(await seen(ex.hostOffice, tx => tx.deleteFrom('learning_agreement_components').where('version_id', '=', versionId).returning('id').execute())).toBe(0)
  })

  it('update: lines never in place; learning agreements never; signatures never changed or removed', async () => {
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreement_components').set({ code: 'X' }).where('code', '=', 'ROB101').execute())).rejects.toThrow(/permission denied/)
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreements').set({ application_id: d.id }).where('id', '=', d.laId).execute())).rejects.toThrow(/permission denied/)
    await expect(probeAs(db, d.student, tx => tx.deleteFrom('learning_agreement_signatures').execute())).rejects.toThrow(/permission denied/)
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreement_versions').set({ number: 7 } as never).where('learning_agreement_id', '=', d.laId).execute())).rejects.toThrow(/permission denied/)
  })

  it('delete: a drafter may discard an open draft; the receiving office and others may not; a proposed version is kept', async () => {
    const draftId = (await view(d, d.student)).versions[0]!.id
    const discard = (actor: Actor) => probeAs(db, actor, tx => tx.deleteFrom('learning_agreement_versions').where('id', '=', draftId).returning('id').execute())
    for (const actor of [d.student, ex.homeOffice]) expect(await discard(actor)).toHaveLength(1)
    for (const actor of [ex.hostOffice, classmate, outsider]) expect(await discard(actor)).toHaveLength(0)
    const p = await drafted('rls-kept')
    await asUser(db, p.student, tx => proposeVersion(tx, p.student, p.laId, { version: 1, revision: 2 }))
    const proposedId = (await view(p, p.student)).versions[0]!.id
    expect(await probeAs(db, p.student, tx => tx.deleteFrom('learning_agreement_versions').where('id', '=', proposedId).returning('id').execute())).toHaveLength(0)
  })

  it('signatures are read by the parties only', async () => {
    const other = await drafted('rls-sign')
    await proposeAndSignAll(other, 1)
    const count = (actor: Actor | null) => seen(actor, tx => tx.selectFrom('learning_agreement_signatures').select('id')
      .where('version_id', 'in', tx.selectFrom('learning_agreement_versions').select('id').where('learning_agreement_id', '=', other.laId)).execute())
    for (const actor of [other.student, ex.homeOffice, ex.hostOffice]) expect(await count(actor)).toBe(3)
    for (const actor of [classmate, otherOffice, outsider, null]) expect(await count(actor)).toBe(0)
  })
})

describe('the home programme', () => {
  const setProgramme = (actor: Actor, laId: string, value: string) =>
    probeAs(db, actor, tx => tx.updateTable('learning_agreements').set({ home_programme: value }).where('id', '=', laId).executeTakeFirst())

  it('the drafters set it with the draft (left out: kept; null: cleared); every change is audited', async () => {
    const d = await drafted('programme')
    expect((await view(d, d.student)).home_programme).toBeNull()
    await asUser(db, d.student, tx => editDraft(tx, d.student, d.laId, { version: 1, revision: 2, components: LINES, homeProgramme: 'BEng Mechatronics' }))
    await asUser(db, ex.homeOffice, tx => editDraft(tx, ex.homeOffice, d.laId, { version: 1, revision: 3, components: LINES }))
    // The three parties read it.
    for (const actor of [d.student, ex.homeOffice, ex.hostOffice]) expect((await view(d, actor)).home_programme).toBe('BEng Mechatronics')
    await asUser(db, ex.homeOffice, tx => editDraft(tx, ex.homeOffice, d.laId, { version: 1, revision: 4, components: LINES, homeProgramme: null }))
    expect((await view(d, d.student)).home_programme).toBeNull()
    const audited = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(sql<string | null>`after ->> 'home_programme'`.as('programme'))
      .where('entity', '=', 'learning_agreements').where('entity_id', '=', d.laId).where('action', '=', 'update').orderBy('at').orderBy('id').execute())
    expect(audited.map(a => a.programme)).toEqual(['BEng Mechatronics', null])
  })

  it('update policy: the student and the sending office while a draft is open; the receiving office and others never; nothing else', async () => {
    const d = await drafted('programme-rls')
    for (const actor of [d.student, ex.homeOffice]) expect(rowsChanged(await setProgramme(actor, d.laId, 'BSc Robotics'))).toBe(1)
    for (const actor of [ex.hostOffice, classmate, otherOffice, outsider]) expect(rowsChanged(await setProgramme(actor, d.laId, 'BSc Robotics'))).toBe(0)
    await expect(probeAs(db, d.student, tx => tx.updateTable('learning_agreements').set({ student_id: classmate.id } as never).where('id', '=', d.laId).execute()))
      .rejects.toThrow(/permission denied/)
    await asUser(db, d.student, tx => proposeVersion(tx, d.student, d.laId, { version: 1, revision: 2 }))
    await expect(setProgramme(d.student, d.laId, 'BSc Robotics')).rejects.toThrow(/while a draft is open/)
  })
})
