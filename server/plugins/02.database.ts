import { join } from 'node:path'
import { setMailPickupDir, setPortalBaseUrl } from '../mail/outbox'
import { stopWorkers } from '../jobs/worker'
import { appMode } from '../utils/mode'

/** Opens, migrates and (embedded) seeds the database at start, so the first request does not wait and a bad migration stops the server. */
export default defineNitroPlugin(async (nitro) => {
  const config = useRuntimeConfig()
  setPortalBaseUrl(config.public.baseUrl)
  if (appMode() !== 'supabase') setMailPickupDir(process.env.MAIL_PICKUP_DIR ?? join(config.dataDir, 'mail'))
  try {
    await useDatabase()
  }
  catch (error) {
    console.error('[db] cannot start:', (error as Error).message)
    process.exit(1)
  }
  // Close hooks run in the order plugins registered them: the job worker (03.jobs.ts) finishes its
  // running jobs here first, or they would lose their database halfway.
  nitro.hooks.hook('close', async () => {
    await stopWorkers()
    await closeDatabase()
  })
})
