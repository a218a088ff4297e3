import { setMailPickupDir, setPortalBaseUrl } from '../mail/outbox'
import { portalConfig } from '../utils/config'

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
  nitro.hooks.hook('close', () => closeDatabase())
})
