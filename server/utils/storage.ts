import { join } from 'node:path'
import { diskStore } from '../storage/disk-store'
import type { FileStore } from '../storage/file-store'
import { supabaseStore } from '../storage/supabase-store'
import { portalConfig } from './config'

let store: FileStore | undefined

export function useFileStore(): FileStore {
  if (store) return store
  const { supabase, dataDir } = portalConfig()
  store = supabase ? supabaseStore(supabase.url, supabase.serviceRoleKey, supabase.bucket) : diskStore(join(dataDir, 'storage'))
  return store
}
