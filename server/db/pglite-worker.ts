import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import {
  CompiledQuery, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler,
  type DatabaseConnection, type Dialect, type Driver, type Kysely, type QueryResult, type TransactionSettings,
} from 'kysely'

/**
 * The embedded database in a thread of its own. PGlite executes SQL synchronously (WebAssembly), so on the
 * request thread every statement stops rendering and answering; here the request thread sends each statement
 * and goes on with other requests until the answer comes back, and SQL runs on the second core.
 */

/** What a Postgres error carries (pg-protocol's DatabaseError, which PGlite throws) besides its message: all of it crosses back. */
const ERROR_FIELDS = ['severity', 'code', 'detail', 'hint', 'position', 'internalPosition', 'internalQuery', 'where',
  'schema', 'table', 'column', 'dataType', 'constraint', 'file', 'line', 'routine']

/**
 * The thread: one PGlite, answering each message { id, kind, sql, params } with { id, rows, affectedRows } or
 * { id, error }. Evaluated from source (as the documents' workers are), so the built server needs no file for it;
 * it requires PGlite from the path the server resolved (nitro.externals.traceInclude keeps it in the build). Parsers
 * are functions and cannot cross: the thread makes them from the type OIDs to keep as text.
 */
const PGLITE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const parsers = Object.fromEntries(workerData.keepAsText.map(oid => [oid, value => value]))
const { PGlite } = require(workerData.entry)
const opening = PGlite.create({ dataDir: workerData.dataDir, loadDataDir: workerData.loadDataDir, parsers })
opening.catch(() => {}) // a database that cannot open is the answer to the first message, 'open'
async function run({ kind, sql, params, begin, before }) {
  const db = await opening
  // A transaction's begin, and the statements whose replies nobody reads, come with its next statement: one message,
  // one turn of each thread, instead of several.
  if (begin) await db.query(begin)
  for (const unread of before || []) await db.query(unread.sql, unread.params)
  if (kind === 'query') {
    const { rows, affectedRows } = await db.query(sql, params)
    return { rows, affectedRows }
  }
  if (kind === 'exec') {
    await db.exec(sql)
    // A script may create types (an enum and its array type): PGlite learns array types when it opens.
    await db.refreshArrayTypes()
  }
  if (kind === 'close' && !db.closed) await db.close()
  return {}
}
function failure(error) {
  const fields = { message: String((error && error.message) || error) }
  for (const key of workerData.errorFields) if (error && error[key] !== undefined) fields[key] = error[key]
  return fields
}
parentPort.on('message', async (message) => {
  try { parentPort.postMessage({ id: message.id, ...await run(message) }) }
  catch (error) { parentPort.postMessage({ id: message.id, error: failure(error) }) }
})`

interface Statement { sql: string; params: unknown[] }
interface Request { kind: 'open' | 'query' | 'exec' | 'close'; sql?: string; params?: unknown[]; begin?: string; before?: Statement[] }

/**
 * Marks a statement whose reply nobody reads (a role switch inside a transaction, server/db/as-user.ts): on the
 * embedded database's thread it travels with the transaction's next statement, or its commit. Elsewhere it is
 * an ordinary comment. Its error, if it had one, would be the next statement's.
 */
export const REPLY_UNREAD = '/* reply unread */ '
interface Reply { id: number; rows?: unknown[]; affectedRows?: number; error?: { message: string } }

export interface PgliteThreadOptions {
  dataDir: string | undefined
  loadDataDir?: Blob
  /** Type OIDs whose values stay the text Postgres sends (dates, numerics). */
  keepAsText: number[]
}

/** A Postgres error as the caller would have caught it from PGlite: message, SQLSTATE code, constraint, detail… */
function databaseError(fields: { message: string }): Error {
  return Object.assign(new Error(fields.message), fields)
}

/** The thread and its messages: each request answered in turn; the thread keeps the process alive only while one is pending. */
export class PgliteThread {
  readonly #worker: Worker
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>()
  #nextId = 1
  #stopped: Error | null = null

  private constructor(options: PgliteThreadOptions) {
    this.#worker = new Worker(PGLITE_WORKER, {
      eval: true,
      name: 'pglite',
      workerData: { ...options, entry: createRequire(import.meta.url).resolve('@electric-sql/pglite'), errorFields: ERROR_FIELDS },
    })
    this.#worker.unref()
    this.#worker.on('message', (reply: Reply) => this.#settle(reply))
    this.#worker.on('error', error => this.#stop(error))
    this.#worker.on('exit', code => this.#stop(new Error(`the embedded database's thread stopped (exit code ${code})`)))
  }

  /** Starts the thread and opens the database in it; a database that cannot open rejects here. */
  static async open(options: PgliteThreadOptions): Promise<PgliteThread> {
    const thread = new PgliteThread(options)
    try {
      await thread.send({ kind: 'open' })
    }
    catch (error) {
      await thread.#worker.terminate()
      throw error
    }
    return thread
  }

  send(request: Request): Promise<Reply> {
    if (this.#stopped) return Promise.reject(this.#stopped)
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      // A value that cannot be cloned (a function) throws here, before anything is pending.
      this.#worker.postMessage({ id, ...request })
      this.#pending.set(id, { resolve, reject })
      if (this.#pending.size === 1) this.#worker.ref()
    })
  }

  /** Closes the database, then ends the thread. */
  async close(): Promise<void> {
    if (this.#stopped) return
    await this.send({ kind: 'close' })
    this.#stopped = new Error('the embedded database is closed')
    await this.#worker.terminate()
  }

  #settle(reply: Reply) {
    const waiting = this.#pending.get(reply.id)
    if (!waiting) return
    this.#pending.delete(reply.id)
    if (!this.#pending.size) this.#worker.unref()
    if (reply.error) waiting.reject(databaseError(reply.error))
    else waiting.resolve(reply)
  }

  /** A thread that crashed or exited fails what waits for it and everything asked of it later. */
  #stop(error: Error) {
    if (!this.#stopped) console.error('[db] the embedded database stopped:', error.message)
    this.#stopped ??= error
    for (const waiting of this.#pending.values()) waiting.reject(error)
    this.#pending.clear()
  }
}

class PgliteThreadConnection implements DatabaseConnection {
  /** A transaction's begin not sent yet: it goes with the transaction's first statement. */
  pendingBegin: string | null = null
  /** Inside a transaction: statements marked REPLY_UNREAD wait for the next one. */
  inTransaction = false
  unread: Statement[] = []

  constructor(private readonly thread: PgliteThread) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction && query.sql.startsWith(REPLY_UNREAD)) {
      this.unread.push({ sql: query.sql, params: [...query.parameters] })
      return { rows: [] }
    }
    const begin = this.pendingBegin
    const before = this.unread
    this.pendingBegin = null
    this.unread = []
    const { rows, affectedRows } = await this.thread.send({
      kind: 'query', sql: query.sql, params: [...query.parameters], ...begin ? { begin } : {}, ...before.length ? { before } : {},
    })
    return affectedRows ? { rows: rows as R[], numAffectedRows: BigInt(affectedRows) } : { rows: rows as R[] }
  }

  async* streamQuery<R>(query: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(query)
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) }
  }
}

