import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import type { Tx } from '../../db/as-user'
import { verificationMethodId, type PublicKey } from './did'
import { seal, unseal } from './sealed'

/** What signing needs from the server: its public address (the DID) and the secret that seals private keys. */
export interface CredentialSettings {
  baseUrl: string
  secret: string
}

/** A key able to sign: its verification method and the signer. */
export interface SigningKey {
  keyId: string
  institutionId: string | null
  signer: ReturnType<Ed25519Multikey.Ed25519KeyPair['signer']>
}

const owner = (institutionId: string | null) => (institutionId ? `institution ${institutionId}` : 'the consortium')

/** Every key's public part (private.credential_public_keys(), open to anyone). */
export async function publicKeys(tx: Tx): Promise<PublicKey[]> {
  const { rows } = await sql<{ key_id: string; institution_id: string | null; public_key_multibase: string; state: PublicKey['state'] }>`
    select key_id, institution_id, public_key_multibase, state from private.credential_public_keys()`.execute(tx)
  return rows.map(r => ({ keyId: r.key_id, institutionId: r.institution_id, publicKeyMultibase: r.public_key_multibase, state: r.state }))
}

async function createKey(tx: Tx, settings: CredentialSettings, institutionId: string | null): Promise<string> {
  const keyId = `key-${randomBytes(10).toString('hex')}`
  const pair = await Ed25519Multikey.generate()
  const exported = await pair.export({ publicKey: true, secretKey: true })
  await tx.insertInto('credential_keys').values({
    institution_id: institutionId, key_id: keyId, public_key_multibase: pair.publicKeyMultibase,
    encrypted_private_key: seal(settings.secret, keyId, exported.secretKeyMultibase!),
  }).execute()
  return keyId
}

/** The active key of an institution (or the consortium, null), created on first use. Service path only. */
export async function ensureKey(tx: Tx, settings: CredentialSettings, institutionId: string | null): Promise<string> {
  const active = await activeKeyRow(tx, institutionId)
  return active?.key_id ?? createKey(tx, settings, institutionId)
}

/**
 * Rotation: the active key retires (kept and still published, so what it signed keeps verifying) and a new one
 * becomes active. Returns the new key's id. Service path only.
 */
export async function rotateKey(tx: Tx, settings: CredentialSettings, institutionId: string | null): Promise<string> {
  const active = await activeKeyRow(tx, institutionId)
  if (active) await tx.updateTable('credential_keys').set({ state: 'retired' }).where('id', '=', active.id).execute()
  return createKey(tx, settings, institutionId)
}

function activeKeyRow(tx: Tx, institutionId: string | null) {
  let query = tx.selectFrom('credential_keys').select(['id', 'key_id', 'public_key_multibase', 'encrypted_private_key'])
    .where('state', '=', 'active').forUpdate()
  query = institutionId ? query.where('institution_id', '=', institutionId) : query.where('institution_id', 'is', null)
  return query.executeTakeFirst()
}

/** The active key's signer for an institution (or the consortium), creating the key on first use. Service path only. */
export async function signingKey(tx: Tx, settings: CredentialSettings, did: string, institutionId: string | null): Promise<SigningKey> {
  await ensureKey(tx, settings, institutionId)
  const row = await activeKeyRow(tx, institutionId)
  if (!row) throw new Error(`no active credential key for ${owner(institutionId)}`)
  const pair = await Ed25519Multikey.from({
    type: 'Multikey', id: verificationMethodId(did, row.key_id), controller: did,
    publicKeyMultibase: row.public_key_multibase, secretKeyMultibase: unseal(settings.secret, row.key_id, row.encrypted_private_key),
  })
  return { keyId: row.key_id, institutionId, signer: pair.signer() }
}
