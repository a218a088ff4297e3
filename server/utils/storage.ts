import { join } from 'node:path'
import { diskStore } from '../storage/disk-store'
import type { FileStore } from '../storage/file-store'
import { supabaseStore } from '../storage/supabase-store'
import { appMode } from './mode'

let store: FileStore | undefined

export function useFileStore(): FileStore {
  if (store) return store
  const config = useRuntimeConfig()
  store = appMode() === 'supabase'
    ? supabaseStore(config.supabaseUrl || process.env.SUPABASE_URL!, config.supabaseServiceRoleKey || process.env.SUPABASE_SERVICE_ROLE_KEY!, process.env.SUPABASE_BUCKET ?? 'portal-files')
    : diskStore(join(config.dataDir, 'storage'))
  return store
}
