import { getRequestHeader, type H3Event } from 'h3'

/**
 * Why a clock can be moved at all: evaluation decides by the time whether a form is open and when a follow-up is due
 * six weeks after an activity, and the end-to-end story of issue 16 must let those weeks pass in minutes. A server
 * started with PORTAL_TEST_CLOCK=1 (the e2e server, playwright.config.ts) takes the instant a request names in
 * `x-portal-clock`; every other server — production — ignores the header. server/utils/clock.ts applies it.
 */
export const CLOCK_HEADER = 'x-portal-clock'

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/

/** The instant a request's header names, when the test clock is on and the header is a real ISO instant; else null. */
export function movedClock(event: H3Event | undefined, enabled: boolean): Date | null {
  if (!enabled || !event) return null
  const value = getRequestHeader(event, CLOCK_HEADER)
  if (!value || !ISO_INSTANT.test(value)) return null
  const at = new Date(value)
  return Number.isNaN(at.getTime()) ? null : at
}
