import { createClient } from '@supabase/supabase-js'
import type { FileStore } from './file-store'

/** Supabase Storage: one private bucket; the server reads and writes with the service key after its own checks. */
export function supabaseStore(url: string, serviceKey: string, bucket: string): FileStore {
  const storage = createClient(url, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } }).storage
  return {
    async put(key, bytes, contentType) {
      const { error } = await storage.from(bucket).upload(key, bytes, { contentType, upsert: false })
      if (error) throw error
    },
    async get(key) {
      const { data, error } = await storage.from(bucket).download(key)
      if (error) return null
      return new Uint8Array(await data.arrayBuffer())
    },
    async delete(key) {
      await storage.from(bucket).remove([key])
    },
  }
}
