import type { H3Event } from 'h3'
import { getRequestHeader, getRequestIP } from 'h3'
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible'
import pg from 'pg'
import { fail } from '../utils/errors'
import { portalConfig } from '../utils/config'
import { clientAddress, logInDelayMs } from './limits'

/**
 * Counters: attempts per address (sign-up, reset mail), failed log-ins per address, per account+address, per account;
 * documents checked per address (a credential's proofs cost a canonicalization each) and public look-ups per address
 * (certificate verification).
 */
export type LimitedAction = 'loginPerIp' | 'loginPerAccountIp' | 'loginFailuresPerAccount' | 'signupPerIp' | 'checkPerIp' | 'lookupPerIp'

const limiters = new Map<LimitedAction, Promise<RateLimiterAbstract>>()
let pool: pg.Pool | undefined

const settings = () => portalConfig().rateLimit

// Embedded mode is one process, so counters in memory suffice; other modes share them through Postgres.
// Resolves once the limiter is usable: the Postgres one creates its table first.
function limiter(action: LimitedAction): Promise<RateLimiterAbstract> {
  let found = limiters.get(action)
  if (found) return found
  const s = settings()
  // The per-account failure count only sets the slow-down; it never refuses, so it has no real limit.
  const points = action === 'loginFailuresPerAccount' ? 1_000_000 : s[action]
  const options = { keyPrefix: action, points, duration: s.windowSeconds }
  const { databaseUrl } = portalConfig()
  if (databaseUrl) {
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

/** The client's address: the socket's, or behind NUXT_TRUST_PROXY(_HOPS) proxies the one the nearest trusted proxy saw. */
export function clientIp(event: H3Event): string {
  return clientAddress(getRequestHeader(event, 'x-forwarded-for'), getRequestIP(event), portalConfig().trustProxyHops)
}

/** The key of one account tried from one address. */
function accountAtAddress(event: H3Event, email: string): string {
  return `${email} ${clientIp(event)}`.toLowerCase()
}

function refuse(msBeforeNext: number | undefined): never {
  fail(429, 'errors.rateLimited', { seconds: Math.ceil((msBeforeNext ?? 1000) / 1000) })
}

/** Counts one attempt; past the limit the request is refused with 429 and the seconds to wait. */
export async function spendAttempt(action: LimitedAction, key: string): Promise<void> {
  try {
    await (await limiter(action)).consume(key.toLowerCase())
  }
  catch (result) {
    if (result instanceof Error) throw result
    refuse((result as { msBeforeNext?: number }).msBeforeNext)
  }
}

/** Refuses (429) when a counter has reached its limit, without counting this request. */
async function refuseIfSpent(action: LimitedAction, key: string): Promise<void> {
  const state = await (await limiter(action)).get(key)
  if (state && state.consumedPoints >= settings()[action as Exclude<LimitedAction, 'loginFailuresPerAccount'>]) refuse(state.msBeforeNext)
}

async function countFailure(action: LimitedAction, key: string): Promise<void> {
  await (await limiter(action)).penalty(key, 1)
}

/**
 * Guards one log-in before its password is checked. An address that failed too often, or failed too
 * often on this account, is refused (429); an account failing from anywhere is slowed down (a growing
 * delay, capped), never locked, so its owner still gets in with the right password from elsewhere.
 */
export async function guardLogIn(event: H3Event, email: string) {
  const ip = clientIp(event)
  const account = email.toLowerCase()
  const pair = accountAtAddress(event, email)
  await refuseIfSpent('loginPerIp', ip)
  await refuseIfSpent('loginPerAccountIp', pair)
  const failures = (await (await limiter('loginFailuresPerAccount')).get(account))?.consumedPoints ?? 0
  const s = settings()
  const delay = logInDelayMs(failures, s.loginSlowAfter, s.loginMaxDelayMs)
  if (delay > 0) await new Promise(resolve => setTimeout(resolve, delay))
  return {
    async failed() {
      await Promise.all([countFailure('loginPerIp', ip), countFailure('loginPerAccountIp', pair), countFailure('loginFailuresPerAccount', account)])
    },
    /** The right password from this address clears its count; the account's slow-down runs out with its window. */
    async succeeded() {
      await (await limiter('loginPerAccountIp')).delete(pair)
    },
  }
}

/** A signed-in person confirming their current password: counted per account and address like a log-in. */
export async function spendPasswordCheck(event: H3Event, email: string): Promise<void> {
  await spendAttempt('loginPerAccountIp', accountAtAddress(event, email))
}

/** An erased account's counters go with it (outside embedded mode they are rows keyed by the email). */
export async function forgetAccount(event: H3Event, email: string): Promise<void> {
  await (await limiter('loginFailuresPerAccount')).delete(email.toLowerCase())
  await (await limiter('loginPerAccountIp')).delete(accountAtAddress(event, email))
}
