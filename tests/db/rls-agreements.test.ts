import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { AGREEMENT_TRANSITIONS } from '../../shared/agreements/lifecycle'
import type { AgreementState } from '../../shared/agreements/vocabulary'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createFileRow, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, probeAs } from './rls-fixtures'
import { contentFor, draftAgreement } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// Parties A and B (staff a, b, office staff aOffice); C is a member institution that is not a party (staff c);
// student studies at A; outsider belongs nowhere; creator is staff at C who drafts without being a party.
let A: string, B: string, C: string
let a: Actor, b: Actor, aOffice: Actor, c: Actor, student: Actor, outsider: Actor, sec: Actor, creator: Actor
const ids = {} as Record<'draft' | 'negotiating' | 'awaiting' | 'active' | 'expiring' | 'expired', string>
let bFile: string, bReceipt: string, aLedgerEntry: string

const setState = (id: string, state: AgreementState) =>
  asService(db, 'test: put agreement in a state', tx => tx.updateTable('agreements').set({ state }).where('id', '=', id).execute())
const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test fixture', fn)

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)

type AgreementTable = 'agreement_parties' | 'agreement_versions' | 'agreement_approvals' | 'agreement_signatures'
  | 'agreement_quota_usage' | 'agreement_ledger' | 'agreement_reminders'
/** How many rows of an agreement's table the actor sees. */
const seen = async (actor: Actor | null, table: AgreementTable, agreementId: string) =>
  (await asUser(db, actor, tx => tx.selectFrom(table as 'agreement_parties').select('agreement_id').where('agreement_id', '=', agreementId).execute())).length
const seenAgreements = async (actor: Actor | null) => (await asUser(db, actor, tx => tx.selectFrom('agreements').select('id')
  .where('id', 'in', Object.values(ids)).execute())).map(r => r.id).sort()
const title = async (id: string) => (await service(tx => tx.selectFrom('agreements').select('title').where('id', '=', id).executeTakeFirstOrThrow())).title

const hash = 'a'.repeat(64)
/** The content hash of each probe agreement's version 1: approvals and signatures must name it. */
const hashes = {} as Record<string, string>
const agreementRow = (state: AgreementState = 'draft', createdBy?: string) => ({ kind: 'bilateral' as const, title: JSON.stringify({ en: 'Probe' }),
  state, renewed_from: null, state_reason: null, starts_on: null, ends_on: null, ...(createdBy ? { created_by: createdBy } : {}) })
const partyRow = (agreementId: string, institutionId: string) =>
  ({ agreement_id: agreementId, institution_id: institutionId, signatory_name: 'Probe', signatory_title: '{}', contact_user_id: null })
const versionRow = (agreementId: string, number: number, createdBy?: string) => ({ agreement_id: agreementId, number,
  content: JSON.stringify({ title: { en: 'Probe' }, ...contentFor([A, B]) }), content_hash: hash, ...(createdBy ? { created_by: createdBy } : {}) })
const approvalRow = (institutionId: string, approvedBy?: string) => ({ agreement_id: ids.negotiating, version_number: 1,
  institution_id: institutionId, content_hash: hashes[ids.negotiating]!, voided_at: null, ...(approvedBy ? { approved_by: approvedBy } : {}) })
const signatureRow = (agreementId: string, institutionId: string, fileId: string | null = null) =>
  ({ agreement_id: agreementId, version_number: 1, institution_id: institutionId, content_hash: hashes[agreementId]!, signatory_name: 'Signer', file_id: fileId })
const quotaRow = () => ({ agreement_id: ids.active, condition_id: 'c1', academic_year: '2027/2028', places: 1, source: 'test', source_id: null })
const ledgerRow = (institutionId: string, fileId: string | null = null) => ({ agreement_id: ids.active, institution_id: institutionId,
  entry_date: '2027-01-05', amount: '12.50', currency: 'USD', category: 'funding' as const, note: '{}', file_id: fileId })