/**
 * The one session goes to one transaction (or lone statement) at a time, in order of asking. No turn of the
 * event loop is added at the hand-over as on the request thread: every statement already waits for a message,
 * so finished requests get out meanwhile, and the next transaction's first statement should reach the thread at once.
 */
class PgliteThreadDriver implements Driver {
  readonly #connection: PgliteThreadConnection
  readonly #waiting: ((connection: DatabaseConnection) => void)[] = []
  #held = false

  constructor(private readonly thread: PgliteThread) {
    this.#connection = new PgliteThreadConnection(thread)
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#held) {
      this.#held = true
      return this.#connection
    }
    return new Promise(resolve => this.#waiting.push(resolve))
  }

  async releaseConnection() {
    const next = this.#waiting.shift()
    if (next) next(this.#connection)
    else this.#held = false
  }

  /** The begin waits for the transaction's first statement and goes in the same message (a failed begin fails that statement). */
  async beginTransaction(_connection: DatabaseConnection, settings: TransactionSettings) {
    const modes = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean)
    this.#connection.pendingBegin = modes.length ? `start transaction ${modes.join(', ')}` : 'begin'
    this.#connection.inTransaction = true
  }

  /** A transaction that ran no statement was never begun: there is nothing to end. The commit carries what waits. */
  async commitTransaction(connection: DatabaseConnection) {
    if (!this.#end({ keepUnread: true })) await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  /** What waits is dropped: a rollback undoes it anyway, and an aborted transaction would refuse it. */
  async rollbackTransaction(connection: DatabaseConnection) {
    if (!this.#end({ keepUnread: false })) await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  /** Ends the transaction's bookkeeping; true when it ran no statement (the one connection is the only one there is). */
  #end({ keepUnread }: { keepUnread: boolean }): boolean {
    const connection = this.#connection
    const unbegun = connection.pendingBegin !== null
    connection.pendingBegin = null
    connection.inTransaction = false
    if (unbegun || !keepUnread) connection.unread = []
    return unbegun
  }

  async destroy() {
    await this.thread.close()
  }
}

/** Kysely's Postgres dialect over the thread. */
export class PgliteThreadDialect implements Dialect {
  constructor(private readonly thread: PgliteThread) {}
  createAdapter() { return new PostgresAdapter() }
  createDriver() { return new PgliteThreadDriver(this.thread) }
  createQueryCompiler() { return new PostgresQueryCompiler() }
  createIntrospector(db: Kysely<unknown>) { return new PostgresIntrospector(db) }
}
