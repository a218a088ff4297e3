import { setMailPickupDir, setPortalBaseUrl } from '../mail/outbox'
import { portalConfig } from '../utils/config'
import { stopWorkers } from '../jobs/worker'

/** Opens, migrates and (embedded) seeds the database at start, so the first request does not wait and a bad migration stops the server. */
export default defineNitroPlugin(async (nitro) => {
  try {
    // Read first: a bad setting stops the server at start, naming the setting.
    const config = portalConfig()
    setPortalBaseUrl(config.baseUrl)
    setMailPickupDir(config.mailPickupDir)
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
