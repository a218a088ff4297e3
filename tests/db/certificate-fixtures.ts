import { PNG } from 'pngjs'
import { setCertificateIssuance } from '../../server/domain/certificates/documents'
import type { CredentialSettings } from '../../server/domain/credentials/keys'
import type { FileStore } from '../../server/storage/file-store'

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
