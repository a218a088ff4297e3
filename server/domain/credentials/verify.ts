import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list'
import { coIssuerId } from './issue'
import { documentLoader, type PortalDocuments } from './loader'

export type CheckName = 'format' | 'issuer' | 'proof' | 'coIssuer' | 'status' | 'validity'

/** One check's outcome; `subject` names what it was about (a key, a co-issuer, the list). */
export interface CheckResult {
  check: CheckName
  ok: boolean
  subject?: string
  reason?: string
}

export interface VerificationReport {
  /** True only when every check passed. */
  valid: boolean
  /** Revoked per the status list (null when the status could not be read). */
  revoked: boolean | null
  checks: CheckResult[]
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const idOf = (v: unknown) => (typeof v === 'string' ? v : isObject(v) && typeof v.id === 'string' ? v.id : null)
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300)

/**
 * Checks a credential the portal issued, every part explicitly: its shape; the issuer is the portal's DID; EVERY
 * proof verifies on its own (vc.verifyCredential accepts a proof set when any one proof verifies) with a key the
 * portal published; the consortium signed; each named co-issuer signed with a key of that institution, and no one
 * else did; the status list says not revoked (vc.verifyCredential says verified for a revoked credential); and it is
 * within its validity dates. Never throws: bad input is a failed `format` check.
 */
export async function verifyCredential(input: unknown, portal: PortalDocuments, now = new Date()): Promise<VerificationReport> {
  try {
    return await verifyParsed(typeof input === 'string' ? JSON.parse(input) : input, portal, now)
  }
  catch (error) {
    return { valid: false, revoked: null, checks: [{ check: 'format', ok: false, reason: reasonOf(error) }] }
  }
}

async function verifyParsed(credential: unknown, portal: PortalDocuments, now: Date): Promise<VerificationReport> {
  const checks: CheckResult[] = []
  const loader = documentLoader(portal)
  const proofs = isObject(credential) ? [credential.proof].flat().filter(p => p !== undefined) : []
  if (!isObject(credential) || proofs.length === 0 || !proofs.every(isObject)) {
    return { valid: false, revoked: null, checks: [{ check: 'format', ok: false, reason: 'not a signed credential' }] }
  }
  checks.push({ check: 'format', ok: true })
  const issuer = idOf(credential.issuer)
  checks.push({ check: 'issuer', ok: issuer === portal.did, subject: issuer ?? undefined, ...(issuer === portal.did ? {} : { reason: 'not issued by this portal' }) })

  // Every proof on its own, the dates left to the validity check (`now` at the start of validity).
  const signedBy = new Set<string | null>()
  const validFrom = typeof credential.validFrom === 'string' ? credential.validFrom : undefined
  for (const proof of proofs) {
    const method = idOf(proof.verificationMethod)
    const key = portal.keys.find(k => `${portal.did}#${k.keyId}` === method)
    if (!key) {
      checks.push({ check: 'proof', ok: false, subject: method ?? undefined, reason: 'signed with a key this portal never published' })
      continue
    }
    const result = await vc.verifyCredential({
      credential: { ...credential, proof }, suite: new DataIntegrityProof({ cryptosuite }), documentLoader: loader,
      now: validFrom, checkStatus: async () => ({ verified: true }),
    })
    checks.push({ check: 'proof', ok: result.verified, subject: method!, ...(result.verified ? {} : { reason: reasonOf(result.error ?? 'proof does not verify') }) })
    if (result.verified) signedBy.add(key.institutionId)
  }
  checks.push({ check: 'proof', ok: signedBy.has(null), subject: 'consortium', ...(signedBy.has(null) ? {} : { reason: 'no valid consortium proof' }) })

  // Each co-issuer named signed with its own key; no key of an institution not named.
  const named = (Array.isArray(credential.coIssuers) ? credential.coIssuers : []).map(idOf)
  for (const id of named) {
    const ok = [...signedBy].some(i => i !== null && coIssuerId(i) === id)
    checks.push({ check: 'coIssuer', ok, subject: id ?? undefined, ...(ok ? {} : { reason: 'no valid proof by a key of this institution' }) })
  }
  for (const institution of signedBy) {
    if (institution !== null && !named.includes(coIssuerId(institution))) {
      checks.push({ check: 'coIssuer', ok: false, subject: coIssuerId(institution), reason: 'signed by an institution not named as co-issuer' })
    }
  }

  const revoked = await statusOf(credential, portal, loader, checks)
  checks.push(validity(credential, now))
  return { valid: checks.every(c => c.ok), revoked, checks }
}

async function statusOf(credential: Json, portal: PortalDocuments, loader: ReturnType<typeof documentLoader>, checks: CheckResult[]): Promise<boolean | null> {
  const entry = credential.credentialStatus
  const listUrl = isObject(entry) && typeof entry.statusListCredential === 'string' ? entry.statusListCredential : undefined
  if (!listUrl || !portal.statusLists?.has(listUrl)) {
    checks.push({ check: 'status', ok: false, subject: listUrl, reason: 'no status list of this portal' })
    return null
  }
  const result = await checkStatus({ credential, documentLoader: loader, suite: new DataIntegrityProof({ cryptosuite }), verifyMatchingIssuers: true })
  const status = result.verified ? result.results?.[0]?.status : undefined
  if (typeof status !== 'boolean') {
    checks.push({ check: 'status', ok: false, subject: listUrl, reason: reasonOf(result.error ?? 'status unreadable') })
    return null
  }
  checks.push({ check: 'status', ok: !status, subject: listUrl, ...(status ? { reason: 'revoked' } : {}) })
  return status
}

function validity(credential: Json, now: Date): CheckResult {
  const from = typeof credential.validFrom === 'string' ? Date.parse(credential.validFrom) : Number.NaN
  const until = typeof credential.validUntil === 'string' ? Date.parse(credential.validUntil) : undefined
  if (Number.isNaN(from) || (until !== undefined && Number.isNaN(until))) return { check: 'validity', ok: false, reason: 'unreadable dates' }
  if (now.getTime() < from) return { check: 'validity', ok: false, reason: 'not yet valid' }
  if (until !== undefined && now.getTime() > until) return { check: 'validity', ok: false, reason: 'expired' }
  return { check: 'validity', ok: true }
}
