import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { compareVersions, editAgreement, findVersion, getAgreement, listVersions } from '../../server/domain/agreements/agreements'
import { contentHash } from '../../server/domain/agreements/content'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { transitionByParty } from '../../server/domain/agreements/transitions'
import type { AgreementContent } from '../../shared/agreements/vocabulary'
import { freshDatabase } from './helpers'
import { contentFor, draftAgreement, loadLocaleFiles, partiesWithStaff, type PartySetup } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

let pair: PartySetup, trio: PartySetup
let a: Actor, b: Actor, A: string, B: string
beforeAll(async () => {
  pair = await partiesWithStaff(db, 2)
  trio = await partiesWithStaff(db, 3)
  ;[a, b] = pair.staff as [Actor, Actor]
  ;[A, B] = pair.institutionIds as [string, string]
})

const staffOf = (setup: PartySetup, i: number) => setup.staff[i]!
const edit = (setup: PartySetup, actor: Actor, id: string, baseVersion: number, overrides: Partial<AgreementContent> = {}) =>
  asUser(db, actor, tx => editAgreement(tx, actor, id, { baseVersion, content: contentFor(setup.institutionIds, overrides) }))
const approve = (setup: PartySetup, i: number, id: string, version: number) =>
  asUser(db, staffOf(setup, i), tx => approveVersion(tx, staffOf(setup, i), id, { version, institutionId: setup.institutionIds[i]! }))
const sign = (actor: Actor, institutionId: string, id: string, version: number) =>
  asUser(db, actor, tx => signVersion(tx, actor, id, { version, institutionId, signatoryName: 'Dr. Signer', fileId: null }))
const openNegotiation = (setup: PartySetup, id: string) => asUser(db, staffOf(setup, 0), tx => transitionByParty(tx, staffOf(setup, 0), id, 'open_negotiation'))
const view = (actor: Actor, id: string) => asUser(db, actor, tx => getAgreement(tx, id, actor))
const versionCount = async (id: string) => (await asService(db, 'test check', tx => tx.selectFrom('agreement_versions').select('number').where('agreement_id', '=', id).execute())).length
const conflict = (key: string, extra: Record<string, unknown> = {}) => ({ statusCode: 409, data: { key, ...extra } })

/** A negotiated agreement every party approved at `version` (edited up to it), now awaiting signatures. */
async function awaitingSignatures(setup: PartySetup, version = 1): Promise<string> {
  const id = await draftAgreement(db, setup)
  await openNegotiation(setup, id)
  for (let v = 2; v <= version; v++) await edit(setup, staffOf(setup, 1), id, v - 1, { scope: { en: `Scope v${v}` } })
  for (const i of setup.institutionIds.keys()) await approve(setup, i, id, version)
  expect((await view(staffOf(setup, 0), id)).state).toBe('awaiting_signatures')
  return id
}

const thaiGoals = { ...contentFor([]).goals, th: 'แลกเปลี่ยนนักศึกษาและครูสาขาเมคคาทรอนิกส์' }
const moreStudents = (setup: PartySetup) => contentFor(setup.institutionIds).conditions.map(c => ({ ...c, placesPerYear: 6 }))

