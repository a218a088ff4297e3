import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addLedgerEntry, ledgerOf } from '../../server/domain/agreements/ledger'
import { quotasInTerm, quotasOf, useQuota } from '../../server/domain/agreements/quotas'
import type { AgreementState } from '../../shared/agreements/vocabulary'
import { ledgerEntrySchema, type LedgerEntryInput } from '../../shared/schemas/agreements'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createFileRow, createSecretariat, personWithRole } from './rls-fixtures'
import { contentFor, draftAgreement, loadLocaleFiles, partiesWithStaff, type PartySetup } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// Parties A (staff a) and B (staff b); c is staff of a member institution that is not a party.
let setup: PartySetup
let a: Actor, b: Actor, c: Actor, outsider: Actor, sec: Actor, A: string, B: string
beforeAll(async () => {
  setup = await partiesWithStaff(db, 2)
  ;[a, b] = setup.staff as [Actor, Actor]
  ;[A, B] = setup.institutionIds as [string, string]
  c = await personWithRole(db, 'c', await createInstitutionRow(db), 'partner_staff')
  outsider = await createPerson(db, 'outsider')
  sec = await createSecretariat(db)
})

/** Term 2026-09-01..2031-08-31: c1 sends 4 students a year from A to B, c2 sends 2 from B to A. */
async function agreementIn(state: AgreementState = 'active'): Promise<string> {
  const base = contentFor(setup.institutionIds).conditions[0]!
  const id = await draftAgreement(db, setup, { conditions: [base, { ...base, id: 'c2', sendingInstitutionId: B, receivingInstitutionId: A, placesPerYear: 2 }] })
  await asService(db, 'test: put agreement in a state', tx => tx.updateTable('agreements').set({ state }).where('id', '=', id).execute())
  return id
}
const quotas = async (actor: Actor, id: string, year: string) =>
  Object.fromEntries((await asUser(db, actor, tx => quotasOf(tx, id, year))).map(l => [l.condition_id, { offered: l.offered, used: l.used, left: l.left }]))
const take = (actor: Actor, id: string, places: number, academicYear = '2027/2028', conditionId = 'c1') =>
  asUser(db, actor, tx => useQuota(tx, { agreementId: id, conditionId, academicYear, places, source: 'mobility', sourceId: null }))
const usageRows = async (id: string) => (await asService(db, 'test check', tx => tx.selectFrom('agreement_quota_usage').select('places').where('agreement_id', '=', id).execute())).length
const entry = (overrides: Partial<LedgerEntryInput>): LedgerEntryInput =>
  ledgerEntrySchema.parse({ institutionId: A, entryDate: '2027-01-05', amount: 1, currency: 'USD', category: 'funding', note: { en: 'Travel grant' }, ...overrides })
const record = (actor: Actor, id: string, overrides: Partial<LedgerEntryInput>) => asUser(db, actor, tx => addLedgerEntry(tx, actor, id, entry(overrides)))
const ledgerRows = async (id: string) => (await asService(db, 'test check', tx => tx.selectFrom('agreement_ledger').select('id').where('agreement_id', '=', id).execute())).length
const refused = (statusCode: number, key: string) => ({ statusCode, data: { key } })

