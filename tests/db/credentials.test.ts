import * as vc from '@digitalbazaar/vc'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { checkCredential, issueCredential } from '../../server/domain/credentials/credentials'
import { didDocument } from '../../server/domain/credentials/did'
import type { CertificatePayload } from '../../server/domain/credentials/issue'
import { rotateKey, type CredentialSettings } from '../../server/domain/credentials/keys'
import { documentLoader } from '../../server/domain/credentials/loader'
import { portalDocuments } from '../../server/domain/credentials/portal'
import { allocateStatus, revokeStatus } from '../../server/domain/credentials/status'
import type { VerificationReport } from '../../server/domain/credentials/verify'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, PERMISSION_DENIED, personWithRole, probeAs } from './rls-fixtures'

const settings: CredentialSettings = { baseUrl: 'http://localhost:3000', secret: 'a-fixed-test-secret-of-at-least-32-chars' }
const NOW = new Date('2027-03-01T00:00:00Z')
type Credential = Record<string, unknown> & { proof: Record<string, string>[]; credentialStatus: { statusListIndex: string; statusListCredential: string } }

let handle: DatabaseHandle, db: Db
let nanning: string, thai: string, staff: Actor, outsider: Actor
let first: Credential
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  nanning = await createInstitutionRow(db)
  thai = await createInstitutionRow(db)
  staff = await personWithRole(db, 'office', nanning, 'office_staff')
  outsider = await createPerson(db, 'outsider')
  first = await issue('c1')
})
afterAll(() => handle.close())

const payload = (name: string): Omit<CertificatePayload, 'status'> => ({
  id: `http://localhost:3000/certificates/${name}`,
  holderNames: [{ value: 'ສົມພອນ ແກ້ວ', language: 'lo' }, { value: 'Somphone Keo', language: 'en' }],
  achievement: { id: 'http://localhost:3000/programmes/joint-1', name: { zh: '联合培训证书', th: 'ประกาศนียบัตรการฝึกอบรมร่วม', en: 'Joint training certificate' }, description: { en: 'Forty hours of joint training.' } },
  issuers: [{ institutionId: nanning, name: { zh: '南宁职业技术学院' } }, { institutionId: thai, name: { th: 'วิทยาลัยเทคนิค' } }],
  consortiumName: { en: 'China–ASEAN exchange consortium' },
  validFrom: '2027-01-15T00:00:00Z',
  validUntil: '2032-01-15T00:00:00Z',
})
const issue = async (name: string) => asService(db, 'test: issue a credential', tx => issueCredential(tx, settings, payload(name))) as Promise<Credential>
const check = (input: unknown, now = NOW): Promise<VerificationReport> => asUser(db, null, tx => checkCredential(tx, settings.baseUrl, input, now))
const failed = (report: VerificationReport) => report.checks.filter(c => !c.ok).map(c => c.check)
const servedList = () => asUser(db, null, async (tx) => {
  const docs = await portalDocuments(tx, settings.baseUrl)
  return docs.statusLists!.get(first.credentialStatus.statusListCredential) as { credentialSubject: { encodedList: string } }
})