describe('editing the terms', () => {
  it('saves each edit as the next version and keeps the earlier one as it was', async () => {
    const id = await draftAgreement(db, pair)
    expect(await edit(pair, b, id, 1, { goals: thaiGoals, conditions: moreStudents(pair) })).toEqual({ version: 2 })
    expect((await asUser(db, a, tx => listVersions(tx, id))).map(v => v.number)).toEqual([2, 1])
    const page = await view(a, id)
    expect(page.current_version).toBe(2)
    expect(page.version?.content.goals.th).toBe(thaiGoals.th)
    const first = await asUser(db, a, tx => findVersion(tx, id, 1))
    expect(first.content.goals.th).toBe(contentFor([]).goals.th)
    expect(first.content.conditions[0]!.placesPerYear).toBe(4)
  })

  it('lists exactly the fields that changed between two versions, with before and after', async () => {
    const id = await draftAgreement(db, pair)
    await edit(pair, a, id, 1, { goals: thaiGoals, conditions: moreStudents(pair) })
    const { changes } = await asUser(db, b, tx => compareVersions(tx, id, 1, 2))
    expect(changes).toEqual([
      { path: 'conditions.c1.placesPerYear', before: 4, after: 6 },
      { path: 'goals.th', before: contentFor([]).goals.th, after: thaiGoals.th },
    ])
    expect(changes.map(c => c.path)).not.toContain('goals.en')
  })

  it('names the condition a change belongs to and who saved each version, though one party may not read the other\'s profile', async () => {
    const id = await draftAgreement(db, pair)
    await edit(pair, b, id, 1, { conditions: moreStudents(pair) })
    const { conditions } = await asUser(db, a, tx => compareVersions(tx, id, 1, 2))
    expect(conditions.c1).toEqual({ type: 'student_study', sending_institution_id: A, receiving_institution_id: B })
    const profileOfB = await asUser(db, a, tx => tx.selectFrom('profiles').select('display_name').where('id', '=', b.id).executeTakeFirst())
    expect(profileOfB).toBeUndefined()
    const nameOf = async (actor: Actor) => (await asService(db, 'test check', tx => tx.selectFrom('profiles').select('display_name')
      .where('id', '=', actor.id).executeTakeFirstOrThrow())).display_name
    const versions = await asUser(db, a, tx => listVersions(tx, id))
    expect(versions.map(v => [v.number, v.created_by_name])).toEqual([[2, await nameOf(b)], [1, await nameOf(a)]])
    expect(versions[0]).not.toHaveProperty('created_by')
  })

  it('refuses an edit made from an out-of-date version with 409, returns the current one and writes nothing', async () => {
    const id = await draftAgreement(db, pair)
    await edit(pair, a, id, 1, { goals: thaiGoals })
    await expect(edit(pair, b, id, 1, { scope: { en: 'Overwrites the other edit' } }))
      .rejects.toMatchObject(conflict('agreements.errors.staleVersion', { current: { number: 2, content: { goals: thaiGoals } } }))
    expect(await versionCount(id)).toBe(2)
    const page = await view(a, id)
    expect(page.current_version).toBe(2)
    expect(page.version?.content.scope).toEqual(contentFor([]).scope)
  })

  it('lets exactly one of two simultaneous edits from the same version through; the other gets 409', async () => {
    const id = await draftAgreement(db, pair)
    const results = await Promise.allSettled([
      edit(pair, a, id, 1, { scope: { en: 'Edit by A' } }),
      edit(pair, b, id, 1, { scope: { en: 'Edit by B' } }),
    ])
    const won = results.filter(r => r.status === 'fulfilled')
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0]!.reason).toMatchObject(conflict('agreements.errors.staleVersion'))
    expect(await versionCount(id)).toBe(2)
    const winner = results[0]!.status === 'fulfilled' ? 'Edit by A' : 'Edit by B'
    expect((await view(a, id)).version?.content.scope).toEqual({ en: winner })
  })

  it('voids a party\'s approval when the terms change after it approved, and asks that party to approve again', async () => {
    const id = await draftAgreement(db, pair)
    await openNegotiation(pair, id)
    await approve(pair, 0, id, 1)
    expect((await view(a, id)).permissions.approve_for).toEqual([])
    await edit(pair, b, id, 1, { goals: thaiGoals })
    const page = await view(a, id)
    expect(page.state).toBe('in_negotiation')
    expect(page.approvals).toHaveLength(1)
    expect(page.approvals[0]).toMatchObject({ institution_id: A, version_number: 1 })
    expect(page.approvals[0]!.voided_at).not.toBeNull()
    expect(page.permissions.approve_for).toEqual([A])
  })
})

