import { createReadStream } from 'node:fs'
import { createClient } from '@supabase/supabase-js'
import type { FileStore } from './file-store'

/** Storage answers a missing object with HTTP 400 and { statusCode: "404" } (newer servers: HTTP 404). */
function isNotFound(error: unknown): boolean {
  const e = error as { status?: number; statusCode?: string; code?: string }
  return e.status === 404 || e.statusCode === '404' || e.code === 'NoSuchKey'
}

/** Supabase Storage: one private bucket; the server reads and writes with the service key after its own checks. */
export function supabaseStore(url: string, serviceKey: string, bucket: string): FileStore {
  const storage = createClient(url, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } }).storage
  return {
    async put(key, bytes, contentType) {
      const { error } = await storage.from(bucket).upload(key, bytes, { contentType, upsert: false })
      if (error) throw error
    },
    async putFile(key, path, contentType) {
      // A stream from disk, sent as the raw body (a Blob would go as a multipart form).
      const { error } = await storage.from(bucket).upload(key, createReadStream(path), { contentType, upsert: false, duplex: 'half' })
      if (error) throw error
    },
    async get(key) {
      const { data, error } = await storage.from(bucket).download(key)
      // Only a missing object is "not found"; an outage is an error, as in the disk store.
      if (error) {
        if (isNotFound(error)) return null
        throw error
      }
      return new Uint8Array(await data.arrayBuffer())
    },
    async delete(key) {
      // remove() reports failure in its result instead of throwing: throw, so the caller's transaction rolls back
      // and the row is not deleted while the bytes stay in the bucket.
      const { error } = await storage.from(bucket).remove([key])
      if (error) throw error
    },
  }
}
