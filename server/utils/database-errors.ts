import { STATUS_CODES } from 'node:http'

/**
 * What a Postgres refusal means for the person who sent the request: one table from SQLSTATE to an
 * HTTP status and a message key, used by withActor and by the server's error hook (for routes that
 * reach the database some other way), so no refusal by the database is ever a 500.
 */
export interface DatabaseRefusal {
  status: number
  key: string
  sqlState: string
}

/** Exact codes first, then whole classes (the first two characters). */
const BY_CODE: Record<string, [number, string]> = {
  '23505': [409, 'errors.database.duplicate'], // unique_violation: someone made the same thing a moment earlier
  '23503': [409, 'errors.database.reference'], // foreign_key_violation: refers to something gone, or is still referred to
  '23001': [409, 'errors.database.reference'], // restrict_violation
  '23514': [422, 'errors.database.constraint'], // check_violation
  '23502': [422, 'errors.database.constraint'], // not_null_violation
  '23P01': [409, 'errors.database.duplicate'], // exclusion_violation: overlaps something that exists
  '42501': [403, 'errors.forbidden'], // insufficient_privilege: RLS or a grant refused the write
  '40001': [409, 'errors.database.retry'], // serialization_failure
  '40P01': [409, 'errors.database.retry'], // deadlock_detected
  '55P03': [409, 'errors.database.retry'], // lock_not_available
}
const BY_CLASS: Record<string, [number, string]> = {
  22: [422, 'errors.database.invalidValue'], // data_exception: text, date or number the column cannot hold
  23: [422, 'errors.database.constraint'], // integrity_constraint_violation, any other
  54: [413, 'errors.database.tooLarge'], // program_limit_exceeded: a value too large to index or process
}

/** The SQLSTATE of a Postgres error (pg's or PGlite's), looking through causes that wrap it; else null. */
export function sqlStateOf(error: unknown): string | null {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, severity } = current as { code?: unknown; severity?: unknown }
    // Node's own errors have codes too (EPIPE); a Postgres error also names its severity.
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return null
}

/** The status and message key for a database refusal a person caused; null for faults of the server (connection lost, a bug). */
export function databaseRefusal(error: unknown): DatabaseRefusal | null {
  const sqlState = sqlStateOf(error)
  if (!sqlState) return null
  const mapped = BY_CODE[sqlState] ?? BY_CLASS[sqlState.slice(0, 2)]
  return mapped ? { status: mapped[0], key: mapped[1], sqlState } : null
}

/**
 * Turns an unhandled error that carries a database refusal into that refusal's 4xx, in place, before an
 * error handler renders it: status, translated message, { key, params } like fail(). Returns the refusal, or null.
 */
export function rewriteAsRefusal(error: { statusCode: number; cause?: unknown }, translate: (key: string) => string): DatabaseRefusal | null {
  const refusal = error.statusCode >= 500 ? databaseRefusal(error) : null
  if (refusal) {
    Object.assign(error, {
      statusCode: refusal.status, statusMessage: STATUS_CODES[refusal.status], unhandled: false,
      message: translate(refusal.key), data: { key: refusal.key, params: {}, sqlState: refusal.sqlState },
    })
  }
  return refusal
}

/** A value the database could not hold got past the route's schema: worth a line for whoever tightens the schemas. */
export function noteSchemaGap(refusal: DatabaseRefusal, method: string, path: string) {
  if (refusal.sqlState.startsWith('22') || refusal.sqlState.startsWith('54')) console.warn(`[database refused] ${refusal.sqlState} ${method} ${path.split('?')[0]}`)
}

/** Whether a unique key refused the row (SQLSTATE 23505), optionally a named one (pg and PGlite name it differently). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlStateOf(error) !== '23505') return false
  if (!constraint) return true
  const e = error as { constraint?: unknown; message?: unknown }
  return e.constraint === constraint || String(e.message).includes(constraint)
}

/** Whether the database refused a write by row-level security or a grant (SQLSTATE 42501 insufficient_privilege). */
export function refusedByDatabase(error: unknown): boolean {
  return sqlStateOf(error) === '42501'
}
