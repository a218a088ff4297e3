import { PNG } from 'pngjs'
import { asService, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { setCertificateIssuance } from '../../server/domain/certificates/documents'
import type { CredentialSettings } from '../../server/domain/credentials/keys'
import type { FileStore } from '../../server/storage/file-store'
import { loadLocaleFiles } from './agreement-fixtures'
import { createPerson, freshDatabase } from './helpers'
import { openActivity, type ActivitySetup } from './registration-fixtures'

/** The credential settings db tests issue certificates with (a fixed secret, the dev server's address). */
export const TEST_CREDENTIALS: CredentialSettings = { baseUrl: 'http://localhost:3000', secret: 'a-fixed-test-secret-of-at-least-32-chars' }

/** A file store in memory: what a test puts is what it gets. */
export function memoryFileStore(): FileStore & { bytes: Map<string, Uint8Array> } {
  const bytes = new Map<string, Uint8Array>()
  return {
    bytes,
    put: async (key, value) => { bytes.set(key, value) },
    putFile: async () => { throw new Error('not in memory') },
    get: async key => bytes.get(key) ?? null,
    delete: async (key) => { bytes.delete(key) },
  }
}

/** A small PNG logo (a coloured square). */
export function logoPng(): Uint8Array {
  const png = new PNG({ width: 8, height: 8 })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, 30, 40, 255], i)
  return new Uint8Array(PNG.sync.write(png))
}

/** Installs what the server plugin installs (server/plugins/07.certificates.ts): certificates issued in db tests get their credential and PDF. */
export function useTestIssuance(store: FileStore = memoryFileStore()): FileStore {
  setCertificateIssuance(() => ({ credentials: TEST_CREDENTIALS, store }))
  return store
}

/** The people of the certificate tests: an activity's organising office (the owner), a partner office that co-issues,
 * an office that does not, and a holder reading Lao; issuance installed with the given store. */
export interface CertificateParties { handle: DatabaseHandle; db: Db; w: ActivitySetup; owner: Actor; partner: Actor; outsider: Actor; holder: Actor }

export async function certificateParties(store?: FileStore): Promise<CertificateParties> {
  loadLocaleFiles()
  useTestIssuance(store)
  const handle = await freshDatabase()
  const w = await openActivity(handle.db, { partners: 2, capacity: 100 })
  const holder = await createPerson(handle.db, 'holder')
  await asService(handle.db, 'test fixture', tx => tx.updateTable('profiles').set({ preferred_locale: 'lo' }).where('id', '=', holder.id).execute())
  return { handle, db: handle.db, w, owner: w.organiser, partner: w.offices[0]!, outsider: w.offices[1]!, holder }
}
