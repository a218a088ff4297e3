import type { Tx } from '../../db/as-user'
import { portalDid } from './did'
import { buildCredential, signProofSet, type CertificatePayload } from './issue'
import { signingKey, type CredentialSettings } from './keys'
import { documentLoader } from './loader'
import { portalDocuments } from './portal'
import { allocateStatus } from './status'
import { verifyCredential, type VerificationReport } from './verify'

/**
 * Issues a certificate's Verifiable Credential: a revocation index of its own, then the OpenBadgeCredential signed by
 * the consortium and by every co-issuing institution (each key created on first use). Service path only: the caller
 * has checked that the certificate is issued. Signing canonicalizes once per proof: keep batches in the job queue.
 */
export async function issueCredential(tx: Tx, settings: CredentialSettings, payload: Omit<CertificatePayload, 'status'>): Promise<Record<string, unknown>> {
  const did = portalDid(settings.baseUrl)
  const status = await allocateStatus(tx, settings, payload.id)
  const keys = [await signingKey(tx, settings, did, null)]
  for (const issuer of payload.issuers) keys.push(await signingKey(tx, settings, did, issuer.institutionId))
  const credential = buildCredential(did, { ...payload, status: { listUrl: status.listUrl, index: status.index } })
  return signProofSet(credential, keys, documentLoader(await portalDocuments(tx, settings.baseUrl)))
}

/** Checks a credential (an object or the text of a file) against what the portal publishes; any role. Never throws. */
export async function checkCredential(tx: Tx, baseUrl: string, input: unknown, now?: Date): Promise<VerificationReport> {
  return verifyCredential(input, await portalDocuments(tx, baseUrl), now)
}