describe('places offered and used per cooperation condition', () => {
  it('offers each condition\'s places in every academic year the term touches, and none outside it', async () => {
    const id = await agreementIn()
    for (const year of ['2026/2027', '2027/2028', '2030/2031']) {
      expect(await quotas(a, id, year)).toEqual({ c1: { offered: 4, used: 0, left: 4 }, c2: { offered: 2, used: 0, left: 2 } })
    }
    for (const year of ['2025/2026', '2031/2032']) {
      expect(await quotas(b, id, year)).toEqual({ c1: { offered: 0, used: 0, left: 0 }, c2: { offered: 0, used: 0, left: 0 } })
    }
  })

  it('counts the places used per condition and per year from the usage recorded', async () => {
    const id = await agreementIn()
    const usage = (condition_id: string, academic_year: string, places: number) => ({ agreement_id: id, condition_id, academic_year, places, source: 'mobility', source_id: null })
    await asService(db, 'test: usage recorded by mobility', tx => tx.insertInto('agreement_quota_usage')
      .values([usage('c1', '2027/2028', 1), usage('c1', '2027/2028', 2), usage('c2', '2027/2028', 1), usage('c1', '2028/2029', 1)]).execute())
    expect(await quotas(a, id, '2027/2028')).toEqual({ c1: { offered: 4, used: 3, left: 1 }, c2: { offered: 2, used: 1, left: 1 } })
    expect(await quotas(a, id, '2028/2029')).toEqual({ c1: { offered: 4, used: 1, left: 3 }, c2: { offered: 2, used: 0, left: 2 } })
  })

  it('gives places while any are left and refuses more than are left with 409, writing nothing', async () => {
    const id = await agreementIn()
    expect(await take(a, id, 3)).toMatchObject({ used: 3, left: 1 })
    await expect(take(b, id, 2)).rejects.toMatchObject({ statusCode: 409, data: { key: 'agreements.errors.quotaExhausted', params: { left: 1 } } })
    expect(await usageRows(id)).toBe(1)
    expect(await take(b, id, 1)).toMatchObject({ used: 4, left: 0 })
    await expect(take(a, id, 1)).rejects.toMatchObject(refused(409, 'agreements.errors.quotaExhausted'))
    expect(await quotas(a, id, '2027/2028')).toMatchObject({ c1: { used: 4, left: 0 }, c2: { used: 0, left: 2 } })
  })

  it('refuses places in an academic year outside the term', async () => {
    const id = await agreementIn()
    await expect(take(a, id, 1, '2031/2032')).rejects.toMatchObject(refused(409, 'agreements.errors.quotaExhausted'))
    expect(await usageRows(id)).toBe(0)
  })

  it.each(['draft', 'in_negotiation', 'awaiting_signatures', 'renewed', 'expired', 'terminated'] as const)(
    'refuses places under an agreement that is %s (not in force) with 409', async (state) => {
      const id = await agreementIn(state)
      await expect(take(a, id, 1)).rejects.toMatchObject(refused(409, 'agreements.errors.notInForce'))
      expect(await usageRows(id)).toBe(0)
    })

  it('still gives places under an agreement flagged as expiring', async () => {
    const id = await agreementIn('expiring')
    expect(await take(a, id, 1)).toMatchObject({ used: 1, left: 3 })
  })

  it('refuses staff of a non-party taking places under an active agreement it can see', async () => {
    const id = await agreementIn()
    await expect(take(c, id, 1)).rejects.toMatchObject({ statusCode: 403 })
    expect(await usageRows(id)).toBe(0)
  })

  it('gives exactly four of ten simultaneous one-place requests on a four-place condition', async () => {
    const id = await agreementIn()
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => take(i % 2 ? a : b, id, 1)))
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(4)
    expect(refusals).toHaveLength(6)
    for (const r of refusals) expect(r.reason).toMatchObject(refused(409, 'agreements.errors.quotaExhausted'))
    expect(await quotas(a, id, '2027/2028')).toMatchObject({ c1: { offered: 4, used: 4, left: 0 } })
    expect(await usageRows(id)).toBe(4)
  })
})

describe('the academic years a quota can be read for', () => {
  it('are every year of the term: the last year offers places, a year past the end is refused with 422 naming the term', async () => {
    const id = await agreementIn('active')
    const last = await asUser(db, b, tx => quotasInTerm(tx, id, '2030/2031'))
    expect(last.find(l => l.condition_id === 'c1')).toMatchObject({ academic_year: '2030/2031', offered: 4 })
    await expect(asUser(db, b, tx => quotasInTerm(tx, id, '2031/2032')))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'agreements.errors.yearOutsideTerm', params: { field: 'year', first: '2026/2027', last: '2030/2031' } } })
    await expect(asUser(db, b, tx => quotasInTerm(tx, id, '2025/2026'))).rejects.toMatchObject({ statusCode: 422 })
  })

  it('default to the year running today, or the nearest end of the term', async () => {
    const id = await agreementIn('active')
    expect((await asUser(db, a, tx => quotasInTerm(tx, id, undefined, '2028-10-01')))[0]!.academic_year).toBe('2028/2029')
    expect((await asUser(db, a, tx => quotasInTerm(tx, id, undefined, '2035-01-01')))[0]!.academic_year).toBe('2030/2031')
    expect((await asUser(db, a, tx => quotasInTerm(tx, id, undefined, '2025-01-01')))[0]!.academic_year).toBe('2026/2027')
  })
})