describe('issuing and verifying a jointly issued credential', () => {
  it('carries the consortium proof and one per co-issuer, and every check passes', async () => {
    expect(first.proof).toHaveLength(3)
    expect(first.issuer).toMatchObject({ id: 'did:web:localhost%3A3000' })
    const report = await check(first)
    expect(report.checks.filter(c => c.check === 'proof')).toHaveLength(4)
    expect(report.checks.filter(c => c.check === 'coIssuer' && c.ok)).toHaveLength(2)
    expect(report).toMatchObject({ valid: true, revoked: false })
  })

  it('fails with one changed character, and on broken JSON, without throwing', async () => {
    const text = JSON.stringify(first)
    const tampered = text.replace('Somphone Keo', 'Somphone Kep')
    expect(tampered).not.toBe(text)
    const report = await check(tampered)
    expect(report.valid).toBe(false)
    expect(report.checks.filter(c => c.check === 'proof' && c.subject?.startsWith('did:')).every(c => !c.ok)).toBe(true)
    expect(await check(text.slice(0, -1))).toMatchObject({ valid: false, checks: [{ check: 'format', ok: false }] })
    expect((await check(text.replace('"validFrom":"2027-01-15T00:00:00Z"', '"validFrom":"2027-01-14T00:00:00Z"'))).valid).toBe(false)
  })

  it('fails the whole result when only the second co-issuer\'s proof fails (where vc.verifyCredential says verified)', async () => {
    const broken = structuredClone(first)
    const value = broken.proof[2]!.proofValue!
    broken.proof[2]!.proofValue = value.slice(0, -2) + (value.endsWith('a') ? 'bb' : 'aa')
    const portal = await asUser(db, null, tx => portalDocuments(tx, settings.baseUrl))
    const library = await vc.verifyCredential({
      credential: broken, suite: new DataIntegrityProof({ cryptosuite }), documentLoader: documentLoader(portal), now: NOW,
      checkStatus: async () => ({ verified: true }),
    })
    expect(library.verified).toBe(true) // the trap: one good proof in a set is enough for the library
    const report = await check(broken)
    expect(report.valid).toBe(false)
    expect(failed(report)).toEqual(['proof', 'coIssuer'])
    expect(report.checks.find(c => c.check === 'coIssuer' && !c.ok)!.subject).toBe(`urn:uuid:${thai}`)
  })

  it('refuses a proof by a key of an institution not named as co-issuer, and an expired credential', async () => {
    const fewer = { ...structuredClone(first), coIssuers: (first.coIssuers as unknown[]).slice(0, 1) }
    expect((await check(fewer)).valid).toBe(false)
    const late = await check(first, new Date('2033-01-01'))
    expect(late.valid).toBe(false)
    expect(failed(late)).toEqual(['validity'])
  })
})

describe('revocation', () => {
  it('gives each credential its own index, and the same one when asked again', async () => {
    const [a, b, again] = await asService(db, 'test: allocate', async tx => [
      await allocateStatus(tx, settings, 'urn:test:a'), await allocateStatus(tx, settings, 'urn:test:b'), await allocateStatus(tx, settings, 'urn:test:a')])
    expect(a!.index).not.toBe(b!.index)
    expect(again).toEqual(a)
    expect(String(a!.index)).not.toBe(first.credentialStatus.statusListIndex)
  })

  it('sets the bit in the served, re-signed list; the status check fails while every proof still passes', async () => {
    const index = Number(first.credentialStatus.statusListIndex)
    expect((await decodeList({ encodedList: (await servedList()).credentialSubject.encodedList })).getStatus(index)).toBe(false)
    expect(await asService(db, 'test: revoke', tx => revokeStatus(tx, settings, first.id as string, 'issued in error'))).toBe(true)
    expect(await asService(db, 'test: revoke unknown', tx => revokeStatus(tx, settings, 'urn:test:none', 'x'))).toBe(false)
    const list = await servedList()
    expect((await decodeList({ encodedList: list.credentialSubject.encodedList })).getStatus(index)).toBe(true)
    const portal = await asUser(db, null, tx => portalDocuments(tx, settings.baseUrl))
    const library = await vc.verifyCredential({ credential: list, suite: new DataIntegrityProof({ cryptosuite }), documentLoader: documentLoader(portal) })
    expect(library.verified).toBe(true)
    const report = await check(first)
    expect(report).toMatchObject({ valid: false, revoked: true })
    expect(failed(report)).toEqual(['status'])
  })
  it('opens a new list when the open one is full', async () => {
    const [a, b] = await asService(db, 'test: full list', async (tx) => {
      const a = await allocateStatus(tx, settings, 'urn:test:c')
      await tx.updateTable('credential_status_lists').set(eb => ({ next_index: eb.ref('length') })).where('id', '=', a.listId).execute()
      return [a, await allocateStatus(tx, settings, 'urn:test:d')]
    })
    expect(b!.listId).not.toBe(a!.listId)
    expect(b!.index).toBe(0)
  })
})

