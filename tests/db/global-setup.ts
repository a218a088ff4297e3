import { mkdirSync, writeFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { migrate } from '../../server/db/migrate'
import { connectPostgres } from '../../server/db/connect'
import { schemaFiles } from './schema-files'

const TEMPLATE_FILE = new URL('../../test-results/pglite-template.tar.gz', import.meta.url).pathname

/**
 * Migrates once into a template: a PGlite data dir dumped to a file (default), or with TEST_DATABASE_URL
 * a database on that server, created for this run and dropped after it. Each test file clones the template.
 */
export default async function setup(project: TestProject) {
  const { bootstrap, migrations } = schemaFiles()
  const serverUrl = process.env.TEST_DATABASE_URL
  if (!serverUrl) {
    const pglite = await PGlite.create()
    await migrate({ db: new Kysely({ dialect: new PGliteDialect(pglite) }), exec: async (script) => { await pglite.exec(script) } }, migrations, bootstrap)
    const dump = await pglite.dumpDataDir('gzip')
    mkdirSync(new URL('../../test-results/', import.meta.url).pathname, { recursive: true })
    writeFileSync(TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()))
    await pglite.close()
    project.provide('pgliteTemplate', TEMPLATE_FILE)
    return
  }
  const template = `portal_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${template}`)
  const url = new URL(serverUrl)
  url.pathname = `/${template}`
  const handle = connectPostgres(url.toString(), 1)
  await migrate(handle, migrations, bootstrap)
  await handle.close()
  project.provide('postgresTemplate', template)
  return async () => {
    const leftovers = await admin.query(`select datname from pg_database where datname like $1`, [`${template}%`])
    for (const row of leftovers.rows) await admin.query(`drop database if exists ${row.datname} with (force)`)
    await admin.end()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
    postgresTemplate: string
  }
}
