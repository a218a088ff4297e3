import { sql } from 'kysely'
import { migrationsCurrent } from '../db/migrate'
import { bundledSchema } from '../utils/database'
import { appMode } from '../utils/mode'

export default defineEventHandler(async (event) => {
  try {
    const db = await useDatabase()
    await sql`select 1`.execute(db)
    const current = await migrationsCurrent(db, (await bundledSchema()).migrations)
    if (!current) setResponseStatus(event, 503)
    return { status: current ? 'ok' : 'migrations_pending', mode: appMode(), database: 'reachable', migrations: current ? 'current' : 'pending' }
  }
  catch {
    setResponseStatus(event, 503)
    return { status: 'unavailable', mode: appMode(), database: 'unreachable' }
  }
})