describe('the benefit and cost ledger', () => {
  it('returns each amount exactly as entered, to the cent', async () => {
    const id = await agreementIn()
    expect(await record(a, id, { amount: 0.1 })).toMatchObject({ institution_id: A, amount: '0.10', currency: 'USD' })
  })

  it('totals per party and currency, and per year and currency, exactly: 0.10 + 0.20 is 0.30', async () => {
    const id = await agreementIn()
    await record(a, id, { amount: 0.1, entryDate: '2027-01-05' })
    await record(a, id, { amount: 0.2, entryDate: '2027-06-30' })
    await record(a, id, { amount: 1500, currency: 'THB', entryDate: '2028-02-01', category: 'equipment' })
    await record(b, id, { institutionId: B, amount: 0.05, entryDate: '2028-03-01', category: 'staff_time' })
    await record(b, id, { institutionId: B, amount: 123456789.99, currency: 'THB', entryDate: '2028-12-31' })
    const { entries, totals } = await asUser(db, a, tx => ledgerOf(tx, id))
    expect(entries).toHaveLength(5)
    const byParty = totals.by_party.map(t => `${t.institution_id === A ? 'A' : 'B'} ${t.currency} ${t.total}`).sort()
    expect(byParty).toEqual(['A THB 1500.00', 'A USD 0.30', 'B THB 123456789.99', 'B USD 0.05'])
    const byYear = totals.by_year.map(t => `${t.year} ${t.currency} ${t.total}`).sort()
    expect(byYear).toEqual(['2027 USD 0.30', '2028 THB 123458289.99', '2028 USD 0.05'])
  })

  it('lets the secretariat record an entry for either party', async () => {
    const id = await agreementIn()
    expect(await record(sec, id, { institutionId: B, amount: 10 })).toMatchObject({ institution_id: B, amount: '10.00' })
  })

  it('refuses party staff recording an entry for the other party with 403', async () => {
    const id = await agreementIn()
    await expect(record(a, id, { institutionId: B })).rejects.toMatchObject(refused(403, 'agreements.errors.notYourInstitution'))
    expect(await ledgerRows(id)).toBe(0)
  })

  it('refuses staff of a non-party adding an entry (403) and shows them no entries of an active agreement', async () => {
    const id = await agreementIn()
    await record(a, id, { amount: 250 })
    await expect(record(c, id, { institutionId: A })).rejects.toMatchObject(refused(403, 'agreements.errors.notYourInstitution'))
    expect(await ledgerRows(id)).toBe(1)
    for (const viewer of [c, outsider]) {
      expect(await asUser(db, viewer, tx => ledgerOf(tx, id))).toEqual({ entries: [], totals: { by_party: [], by_year: [] } })
    }
  })

  it('answers 404 to a non-party asking for the ledger of an agreement still in negotiation', async () => {
    const id = await agreementIn('in_negotiation')
    await record(a, id, { amount: 250 })
    await expect(asUser(db, c, tx => ledgerOf(tx, id))).rejects.toMatchObject({ statusCode: 404 })
    await expect(record(c, id, {})).rejects.toMatchObject({ statusCode: 404 })
  })

  it('refuses a receipt the recorder did not upload with 422 and keeps one they did', async () => {
    const id = await agreementIn()
    await expect(record(a, id, { fileId: await createFileRow(db, b) })).rejects.toMatchObject(refused(422, 'agreements.errors.fileNotYours'))
    expect(await ledgerRows(id)).toBe(0)
    const own = await createFileRow(db, a)
    await record(a, id, { fileId: own })
    expect((await asUser(db, b, tx => ledgerOf(tx, id))).entries.map(e => e.file_id)).toEqual([own])
  })

  it('refuses an entry for an institution that is not a party with 422', async () => {
    const id = await agreementIn()
    const elsewhere = await createInstitutionRow(db)
    await expect(record(sec, id, { institutionId: elsewhere })).rejects.toMatchObject(refused(422, 'agreements.errors.unknownParty'))
  })
})