describe('keys', () => {
  it('rotation keeps old credentials verifiable, the retired keys still in the DID document', async () => {
    const old = await asService(db, 'test: issue', tx => issueCredential(tx, settings, payload('c2'))) as Credential
    await asService(db, 'test: rotate', async (tx) => {
      await rotateKey(tx, settings, null)
      await rotateKey(tx, settings, thai)
    })
    const keys = await asUser(db, null, tx => sql<{ state: string }>`select * from private.credential_public_keys()`.execute(tx))
    expect(keys.rows.filter(k => k.state === 'retired')).toHaveLength(2)
    const doc = await asUser(db, null, async tx => (await portalDocuments(tx, settings.baseUrl)))
    expect(didDocument(doc.did, doc.keys).assertionMethod).toEqual(expect.arrayContaining(old.proof.map(p => p.verificationMethod)))
    expect((await check(old)).valid).toBe(true)
    const fresh = await issue('c3')
    expect(fresh.proof.map(p => p.verificationMethod)).not.toContain(old.proof[0]!.verificationMethod)
    expect((await check(fresh)).valid).toBe(true)
  })

  it('keeps private keys from every client: no rows, no columns; the public part through the function', async () => {
    for (const actor of [null, outsider, staff]) {
      expect(String(await attemptAndRollBack(db, actor, tx => tx.selectFrom('credential_keys').select('encrypted_private_key').execute()))).toMatch(PERMISSION_DENIED)
      expect(String(await attemptAndRollBack(db, actor, tx => tx.selectFrom('credential_keys').select('key_id').execute()))).toMatch(PERMISSION_DENIED)
      expect(String(await attemptAndRollBack(db, actor, tx => tx.selectFrom('credential_status_entries').selectAll().execute()))).toMatch(PERMISSION_DENIED)
      expect(String(await attemptAndRollBack(db, actor, tx => tx.insertInto('credential_keys').values({ key_id: 'key-forged-0001', public_key_multibase: 'z6Mk', encrypted_private_key: 'v1.x' }).execute()))).toMatch(PERMISSION_DENIED)
      expect(String(await attemptAndRollBack(db, actor, tx => tx.updateTable('credential_status_lists').set({ next_index: 0 }).execute()))).toMatch(PERMISSION_DENIED)
      const rows = await probeAs(db, actor, tx => sql<Record<string, unknown>>`select * from private.credential_public_keys()`.execute(tx))
      expect(rows.rows.length).toBeGreaterThan(0)
      expect(Object.keys(rows.rows[0]!)).not.toContain('encrypted_private_key')
      expect((await probeAs(db, actor, tx => tx.selectFrom('credential_status_lists').select('id').execute())).length).toBeGreaterThan(0)
    }
  })

  it('audits key changes with the private part redacted; key material never changes and is never deleted', async () => {
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'credential_keys').execute())
    expect(audit.length).toBeGreaterThanOrEqual(5)
    expect(audit.every(a => !a.after || (a.after as Record<string, unknown>).encrypted_private_key === '[redacted]')).toBe(true)
    const error = await asService(db, 'test', tx => tx.updateTable('credential_keys').set({ public_key_multibase: 'z6MkForged000000000000000000000000000000000000' }).execute()).catch(e => e)
    expect(String(error)).toMatch(/never changes/)
    expect(String(await asService(db, 'test', tx => tx.deleteFrom('credential_keys').execute()).catch(e => e))).toMatch(/kept/)
    expect(String(await asService(db, 'test', tx => tx.updateTable('credential_status_entries').set({ revoked_at: null, revocation_reason: null }).execute()).catch(e => e))).toMatch(/final/)
  })
})
