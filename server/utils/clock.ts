import { useEvent } from 'nitropack/runtime'
import type { H3Event } from 'h3'
import { movedClock } from '../domain/time/test-clock'
import { portalConfig } from './config'

/**
 * The time a request acts at: the real time, except on a server started with PORTAL_TEST_CLOCK=1 (the e2e server)
 * when the request names an instant in `x-portal-clock` — so a test story lets six weeks pass (see
 * server/domain/time/test-clock.ts). Production ignores the header. server/plugins/06.clock.ts hands the same instant
 * to the database, where private.clock() reads it.
 */
export function requestClockOverride(): Date | null {
  if (!portalConfig().testClock) return null // production: no request is asked
  let event: H3Event | undefined
  try {
    event = useEvent()
  }
  catch {
    return null // outside a request (a job run by the worker): the real time
  }
  return movedClock(event, true)
}

/** The real time, or — on a test-clock server, in a request that names one — the moved time. */
export function requestTime(): Date {
  return requestClockOverride() ?? new Date()
}
