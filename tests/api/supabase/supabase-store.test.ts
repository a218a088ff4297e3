/**
 * server/storage/supabase-store.ts against the Storage part of the stand-in, without the built server:
 * the same contract as the disk store (missing → null, failures → thrown).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supabaseStore } from '../../../server/storage/supabase-store'
import { startStandIn, type StandIn } from './stand-in'

let standIn: StandIn
beforeAll(async () => {
  // Storage needs no database; the pool is never used.
  standIn = await startStandIn({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres', jwtSecret: 'x'.repeat(32), anonKey: 'anon', serviceKey: 'service', buckets: ['portal-files'] })
})
afterAll(() => standIn.close())

const bytes = new Uint8Array([1, 2, 3, 250])

describe('supabaseStore', () => {
  it('puts, gets and deletes bytes in the bucket with the service key', async () => {
    const store = supabaseStore(standIn.url, 'service', 'portal-files')
    await store.put('owner/one', bytes, 'image/png')
    const put = standIn.seen('POST', '/storage/v1/object/portal-files/owner/one')[0]!
    expect(put.headers).toMatchObject({ 'apikey': 'service', 'authorization': 'Bearer service', 'content-type': 'image/png', 'x-upsert': 'false' })
    expect(standIn.objects.get('portal-files/owner/one')!.bytes.equals(Buffer.from(bytes))).toBe(true)
    expect(await store.get('owner/one')).toEqual(bytes)
    await store.delete('owner/one')
    expect(standIn.seen('DELETE', '/storage/v1/object/portal-files').at(-1)!.body).toEqual({ prefixes: ['owner/one'] })
    expect(standIn.objects.has('portal-files/owner/one')).toBe(false)
  })

  it('takes over an upload spooled to disk (putFile) with its bytes and content type', async () => {
    const store = supabaseStore(standIn.url, 'service', 'portal-files')
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'upload')
    writeFileSync(path, bytes)
    await store.putFile('owner/spooled', path, 'application/pdf')
    expect(standIn.objects.get('portal-files/owner/spooled')!.bytes.equals(Buffer.from(bytes))).toBe(true)
    expect(standIn.objects.get('portal-files/owner/spooled')!.contentType).toBe('application/pdf')
  })

  it('refuses to overwrite a key', async () => {
    const store = supabaseStore(standIn.url, 'service', 'portal-files')
    await store.put('owner/two', bytes, 'image/png')
    await expect(store.put('owner/two', bytes, 'image/png')).rejects.toThrow(/already exists/)
  })

  it('answers null for a missing object (Storage: HTTP 400, statusCode "404") and deleting it again is fine', async () => {
    const store = supabaseStore(standIn.url, 'service', 'portal-files')
    expect(await store.get('owner/never')).toBeNull()
    await expect(store.delete('owner/never')).resolves.toBeUndefined()
  })

  it('throws when Storage fails, on read and on delete, instead of answering "not found" or pretending', async () => {
    const store = supabaseStore(standIn.url, 'service', 'portal-files')
    await store.put('owner/three', bytes, 'image/png')
    standIn.settings.storageFailure = 503
    try {
      await expect(store.get('owner/three')).rejects.toThrow()
      await expect(store.delete('owner/three')).rejects.toThrow()
      await expect(store.put('owner/four', bytes, 'image/png')).rejects.toThrow()
    }
    finally { standIn.settings.storageFailure = null }
    expect(standIn.objects.has('portal-files/owner/three')).toBe(true)
  })

  it('throws for an unknown bucket or a wrong key', async () => {
    await expect(supabaseStore(standIn.url, 'service', 'no-such-bucket').put('k/1', bytes, 'image/png')).rejects.toThrow(/Bucket not found/)
    await expect(supabaseStore(standIn.url, 'anon', 'portal-files').put('k/2', bytes, 'image/png')).rejects.toThrow()
  })
})