beforeAll(async () => {
  ;[A, B, C] = [await createInstitutionRow(db), await createInstitutionRow(db), await createInstitutionRow(db)]
  ;[a, b, aOffice] = [await personWithRole(db, 'a', A, 'partner_staff'), await personWithRole(db, 'b', B, 'partner_staff'), await personWithRole(db, 'a-office', A, 'office_staff')]
  ;[c, creator, student] = [await personWithRole(db, 'c', C, 'partner_staff'), await personWithRole(db, 'creator', C, 'office_staff'), await personWithRole(db, 'student', A, 'student')]
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
  const setup = { institutionIds: [A, B], staff: [a, b] }
  const states = { draft: 'draft', negotiating: 'in_negotiation', awaiting: 'awaiting_signatures', active: 'active', expiring: 'expiring', expired: 'expired' } as const
  for (const [name, state] of Object.entries(states)) {
    ids[name as keyof typeof ids] = await draftAgreement(db, setup)
    await setState(ids[name as keyof typeof ids], state)
  }
  for (const v of await service(tx => tx.selectFrom('agreement_versions').select(['agreement_id', 'content_hash']).where('number', '=', 1).execute())) {
    hashes[v.agreement_id] = v.content_hash
  }
  ;[bFile, bReceipt] = [await createFileRow(db, b), await createFileRow(db, b)]
  await service(async (tx) => {
    await tx.insertInto('agreement_approvals').values(approvalRow(B, b.id)).execute()
    await tx.insertInto('agreement_signatures').values([signatureRow(ids.awaiting, B, bFile), signatureRow(ids.active, B)].map(s => ({ ...s, signed_by: b.id }))).execute()
    await tx.insertInto('agreement_quota_usage').values(quotaRow()).execute()
    await tx.insertInto('agreement_ledger').values({ ...ledgerRow(B, bReceipt), created_by: b.id }).execute()
    aLedgerEntry = (await tx.insertInto('agreement_ledger').values({ ...ledgerRow(A), created_by: a.id }).returning('id').executeTakeFirstOrThrow()).id
    await tx.insertInto('agreement_reminders').values({ agreement_id: ids.active, threshold_days: 90, ends_on: '2031-08-31' }).execute()
  })
})

describe('agreements_select_public and agreements_select_parties', () => {
  it.each([
    ['an anonymous visitor', () => null], ['a signed-in person of no institution', () => outsider],
    ['staff of an institution that is not a party', () => c], ['a student of a party institution', () => student],
  ])('%s sees active and expiring agreements but no draft, negotiation or expired one', async (_label, actor) => {
    expect(await seenAgreements(actor())).toEqual([ids.active, ids.expiring].sort())
  })

  it.each([
    ['partner staff of party A', () => a], ['partner staff of party B', () => b], ['office staff of party A', () => aOffice], ['the secretariat', () => sec],
  ])('%s sees the agreement in every state', async (_label, actor) => {
    expect(await seenAgreements(actor())).toEqual(Object.values(ids).sort())
  })

  it('the creator of a draft who is not a party sees it and adds its first parties; the terms are the service\'s to write', async () => {
    const id = (await asUser(db, creator, tx => tx.insertInto('agreements').values(agreementRow()).returning('id').executeTakeFirstOrThrow())).id
    await asUser(db, creator, tx => tx.insertInto('agreement_parties').values([partyRow(id, A), partyRow(id, B)]).execute())
    await expect(probe(creator, tx => tx.insertInto('agreement_versions').values(versionRow(id, 1)).execute())).rejects.toThrow(PERMISSION_DENIED)
    await service(tx => tx.insertInto('agreement_versions').values(versionRow(id, 1, creator.id)).execute())
    expect((await asUser(db, creator, tx => tx.selectFrom('agreements').select('id').where('id', '=', id).execute()))).toEqual([{ id }])
    expect([await seen(creator, 'agreement_parties', id), await seen(creator, 'agreement_versions', id)]).toEqual([2, 1])
    expect(await seen(c, 'agreement_versions', id)).toBe(0)

    await setState(id, 'in_negotiation')
    expect((await asUser(db, creator, tx => tx.selectFrom('agreements').select('id').where('id', '=', id).execute()))).toEqual([])
    expect([await seen(creator, 'agreement_parties', id), await seen(creator, 'agreement_versions', id)]).toEqual([0, 0])
    expect(await seen(a, 'agreement_versions', id)).toBe(1)
  })
})

