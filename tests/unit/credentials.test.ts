import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { describe, expect, it } from 'vitest'
import { BUNDLED_CONTEXTS, DID_CONTEXT, MULTIKEY_CONTEXT, OPEN_BADGES_CONTEXT, VC_V2_CONTEXT } from '../../server/domain/credentials/contexts'
import { didDocument, portalDid, type PublicKey } from '../../server/domain/credentials/did'
import { buildCredential, signProofSet, type CertificatePayload } from '../../server/domain/credentials/issue'
import type { SigningKey } from '../../server/domain/credentials/keys'
import { documentLoader, RefusedUrlError } from '../../server/domain/credentials/loader'
import { seal, unseal } from '../../server/domain/credentials/sealed'
import { verifyCredential } from '../../server/domain/credentials/verify'

const SECRET = 'a-fixed-test-secret-of-at-least-32-chars'

describe('did:web', () => {
  it('is the host, its port percent-encoded', () => {
    expect(portalDid('https://portal.example.org')).toBe('did:web:portal.example.org')
    expect(portalDid('http://localhost:3000/')).toBe('did:web:localhost%3A3000')
    expect(portalDid('https://example.org/exchange')).toBe('did:web:example.org:exchange')
  })
  it('lists every key as a Multikey assertion method', () => {
    const keys: PublicKey[] = [
      { keyId: 'key-consortium', institutionId: null, publicKeyMultibase: 'z6Mk1', state: 'active' },
      { keyId: 'key-old', institutionId: 'i1', publicKeyMultibase: 'z6Mk2', state: 'retired' },
    ]
    const doc = didDocument('did:web:x', keys)
    expect(doc.assertionMethod).toEqual(['did:web:x#key-consortium', 'did:web:x#key-old'])
    expect(doc.verificationMethod[1]).toEqual({ id: 'did:web:x#key-old', type: 'Multikey', controller: 'did:web:x', publicKeyMultibase: 'z6Mk2' })
  })
})

describe('the offline document loader', () => {
  const loader = documentLoader({ did: 'did:web:x', keys: [] })
  it('serves the bundled contexts', async () => {
    for (const url of [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT, MULTIKEY_CONTEXT, 'https://w3id.org/security/data-integrity/v2', DID_CONTEXT]) {
      expect(BUNDLED_CONTEXTS.has(url)).toBe(true)
      expect((await loader(url)).document).toBeTruthy()
    }
    expect((await loader('did:web:x')).document).toMatchObject({ id: 'did:web:x' })
  })
  it('refuses every other URL', async () => {
    await expect(loader('https://example.com/anything')).rejects.toThrow(RefusedUrlError)
    await expect(loader('https://example.com/anything')).rejects.toThrow(/offline/)
    await expect(loader('did:web:x#unknown')).rejects.toThrow(RefusedUrlError)
    await expect(loader('did:web:evil.example')).rejects.toThrow(RefusedUrlError)
  })
})

describe('sealed private keys', () => {
  it('open only with the same secret and key id', () => {
    const sealed = seal(SECRET, 'key-a', 'zSecret')
    expect(sealed).not.toContain('zSecret')
    expect(unseal(SECRET, 'key-a', sealed)).toBe('zSecret')
    expect(() => unseal(`${SECRET}!`, 'key-a', sealed)).toThrow()
    expect(() => unseal(SECRET, 'key-b', sealed)).toThrow()
  })
})

describe('a credential signed by the consortium and two co-issuers (no database)', async () => {
  const did = 'did:web:portal.example'
  const make = async (keyId: string, institutionId: string | null) => {
    const pair = await Ed25519Multikey.generate({ id: `${did}#${keyId}`, controller: did })
    const key: PublicKey = { keyId, institutionId, publicKeyMultibase: pair.publicKeyMultibase, state: 'active' }
    const signing: SigningKey = { keyId, institutionId, signer: pair.signer() }
    return { key, signing }
  }
  const keys = [await make('key-consortium', null), await make('key-nanning', 'a0000000-0000-4000-8000-000000000001'), await make('key-thai', 'a0000000-0000-4000-8000-000000000002')]
  const payload: CertificatePayload = {
    id: 'https://portal.example/verify/c1',
    holderNames: [{ value: 'ສົມພອນ', language: 'lo' }, { value: 'Somphone', language: 'en' }],
    achievement: { id: 'https://portal.example/programmes/p1', name: { zh: '联合培训', th: 'การฝึกอบรมร่วม', en: 'Joint training' }, description: { en: 'Forty hours.' } },
    issuers: [{ institutionId: keys[1]!.key.institutionId!, name: { zh: '南宁' } }, { institutionId: keys[2]!.key.institutionId!, name: { th: 'วิทยาลัย' } }],
    consortiumName: { en: 'China–ASEAN consortium' },
    validFrom: '2027-01-01T00:00:00Z',
    status: { listUrl: 'https://portal.example/credentials/status/l1', index: 3 },
  }
  const portal = { did, keys: keys.map(k => k.key) }
  const signed = await signProofSet(buildCredential(did, payload), keys.map(k => k.signing), documentLoader(portal))

  it('carries three independent proofs', () => {
    expect(signed.proof).toHaveLength(3)
    expect((signed.proof as { cryptosuite: string }[]).every(p => p.cryptosuite === 'eddsa-rdfc-2022')).toBe(true)
  })
  it('verifies every proof and co-issuer (the status list is missing here)', async () => {
    const report = await verifyCredential(JSON.stringify(signed), portal, new Date('2027-02-01'))
    expect(report.checks.filter(c => c.check === 'proof').every(c => c.ok)).toBe(true)
    expect(report.checks.filter(c => c.check === 'coIssuer')).toHaveLength(2)
    expect(report.checks.filter(c => c.check === 'coIssuer').every(c => c.ok)).toBe(true)
    expect(report.checks.find(c => c.check === 'status')!.ok).toBe(false)
    expect(report.valid).toBe(false)
  })
  it('reports broken JSON and non-credentials as not matching, never throwing', async () => {
    expect((await verifyCredential('{"proof": ', portal)).checks).toEqual([expect.objectContaining({ check: 'format', ok: false })])
    expect((await verifyCredential(42, portal)).valid).toBe(false)
    expect((await verifyCredential({ ...signed, proof: 'x' }, portal)).valid).toBe(false)
  })
})
