import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list'
import type { Tx } from '../../db/as-user'
import { portalDid } from './did'
import { signProofSet } from './issue'
import { signingKey, type CredentialSettings } from './keys'
import { documentLoader } from './loader'
import { portalDocuments, statusListUrl } from './portal'

/** A credential's place in a revocation list. */
export interface StatusEntry {
  listId: string
  listUrl: string
  index: number
}

/**
 * A fresh index for a credential in the open revocation list (a new list when none has room). The list row is locked
 * while its counter moves, and (list, index) is the entries' key: no two credentials ever share an index.
 * Service path only.
 */
export async function allocateStatus(tx: Tx, settings: CredentialSettings, credentialId: string, length?: number): Promise<StatusEntry> {
  const existing = await tx.selectFrom('credential_status_entries').select(['list_id', 'status_index'])
    .where('credential_id', '=', credentialId).executeTakeFirst()
  if (existing) return { listId: existing.list_id, listUrl: statusListUrl(settings.baseUrl, existing.list_id), index: existing.status_index }
  let taken = await takeIndex(tx)
  if (!taken) {
    const insert = tx.insertInto('credential_status_lists')
    const list = await (length ? insert.values({ length }) : insert.defaultValues()).returning('id').executeTakeFirstOrThrow()
    await signList(tx, settings, list.id)
    taken = await takeIndex(tx)
    if (!taken) throw new Error('a new status list has no room')
  }
  await tx.insertInto('credential_status_entries').values({ list_id: taken.id, status_index: taken.index, credential_id: credentialId }).execute()
  return { listId: taken.id, listUrl: statusListUrl(settings.baseUrl, taken.id), index: taken.index }
}

async function takeIndex(tx: Tx) {
  const open = await tx.selectFrom('credential_status_lists').select('id').whereRef('next_index', '<', 'length')
    .orderBy('created_at').orderBy('id').limit(1).forUpdate().executeTakeFirst()
  if (!open) return undefined
  const row = await tx.updateTable('credential_status_lists').set(eb => ({ next_index: eb('next_index', '+', 1) }))
    .where('id', '=', open.id).whereRef('next_index', '<', 'length').returning(['id', 'next_index']).executeTakeFirst()
  return row ? { id: row.id, index: row.next_index - 1 } : undefined
}

/**
 * Revokes a credential: its bit is set and the list re-signed by the consortium. False when the credential has no
 * entry; a second revocation changes nothing (true). Service path only, after the caller checked who may revoke.
 */
export async function revokeStatus(tx: Tx, settings: CredentialSettings, credentialId: string, reason: string): Promise<boolean> {
  const entry = await tx.selectFrom('credential_status_entries').select(['list_id', 'revoked_at'])
    .where('credential_id', '=', credentialId).forUpdate().executeTakeFirst()
  if (!entry) return false
  if (entry.revoked_at) return true
  await tx.updateTable('credential_status_entries').set({ revoked_at: new Date(), revocation_reason: reason })
    .where('credential_id', '=', credentialId).execute()
  await signList(tx, settings, entry.list_id)
  return true
}

/** Builds the list's bitstring from its revoked entries and stores it signed by the consortium's active key. */
export async function signList(tx: Tx, settings: CredentialSettings, listId: string): Promise<Record<string, unknown>> {
  const list = await tx.selectFrom('credential_status_lists').select(['id', 'length']).where('id', '=', listId).forUpdate().executeTakeFirstOrThrow()
  const revoked = await tx.selectFrom('credential_status_entries').select('status_index')
    .where('list_id', '=', listId).where('revoked_at', 'is not', null).execute()
  const bits = await createList({ length: list.length })
  for (const r of revoked) bits.setStatus(r.status_index, true)
  const did = portalDid(settings.baseUrl)
  const unsigned = {
    ...await createCredential({ id: statusListUrl(settings.baseUrl, listId), list: bits, statusPurpose: 'revocation' }),
    issuer: did,
    validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  }
  const key = await signingKey(tx, settings, did, null)
  const signed = await signProofSet(unsigned, [key], documentLoader(await portalDocuments(tx, settings.baseUrl)))
  await tx.updateTable('credential_status_lists').set({ credential: JSON.stringify(signed), signed_at: new Date() }).where('id', '=', listId).execute()
  return signed
}
