import { join } from 'node:path'
import { connectPglite, connectPostgres, type Db, type DatabaseHandle } from '../db/connect'
import { migrate, type MigrationFile } from '../db/migrate'
import { assertLocaleCodes } from '../db/locale-codes'
import { LOCALE_CODES } from '../../shared/locales'
import { seedDemoCommunity } from '../domain/demo/seed'
import { seedDemoAgreements } from '../domain/demo/agreements'
import { seedDemoMobility } from '../domain/demo/mobility'
import { seedDemoApplications } from '../domain/demo/applications'
import { seedDemoActivities } from '../domain/demo/activities'
import { seedDemoConference } from '../domain/demo/conferences'
import { seedDemoCourses } from '../domain/demo/courses'
import { seedDemoCredits } from '../domain/demo/credits'
import { portalConfig } from './config'

let handle: Promise<DatabaseHandle> | undefined
let schema: Promise<{ bootstrap: string; migrations: MigrationFile[] }> | undefined

/** Migrations and the bootstrap, bundled into the server build from supabase/; read once, they cannot change at run time. */
export function bundledSchema(): Promise<{ bootstrap: string; migrations: MigrationFile[] }> {
  schema ??= readBundledSchema()
  return schema
}

async function readBundledSchema(): Promise<{ bootstrap: string; migrations: MigrationFile[] }> {
  const assets = useStorage('assets:supabase')
  const keys = (await assets.getKeys('migrations')).filter(k => k.endsWith('.sql'))
  const migrations = await Promise.all(keys.map(async key => ({
    name: key.split(':').pop()!,
    sql: String(await assets.getItem(key)),
  })))
  return { bootstrap: String(await assets.getItem('bootstrap.sql')), migrations }
}

async function open(): Promise<DatabaseHandle> {
  const { mode, databaseUrl, dataDir, seedDemo, pgliteWorker } = portalConfig()
  const opened = databaseUrl ? connectPostgres(databaseUrl) : await connectPglite(join(dataDir, 'pglite'), undefined, { worker: pgliteWorker })
  const { bootstrap, migrations } = await bundledSchema()
  const applied = await migrate(opened, migrations, mode === 'supabase' ? undefined : bootstrap)
  if (applied.length) console.info(`[db] applied migrations: ${applied.join(', ')}`)
  // A locale the database would refuse (preferred_locale, localized text) must not reach the language switcher.
  await assertLocaleCodes(opened.db, LOCALE_CODES)
  if (seedDemo) {
    const seeded = await seedDemoCommunity(opened.db)
    if (seeded) printDemoAccounts(seeded)
    await seedDemoAgreements(opened.db)
    await seedDemoMobility(opened.db)
    await seedDemoApplications(opened.db, useFileStore())
    await seedDemoActivities(opened.db)
    await seedDemoConference(opened.db)
    await seedDemoCourses(opened.db)
    await seedDemoCredits(opened.db)
  }
  return opened
}

function printDemoAccounts(accounts: { email: string; role: string }[]) {
  console.info('[seed] demo community created. Log in with password "demo-password-2026" as:')
  for (const a of accounts) console.info(`[seed]   ${a.role.padEnd(14)} ${a.email}`)
}

/** The one database of this process, migrated and (in embedded mode) seeded before first use. */
export async function useDatabase(): Promise<Db> {
  handle ??= open()
  return (await handle).db
}

export async function closeDatabase(): Promise<void> {
  if (handle) await (await handle).close()
  handle = undefined
}