describe('agreements_insert (staff or secretariat, a draft in their own name)', () => {
  it.each([
    ['partner staff', () => a], ['office staff', () => aOffice], ['the secretariat', () => sec],
  ])('%s creates a draft', async (_label, actor) => {
    const row = await probe(actor(), tx => tx.insertInto('agreements').values(agreementRow()).returning(['state', 'created_by']).executeTakeFirstOrThrow())
    expect(row).toEqual({ state: 'draft', created_by: actor()!.id })
  })

  it.each([
    ['a student', () => student], ['a person of no institution', () => outsider], ['an anonymous visitor', () => null],
  ])('%s cannot create an agreement', async (_label, actor) => {
    await expect(probe(actor(), tx => tx.insertInto('agreements').values(agreementRow()).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it.each([
    ['that is already active', () => agreementRow('active')], ['in someone else\'s name', () => agreementRow('draft', b.id)],
  ])('staff cannot create an agreement %s', async (_label, row) => {
    await expect(probe(a, tx => tx.insertInto('agreements').values(row()).execute())).rejects.toThrow(RLS_VIOLATION)
  })
})

describe('agreements_update (parties\' staff and the secretariat)', () => {
  it.each([['party A', () => a], ['party B', () => b], ['the secretariat', () => sec]])('%s gives a reason for the state of a draft', async (_label, actor) => {
    const rows = await probe(actor(), tx => tx.updateTable('agreements').set({ state_reason: 'Waiting for the budget' }).where('id', '=', ids.draft).returning('state_reason').execute())
    expect(rows).toEqual([{ state_reason: 'Waiting for the budget' }])
  })

  it.each([
    ['title', { title: JSON.stringify({ en: 'Renamed' }) }], ['end date', { ends_on: '2040-12-31' }], ['automatic renewal', { auto_renew: true }],
    ['version counter', { current_version: 7 }], ['creator', { created_by: '00000000-0000-0000-0000-000000000000' }],
  ] as const)('no party, not even the secretariat, changes the %s of an agreement without a new version', async (_label, change) => {
    for (const actor of [a, sec]) {
      for (const which of ['draft', 'active'] as const) {
        await expect(probe(actor, tx => tx.updateTable('agreements').set(change as never).where('id', '=', ids[which]).execute())).rejects.toThrow(PERMISSION_DENIED)
      }
    }
  })

  it.each<[string, () => Actor | null, 'active' | 'draft']>([
    ['staff of a non-party, even of an agreement it can see', () => c, 'active'],
    ['a student of a party institution', () => student, 'draft'],
    ['a person of no institution', () => outsider, 'active'],
    ['an anonymous visitor', () => null, 'active'],
  ])('%s cannot change the agreement', async (_label, actor, which) => {
    const before = await title(ids[which])
    const change = () => asUser(db, actor(), tx => tx.updateTable('agreements').set({ state_reason: 'Hijacked' }).where('id', '=', ids[which]).returning('id').execute())
    if (actor()) expect(await change()).toEqual([])
    else await expect(change()).rejects.toThrow(PERMISSION_DENIED)
    expect(await title(ids[which])).toEqual(before)
  })
})

describe('agreements_state_guard (the lifecycle in the database)', () => {
  const move = (actor: Actor, which: keyof typeof ids, state: AgreementState) =>
    probe(actor, tx => tx.updateTable('agreements').set({ state }).where('id', '=', ids[which]).returning('state').execute())

  it.each<[keyof typeof ids, AgreementState]>([
    ['draft', 'in_negotiation'], ['awaiting', 'in_negotiation'], ['active', 'terminated'], ['negotiating', 'terminated'],
  ])('a party takes a step of its own by hand: %s to %s', async (which, state) => {
    expect(await move(a, which, state)).toEqual([{ state }])
  })

  it.each<[keyof typeof ids, AgreementState]>([
    ['draft', 'active'], ['negotiating', 'awaiting_signatures'], ['awaiting', 'active'], ['active', 'expired'], ['expiring', 'renewed'], ['expired', 'active'],
  ])('no party, not even the secretariat, skips the system\'s guard: %s to %s', async (which, state) => {
    for (const actor of [a, sec]) await expect(move(actor, which, state)).rejects.toThrow(/cannot go from/)
  })

  it('keeps the same party steps as the app: agreement_party_transitions equals the party rows of AGREEMENT_TRANSITIONS', async () => {
    const rows = await asUser(db, a, tx => tx.selectFrom('agreement_party_transitions').select(['action', 'from_state', 'to_state']).execute())
    const app = AGREEMENT_TRANSITIONS.filter(t => t.by === 'party').flatMap(t => t.from.map(from => ({ action: t.action, from_state: from, to_state: t.to })))
    const key = (r: { action: string; from_state: string; to_state: string }) => `${r.action}:${r.from_state}:${r.to_state}`
    expect(rows.map(key).sort()).toEqual(app.map(key).sort())
  })

  it('the table cannot be changed by a person', async () => {
    await expect(probe(sec, tx => tx.insertInto('agreement_party_transitions').values({ action: 'activate', from_state: 'draft', to_state: 'active' }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('agreement_parties', () => {
  it('anyone sees the parties of an active agreement, only its parties see those of a draft', async () => {
    expect([await seen(null, 'agreement_parties', ids.active), await seen(outsider, 'agreement_parties', ids.active)]).toEqual([2, 2])
    expect([await seen(null, 'agreement_parties', ids.draft), await seen(c, 'agreement_parties', ids.draft)]).toEqual([0, 0])
    expect([await seen(a, 'agreement_parties', ids.draft), await seen(sec, 'agreement_parties', ids.draft)]).toEqual([2, 2])
  })

  it('a party adds a third institution to its draft', async () => {
    expect(await probe(a, tx => tx.insertInto('agreement_parties').values(partyRow(ids.draft, C)).returning('institution_id').execute())).toEqual([{ institution_id: C }])
  })

  it.each([['a draft', 'draft'], ['an active agreement it can see', 'active']] as const)('staff of a non-party cannot join %s', async (_label, which) => {
    await expect(probe(c, tx => tx.insertInto('agreement_parties').values(partyRow(ids[which], C)).execute())).rejects.toThrow(/row-level security|negotiated/)
  })

  it('a party adds no institution to an agreement in force (parties change only while negotiated)', async () => {
    await expect(probe(a, tx => tx.insertInto('agreement_parties').values(partyRow(ids.active, C)).execute())).rejects.toThrow(/negotiated/)
  })

  const changeSignatory = (which: keyof typeof ids, institutionId: string) => (tx: Tx) => tx.updateTable('agreement_parties').set({ signatory_name: 'Changed' })
    .where('agreement_id', '=', ids[which]).where('institution_id', '=', institutionId).returning('signatory_name').execute()

  it('a party changes its own signatory while negotiating; not the other party\'s, not once in force; a non-party never', async () => {
    expect(await probe(a, changeSignatory('negotiating', A))).toEqual([{ signatory_name: 'Changed' }])
    await expect(probe(a, changeSignatory('negotiating', B))).rejects.toThrow(/own staff/)
    await expect(probe(a, changeSignatory('active', A))).rejects.toThrow(/negotiated/)
    expect(await probe(c, changeSignatory('negotiating', B))).toEqual([])
  })

  it('the secretariat changes any party\'s signatory while negotiating', async () => {
    expect(await probe(sec, changeSignatory('draft', B))).toEqual([{ signatory_name: 'Changed' }])
  })

  it('a contact person must belong to the party\'s institution: naming anyone else is refused', async () => {
    const name = (userId: string, institutionId: string) => (tx: Tx) => tx.updateTable('agreement_parties').set({ contact_user_id: userId })
      .where('agreement_id', '=', ids.draft).where('institution_id', '=', institutionId).returning('contact_user_id').execute()
    expect(await probe(a, name(aOffice.id, A))).toEqual([{ contact_user_id: aOffice.id }])
    for (const stranger of [outsider, c, b]) await expect(probe(a, name(stranger.id, A))).rejects.toThrow(/contact must belong/)
    await expect(service(tx => tx.insertInto('agreement_parties').values({ ...partyRow(ids.draft, C), contact_user_id: student.id }).execute())).rejects.toThrow(/contact must belong/)
  })

  it('a party removes a party from a draft, never from an agreement in force; a non-party and an anonymous visitor cannot', async () => {
    const remove = (which: keyof typeof ids) => (tx: Tx) => tx.deleteFrom('agreement_parties').where('agreement_id', '=', ids[which]).where('institution_id', '=', B).returning('institution_id').execute()
    expect(await probe(a, remove('draft'))).toEqual([{ institution_id: B }])
    await expect(probe(a, remove('active'))).rejects.toThrow(/negotiated/)
    expect(await probe(c, remove('draft'))).toEqual([])
    expect(await probe(null, remove('draft'))).toEqual([])
  })
})

describe('agreement_versions (terms)', () => {
  it('community members read the terms of an active agreement; a person of no institution and anonymous visitors do not', async () => {
    expect([await seen(c, 'agreement_versions', ids.active), await seen(student, 'agreement_versions', ids.expiring)]).toEqual([1, 1])
    expect([await seen(outsider, 'agreement_versions', ids.active), await seen(null, 'agreement_versions', ids.active)]).toEqual([0, 0])
  })

  it('the terms of a draft are read by its parties and the secretariat only', async () => {
    expect([await seen(a, 'agreement_versions', ids.draft), await seen(b, 'agreement_versions', ids.draft), await seen(sec, 'agreement_versions', ids.draft)]).toEqual([1, 1, 1])
    expect([await seen(c, 'agreement_versions', ids.draft), await seen(student, 'agreement_versions', ids.draft)]).toEqual([0, 0])
  })

  it('nobody adds a version directly, not even a party or the secretariat: the service writes versions after its checks', async () => {
    for (const actor of [a, sec, c]) {
      await expect(probe(actor, tx => tx.insertInto('agreement_versions').values(versionRow(ids.draft, 2)).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
  })

  it.each([['a party', () => a], ['the secretariat', () => sec]])('%s can neither rewrite nor delete a version', async (_label, actor) => {
    await expect(probe(actor(), tx => tx.updateTable('agreement_versions').set({ content_hash: 'b'.repeat(64) }).where('agreement_id', '=', ids.draft).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(actor(), tx => tx.deleteFrom('agreement_versions').where('agreement_id', '=', ids.draft).execute())).rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('agreement_approvals', () => {
  it('staff approve for their own institution only, and in their own name', async () => {
    expect(await probe(a, tx => tx.insertInto('agreement_approvals').values(approvalRow(A)).returning('approved_by').execute())).toEqual([{ approved_by: a.id }])
    await expect(probe(a, tx => tx.insertInto('agreement_approvals').values(approvalRow(B)).execute())).rejects.toThrow(RLS_VIOLATION)
    await expect(probe(a, tx => tx.insertInto('agreement_approvals').values({ ...approvalRow(A), voided_at: new Date() }).execute())).rejects.toThrow(/given void/)
    await expect(probe(a, tx => tx.insertInto('agreement_approvals').values(approvalRow(A, b.id)).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it('parties and the secretariat see approvals; a non-party and a student do not', async () => {
    expect([await seen(a, 'agreement_approvals', ids.negotiating), await seen(sec, 'agreement_approvals', ids.negotiating)]).toEqual([1, 1])
    expect([await seen(c, 'agreement_approvals', ids.negotiating), await seen(student, 'agreement_approvals', ids.negotiating)]).toEqual([0, 0])
  })

  it('approvals of a version other than the current one, with another content hash, or outside negotiation are refused', async () => {
    await expect(probe(a, tx => tx.insertInto('agreement_approvals').values({ ...approvalRow(A), content_hash: hash }).execute())).rejects.toThrow(/current version/)
    await expect(probe(a, tx => tx.insertInto('agreement_approvals').values({ ...approvalRow(A), agreement_id: ids.draft, content_hash: hashes[ids.draft]! }).execute())).rejects.toThrow(/current version/)
  })

  it('no party voids another party\'s approval or changes what was approved: voiding is the service\'s, after an edit or a reopening', async () => {
    for (const actor of [a, b, c, sec]) {
      await expect(probe(actor, tx => tx.updateTable('agreement_approvals').set({ voided_at: new Date() }).where('agreement_id', '=', ids.negotiating).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
    await expect(probe(a, tx => tx.updateTable('agreement_approvals').set({ content_hash: 'b'.repeat(64) }).where('agreement_id', '=', ids.negotiating).execute())).rejects.toThrow(PERMISSION_DENIED)
  })

  it('nobody deletes an approval through a user session', async () => {
    expect(await probe(b, tx => tx.deleteFrom('agreement_approvals').where('agreement_id', '=', ids.negotiating).returning('id').execute())).toEqual([])
  })
})

describe('agreement_signatures', () => {
  it('staff sign for their own institution with their own file, never for another party or with another\'s file', async () => {
    const own = await createFileRow(db, a)
    const sign = (institutionId: string, fileId: string | null) => (tx: Tx) => tx.insertInto('agreement_signatures').values(signatureRow(ids.awaiting, institutionId, fileId)).returning('signed_by').execute()
    expect(await probe(a, sign(A, own))).toEqual([{ signed_by: a.id }])
    await expect(probe(a, sign(B, null))).rejects.toThrow(RLS_VIOLATION)
    await expect(probe(a, sign(A, bFile))).rejects.toThrow(RLS_VIOLATION)
    await expect(probe(a, tx => tx.insertInto('agreement_signatures').values({ ...signatureRow(ids.awaiting, A), content_hash: hash }).execute())).rejects.toThrow(/current version/)
    await expect(probe(a, tx => tx.insertInto('agreement_signatures').values(signatureRow(ids.negotiating, A)).execute())).rejects.toThrow(/current version/)
  })

  it('parties see signatures while awaiting them; community members once active; a person of no institution never', async () => {
    expect([await seen(a, 'agreement_signatures', ids.awaiting), await seen(sec, 'agreement_signatures', ids.awaiting)]).toEqual([1, 1])
    expect([await seen(c, 'agreement_signatures', ids.awaiting), await seen(c, 'agreement_signatures', ids.active)]).toEqual([0, 1])
    expect([await seen(outsider, 'agreement_signatures', ids.active), await seen(null, 'agreement_signatures', ids.active)]).toEqual([0, 0])
  })

  it('a signature cannot be rewritten or deleted, even by its signer', async () => {
    await expect(probe(b, tx => tx.updateTable('agreement_signatures').set({ signatory_name: 'Forged' }).where('agreement_id', '=', ids.awaiting).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(b, tx => tx.deleteFrom('agreement_signatures').where('agreement_id', '=', ids.awaiting).execute())).rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('agreement_quota_usage', () => {
  it('nobody records places used directly, not a party, not the secretariat: nominations take them through the service', async () => {
    for (const actor of [a, sec, c, student]) {
      await expect(probe(actor, tx => tx.insertInto('agreement_quota_usage').values(quotaRow()).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
  })

  it('usage of an active agreement is seen by its parties, not by other community members', async () => {
    expect([await seen(a, 'agreement_quota_usage', ids.active), await seen(b, 'agreement_quota_usage', ids.active)]).toEqual([1, 1])
    expect([await seen(c, 'agreement_quota_usage', ids.active), await seen(student, 'agreement_quota_usage', ids.active)]).toEqual([0, 0])
  })

  it('nobody frees places or edits a usage row directly: a withdrawal or rejection gives them back through the service', async () => {
    for (const actor of [a, b, sec]) {
      await expect(probe(actor, tx => tx.deleteFrom('agreement_quota_usage').where('agreement_id', '=', ids.active).execute())).rejects.toThrow(PERMISSION_DENIED)
      await expect(probe(actor, tx => tx.updateTable('agreement_quota_usage').set({ places: 99 }).where('agreement_id', '=', ids.active).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
  })
})

describe('agreement_ledger', () => {
  it('staff record entries for their own institution; the secretariat for any party', async () => {
    expect(await probe(a, tx => tx.insertInto('agreement_ledger').values(ledgerRow(A)).returning('amount').execute())).toEqual([{ amount: '12.50' }])
    expect(await probe(sec, tx => tx.insertInto('agreement_ledger').values(ledgerRow(B)).returning('institution_id').execute())).toEqual([{ institution_id: B }])
  })

  it.each([
    ['party staff for the other party', () => a, () => B, () => null],
    ['staff of a non-party for a party', () => c, () => A, () => null],
    ['party staff with someone else\'s receipt', () => a, () => A, () => bReceipt],
  ])('%s cannot record an entry', async (_label, actor, institution, file) => {
    await expect(probe(actor(), tx => tx.insertInto('agreement_ledger').values(ledgerRow(institution(), file())).execute())).rejects.toThrow(RLS_VIOLATION)
  })

  it('the ledger is read by parties and the secretariat, not by other community members', async () => {
    expect([await seen(a, 'agreement_ledger', ids.active), await seen(b, 'agreement_ledger', ids.active), await seen(sec, 'agreement_ledger', ids.active)]).toEqual([2, 2, 2])
    expect([await seen(c, 'agreement_ledger', ids.active), await seen(student, 'agreement_ledger', ids.active)]).toEqual([0, 0])
  })

  it('an entry is deleted by whoever recorded it or by the secretariat, not by the other party', async () => {
    const remove = (tx: Tx) => tx.deleteFrom('agreement_ledger').where('id', '=', aLedgerEntry).returning('id').execute()
    expect(await probe(b, remove)).toEqual([])
    expect(await probe(a, remove)).toEqual([{ id: aLedgerEntry }])
    expect(await probe(sec, remove)).toEqual([{ id: aLedgerEntry }])
  })
})

describe('agreement_reminders', () => {
  it('reminders sent are seen by the parties and the secretariat, not by a non-party; only the job records one', async () => {
    expect([await seen(a, 'agreement_reminders', ids.active), await seen(sec, 'agreement_reminders', ids.active), await seen(c, 'agreement_reminders', ids.active)]).toEqual([1, 1, 0])
    for (const actor of [a, sec]) {
      await expect(probe(actor, tx => tx.insertInto('agreement_reminders').values({ agreement_id: ids.active, threshold_days: 30, ends_on: '2031-08-31' }).execute())).rejects.toThrow(PERMISSION_DENIED)
    }
  })
})

describe('files_select_agreement (a signed copy or receipt is read by whoever reads the row attaching it)', () => {
  const readable = async (actor: Actor, fileId: string) => (await asUser(db, actor, tx => tx.selectFrom('files').select('id').where('id', '=', fileId).execute())).length === 1

  it.each([['a signed copy attached to a signature', () => bFile], ['a receipt attached to a ledger entry', () => bReceipt]])('the other party\'s staff read %s', async (_label, file) => {
    expect(await readable(a, file())).toBe(true)
  })

  it('staff of a non-party and a person of no institution cannot read the signed copy or the receipt', async () => {
    const reads = [await readable(c, bFile), await readable(outsider, bFile), await readable(c, bReceipt), await readable(outsider, bReceipt)]
    expect(reads).toEqual([false, false, false, false])
  })

  it('a party\'s file attached to nothing stays private to its owner', async () => {
    const loose = await createFileRow(db, b)
    expect([await readable(a, loose), await readable(b, loose)]).toEqual([false, true])
  })
})
