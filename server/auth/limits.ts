// Pure rules of the sign-in limits, kept apart from the counters so they can be tested on their own.

/**
 * The client's address behind `hops` trusted proxies. Each proxy appends the address it was reached
 * from to X-Forwarded-For, so the client is the entry `hops` from the right; entries further left
 * are whatever the client wrote (h3's getRequestIP takes the left-most, which anyone can forge).
 */
export function clientAddress(forwardedFor: string | null | undefined, socketAddress: string | undefined, hops: number): string {
  const entries = (forwardedFor ?? '').split(',').map(entry => entry.trim()).filter(Boolean)
  if (hops < 1 || entries.length === 0) return socketAddress || 'unknown'
  // Fewer entries than proxies: the request skipped some of them; the left-most entry is the best guess.
  return entries[Math.max(0, entries.length - hops)]!
}

/** Trusted proxy hops from the settings: NUXT_TRUST_PROXY_HOPS, else one when NUXT_TRUST_PROXY is true. */
export function proxyHops(trustProxy: unknown, trustProxyHops: unknown): number {
  const hops = Number(trustProxyHops)
  if (Number.isInteger(hops) && hops > 0) return hops
  return trustProxy === true || trustProxy === 'true' ? 1 : 0
}

const FIRST_DELAY_MS = 250

/**
 * How long a log-in to an account waits after `failures` recent failed attempts on it (from any
 * address): nothing up to `slowAfter`, then doubling from a quarter second, never more than `maxMs`.
 */
export function logInDelayMs(failures: number, slowAfter: number, maxMs: number): number {
  if (failures < slowAfter) return 0
  return Math.min(maxMs, FIRST_DELAY_MS * 2 ** Math.min(failures - slowAfter, 20))
}
