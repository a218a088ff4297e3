import type { Tx } from '../../db/as-user'
import { portalDid } from './did'
import { publicKeys } from './keys'
import type { PortalDocuments } from './loader'

/** The URL the portal serves a status list at (server/routes/credentials/status/[list].get.ts). */
export function statusListUrl(baseUrl: string, listId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/credentials/status/${listId}`
}

/**
 * What the portal publishes, from the database: its DID, every key's public part and every signed status list.
 * Reads only what anyone may read (the keys' public function, the public lists), so any role can call it.
 */
export async function portalDocuments(tx: Tx, baseUrl: string): Promise<PortalDocuments> {
  const lists = await tx.selectFrom('credential_status_lists').select(['id', 'credential']).where('credential', 'is not', null).execute()
  return {
    did: portalDid(baseUrl),
    keys: await publicKeys(tx),
    statusLists: new Map(lists.map(l => [statusListUrl(baseUrl, l.id), l.credential])),
  }
}
