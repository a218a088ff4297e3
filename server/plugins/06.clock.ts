import { setClockSource } from '../db/as-user'
import { requestClockOverride } from '../utils/clock'

/** The database's clock follows the request's (server/utils/clock.ts): moved only on a test-clock server. */
export default defineNitroPlugin(() => {
  setClockSource(requestClockOverride)
})
