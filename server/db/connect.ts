import { mkdir } from 'node:fs/promises'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { Database } from './schema'
import { PgliteThread, PgliteThreadDialect } from './pglite-worker'

export type Db = Kysely<Database>

export interface DatabaseHandle {
  db: Db
  /** 'pglite' for the embedded database, 'postgres' for a server reached over the network. */
  kind: 'pglite' | 'postgres'
  /** Runs a whole SQL script (several statements) in one simple-protocol call, which Postgres makes atomic. */
  exec: (script: string) => Promise<void>
  close: () => Promise<void>
}

const DATE_OID = 1082
const NUMERIC_OID = 1700
/** Calendar dates stay 'YYYY-MM-DD' strings (a Date would shift them by the server's time zone); money stays exact. */
const KEEP_AS_TEXT = { [DATE_OID]: (value: string) => value, [NUMERIC_OID]: (value: string) => value }

// Postgres returns bigint and numeric as strings; counts we read stay numbers-as-strings by design.
export function connectPostgres(connectionString: string, max = 10): DatabaseHandle {
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      KEEP_AS_TEXT[oid as keyof typeof KEEP_AS_TEXT] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  }
  const pool = new pg.Pool({ connectionString, max, types })
  // An idle connection the server drops (a restart, a terminated backend) is reported here and replaced on the next
  // checkout; without a listener it would be an uncaught exception that ends the process.
  pool.on('error', error => console.error('[db] idle connection lost:', error.message))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', exec: async (script) => { await pool.query(script) }, close: () => db.destroy() }
}

/**
 * The one PGlite session goes to one transaction at a time, in order of asking. PGlite runs each
 * statement synchronously, and the library hands the session on through promise callbacks alone, so
 * a queue of transactions would run back to back while finished requests wait to write their
 * answers. One turn of the event loop at each hand-over lets them out first.
 */
class FairPGliteDialect extends PGliteDialect {
  override createDriver() {
    const driver = super.createDriver()
    const acquire = driver.acquireConnection.bind(driver)
    driver.acquireConnection = async () => {
      const connection = await acquire()
      await new Promise(resolve => setImmediate(resolve))
      return connection
    }
    return driver
  }
}

/**
 * Embedded Postgres, one session shared fairly by all requests. In a worker thread (the server's default), SQL runs
 * beside the requests instead of stopping them; on this thread (the tests', the scripts', PORTAL_PGLITE_WORKER=off) as it
 * always did.
 */
export async function connectPglite(dataDir: string | undefined, loadDataDir?: Blob, options: { worker?: boolean } = {}): Promise<DatabaseHandle> {
  if (dataDir) await mkdir(dataDir, { recursive: true })
  if (options.worker) return connectPgliteThread(dataDir, loadDataDir)
  const { PGlite } = await import('@electric-sql/pglite')
  const pglite: PGlite = await PGlite.create({ dataDir, loadDataDir, parsers: KEEP_AS_TEXT })
  const db = new Kysely<Database>({ dialect: new FairPGliteDialect(pglite) })
  return {
    db,
    kind: 'pglite',
    // A script may create types (an enum and its array type): PGlite learns array types when it opens, so it is told
    // again, or it would write an empty enum array as '' until the next restart.
    exec: async (script) => {
      await pglite.exec(script)
      await pglite.refreshArrayTypes()
    },
    close: async () => {
      await db.destroy()
      if (!pglite.closed) await pglite.close()
    },
  }
}

async function connectPgliteThread(dataDir: string | undefined, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const thread = await PgliteThread.open({ dataDir, loadDataDir, keepAsText: Object.keys(KEEP_AS_TEXT).map(Number) })
  const db = new Kysely<Database>({ dialect: new PgliteThreadDialect(thread) })
  return {
    db,
    kind: 'pglite',
    // The thread tells PGlite the script's new array types too.
    exec: async (script) => { await thread.send({ kind: 'exec', sql: script }) },
    // Kysely closes the thread only if it ever used it.
    close: async () => {
      await db.destroy()
      await thread.close()
    },
  }
}
