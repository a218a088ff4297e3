import { sql } from 'kysely'
import { migrationsCurrent } from '../db/migrate'
import { bundledSchema } from '../utils/database'
import { portalConfig } from '../utils/config'

export default defineEventHandler(async (event) => {
  try {
    const db = await useDatabase()
    await sql`select 1`.execute(db)
    const current = await migrationsCurrent(db, (await bundledSchema()).migrations)
    if (!current) setResponseStatus(event, 503)
    return { status: current ? 'ok' : 'migrations_pending', mode: portalConfig().mode, database: 'reachable', migrations: current ? 'current' : 'pending' }
  }
  catch {
    setResponseStatus(event, 503)
    return { status: 'unavailable', mode: portalConfig().mode, database: 'unreachable' }
  }
})