describe('approving a version', () => {
  it('binds the approval to the exact text approved: the version\'s content hash', async () => {
    const id = await draftAgreement(db, pair)
    await openNegotiation(pair, id)
    await edit(pair, a, id, 1, { goals: thaiGoals })
    const result = await approve(pair, 1, id, 2)
    const version = await asUser(db, b, tx => findVersion(tx, id, 2))
    expect(version.content_hash).toBe(contentHash(version.content))
    expect(result).toEqual({ state: 'in_negotiation', contentHash: version.content_hash })
    const approvals = (await view(b, id)).approvals
    expect(approvals).toEqual([expect.objectContaining({ institution_id: B, version_number: 2, content_hash: version.content_hash, voided_at: null })])
    const first = await asUser(db, b, tx => findVersion(tx, id, 1))
    expect(first.content_hash).not.toBe(version.content_hash)
  })

  it('refuses to approve a version that is no longer current with 409', async () => {
    const id = await draftAgreement(db, pair)
    await openNegotiation(pair, id)
    await edit(pair, a, id, 1, { goals: thaiGoals })
    await expect(approve(pair, 1, id, 1)).rejects.toMatchObject(conflict('agreements.errors.staleVersion', { current: { number: 2 } }))
    expect((await view(b, id)).approvals).toEqual([])
  })

  it('refuses staff of one party approving for another with 403', async () => {
    const id = await draftAgreement(db, pair)
    await openNegotiation(pair, id)
    await expect(asUser(db, a, tx => approveVersion(tx, a, id, { version: 1, institutionId: B })))
      .rejects.toMatchObject({ statusCode: 403, data: { key: 'agreements.errors.notYourInstitution' } })
    expect((await view(b, id)).approvals).toEqual([])
  })
})

describe('signing a version', () => {
  it('refuses to sign a version that is no longer current with 409', async () => {
    const id = await awaitingSignatures(pair, 2)
    await expect(sign(a, A, id, 1)).rejects.toMatchObject(conflict('agreements.errors.staleVersion', { current: { number: 2 } }))
    expect((await view(a, id)).signatures).toEqual([])
  })

  it('refuses to sign while not every party has approved, with 409', async () => {
    const id = await draftAgreement(db, pair)
    await openNegotiation(pair, id)
    await approve(pair, 0, id, 1)
    await expect(sign(a, A, id, 1)).rejects.toMatchObject(conflict('agreements.errors.notSignable'))
    const page = await view(a, id)
    expect(page.signatures).toEqual([])
    expect(page.state).toBe('in_negotiation')
  })

  it('refuses staff of party A signing for party B with 403', async () => {
    const id = await awaitingSignatures(pair)
    await expect(sign(a, B, id, 1)).rejects.toMatchObject({ statusCode: 403, data: { key: 'agreements.errors.notYourInstitution' } })
    const page = await view(b, id)
    expect(page.signatures).toEqual([])
    expect(page.permissions.sign_for).toEqual([B])
  })

  it('stays awaiting signatures until the last party signs, then becomes active', async () => {
    const id = await awaitingSignatures(trio)
    for (const i of [0, 1]) {
      expect((await sign(staffOf(trio, i), trio.institutionIds[i]!, id, 1)).state).toBe('awaiting_signatures')
    }
    expect((await sign(staffOf(trio, 2), trio.institutionIds[2]!, id, 1)).state).toBe('active')
    const page = await view(staffOf(trio, 0), id)
    expect(page.state).toBe('active')
    expect(new Set(page.signatures.map(s => s.content_hash))).toEqual(new Set([page.version!.content_hash]))
  })

  it('becomes active only when every party signed the same version: a signature on an earlier version does not count', async () => {
    const id = await awaitingSignatures(trio)
    await sign(staffOf(trio, 0), trio.institutionIds[0]!, id, 1)
    await asUser(db, staffOf(trio, 1), tx => transitionByParty(tx, staffOf(trio, 1), id, 'reopen'))
    await edit(trio, staffOf(trio, 1), id, 1, { goals: thaiGoals })
    for (const i of trio.institutionIds.keys()) await approve(trio, i, id, 2)
    expect((await sign(staffOf(trio, 1), trio.institutionIds[1]!, id, 2)).state).toBe('awaiting_signatures')
    expect((await sign(staffOf(trio, 2), trio.institutionIds[2]!, id, 2)).state).toBe('awaiting_signatures')
    expect((await view(staffOf(trio, 0), id)).permissions.sign_for).toEqual([trio.institutionIds[0]])
    expect((await sign(staffOf(trio, 0), trio.institutionIds[0]!, id, 2)).state).toBe('active')
    const page = await view(staffOf(trio, 0), id)
    expect(page.signatures.filter(s => s.version_number === 2)).toHaveLength(3)
  })
})
