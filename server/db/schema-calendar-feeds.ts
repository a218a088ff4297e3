import type { Generated } from 'kysely'
import type { DefaultTimestamp, Timestamp } from './column-types'

/** A private calendar feed's secret, kept as its SHA-256 only (server/domain/calendar/feed-tokens.ts). */
export interface CalendarFeedTokens {
  id: Generated<string>
  person_id: string
  token_hash: string
  created_at: DefaultTimestamp
  revoked_at: Timestamp | null
}

export interface CalendarFeedTables {
  calendar_feed_tokens: CalendarFeedTokens
}
