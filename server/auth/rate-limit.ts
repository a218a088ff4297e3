import type { H3Event } from 'h3'
import { getRequestIP } from 'h3'
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible'
import pg from 'pg'
import { fail } from '../utils/errors'
import { appMode } from '../utils/mode'

export type LimitedAction = 'loginPerIp' | 'loginPerAccount' | 'signupPerIp'

const limiters = new Map<LimitedAction, Promise<RateLimiterAbstract>>()
let pool: pg.Pool | undefined

// Embedded mode is one process, so counters in memory suffice; other modes share them through Postgres.
// Resolves once the limiter is usable: the Postgres one creates its table first.
function limiter(action: LimitedAction): Promise<RateLimiterAbstract> {
  let found = limiters.get(action)
  if (found) return found
  const config = useRuntimeConfig().rateLimit
  const options = { keyPrefix: action, points: Number(config[action]), duration: Number(config.windowSeconds) }
  const databaseUrl = useRuntimeConfig().databaseUrl || process.env.DATABASE_URL
  if (appMode() !== 'embedded' && databaseUrl) {
    pool ??= new pg.Pool({ connectionString: databaseUrl, max: 2 })
    const storeClient = pool
    found = new Promise((resolve, reject) => {
      const created: RateLimiterPostgres = new RateLimiterPostgres(
        { ...options, storeClient, storeType: 'pool', tableName: 'rate_limits', schemaName: 'app_meta' },
        (error?: Error) => (error ? reject(error) : resolve(created)),
      )
    })
  }
  else {
    found = Promise.resolve(new RateLimiterMemory(options))
  }
  limiters.set(action, found)
  return found
}

/** The client's address; X-Forwarded-For is believed only when NUXT_TRUST_PROXY is set. */
export function clientIp(event: H3Event): string {
  return getRequestIP(event, { xForwardedFor: Boolean(useRuntimeConfig().trustProxy) }) ?? 'unknown'
}

/** Counts one attempt; past the limit the request is refused with 429 and the seconds to wait. */
export async function spendAttempt(action: LimitedAction, key: string): Promise<void> {
  try {
    await (await limiter(action)).consume(key.toLowerCase())
  }
  catch (result) {
    if (result instanceof Error) throw result
    const seconds = Math.ceil(((result as { msBeforeNext?: number }).msBeforeNext ?? 1000) / 1000)
    fail(429, 'errors.rateLimited', { seconds })
  }
}

/** A successful login clears the account's counter, so a forgetful person is not locked out later. */
export async function forgiveAttempts(action: LimitedAction, key: string): Promise<void> {
  await (await limiter(action)).delete(key.toLowerCase())
}
