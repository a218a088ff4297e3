import type { ColumnType, JSONColumnType } from 'kysely'
import type { LocalizedText } from '../../shared/localized-text'

/**
 * Column types shared by every table, declared once. A timestamp reads as a Date (node-postgres and PGlite parse
 * timestamptz) and is written as a Date or an ISO string. Kysely's Generated<T> wraps T in another ColumnType,
 * which it does not unwrap (Generated<Timestamp> would read as the ColumnType itself), so a column the database
 * fills by default has its own type instead.
 */
export type Timestamp = ColumnType<Date, Date | string, Date | string>
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A calendar day (`date`): kept as 'YYYY-MM-DD' text, never a Date, so no time zone shifts it. */
export type DateOnly = ColumnType<string, string, string>
export type Localized = JSONColumnType<LocalizedText, LocalizedText | string, LocalizedText | string>
