import { describe, expect, it } from 'vitest'
import { clientAddress, logInDelayMs, proxyHops } from '../../server/auth/limits'

describe('the client address behind proxies', () => {
  it('takes the entry the trusted proxy appended, not the forgeable left-most one', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7', '10.0.0.2', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.9', '10.0.0.2', 2)).toBe('203.0.113.7')
  })

  it('uses the socket address when no proxy is trusted or none forwarded', () => {
    expect(clientAddress('6.6.6.6', '192.0.2.4', 0)).toBe('192.0.2.4')
    expect(clientAddress(undefined, '192.0.2.4', 1)).toBe('192.0.2.4')
    expect(clientAddress('', undefined, 1)).toBe('unknown')
  })

  it('reads the hop count from NUXT_TRUST_PROXY_HOPS, and NUXT_TRUST_PROXY=true as one hop', () => {
    expect(proxyHops(true, 0)).toBe(1)
    expect(proxyHops('true', '')).toBe(1)
    expect(proxyHops(false, 2)).toBe(2)
    expect(proxyHops(false, 0)).toBe(0)
  })
})

describe('the slow-down of an account under attack', () => {
  it('starts after the allowed failures, doubles, and stops at the cap', () => {
    expect([2, 3, 4, 5, 6, 50].map(n => logInDelayMs(n, 3, 3000))).toEqual([0, 250, 500, 1000, 2000, 3000])
  })
})
