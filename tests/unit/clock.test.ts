import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { createEvent } from 'h3'
import { describe, expect, it } from 'vitest'
import { CLOCK_HEADER, movedClock } from '../../server/domain/time/test-clock'
import { readPortalConfig, type RuntimeSettings } from '../../server/utils/config'

const runtime = (): RuntimeSettings => ({
  sessionPassword: 'a-session-password-of-at-least-32-characters', dataDir: '.data', databaseUrl: '',
  supabaseUrl: '', supabaseAnonKey: '', supabaseServiceRoleKey: '', supabaseJwtSecret: '',
  uploadMaxBytes: 1024, trustProxy: false, trustProxyHops: 0,
  rateLimit: {
    loginPerIp: 30, loginPerAccountIp: 10, loginSlowAfter: 5, loginMaxDelayMs: 3000, signupPerIp: 10, checkPerIp: 60, lookupPerIp: 300, windowSeconds: 900,
  },
  public: { baseUrl: 'http://localhost:3000' },
})

function requestWith(headers: Record<string, string>) {
  const req = new IncomingMessage(new Socket())
  req.headers = headers
  return createEvent(req, new ServerResponse(req))
}

const SIX_WEEKS_ON = '2027-03-01T02:00:00.000Z'

describe('the test clock: a request may move the time only on a server started with PORTAL_TEST_CLOCK=1', () => {
  it('is off unless PORTAL_TEST_CLOCK=1', () => {
    expect(readPortalConfig(runtime(), {}).testClock).toBe(false)
    expect(readPortalConfig(runtime(), { PORTAL_TEST_CLOCK: 'true' }).testClock).toBe(false)
    expect(readPortalConfig(runtime(), { PORTAL_TEST_CLOCK: '1' }).testClock).toBe(true)
  })
  it('ignores x-portal-clock on a production server', () => {
    expect(movedClock(requestWith({ [CLOCK_HEADER]: SIX_WEEKS_ON }), false)).toBeNull()
  })
  it('takes the header\'s instant on a test-clock server, and nothing from a request without one or with a bad one', () => {
    expect(movedClock(requestWith({ [CLOCK_HEADER]: SIX_WEEKS_ON }), true)?.toISOString()).toBe(SIX_WEEKS_ON)
    expect(movedClock(requestWith({ [CLOCK_HEADER]: '2027-03-01T10:00:00+08:00' }), true)?.toISOString()).toBe('2027-03-01T02:00:00.000Z')
    expect(movedClock(requestWith({}), true)).toBeNull()
    expect(movedClock(requestWith({ [CLOCK_HEADER]: 'next tuesday' }), true)).toBeNull()
    expect(movedClock(requestWith({ [CLOCK_HEADER]: '2027-02-30T99:00:00Z' }), true)).toBeNull()
    expect(movedClock(undefined, true)).toBeNull()
  })
})
