import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { migrate, MigrationChecksumError } from '../../server/db/migrate'
import type { DatabaseHandle } from '../../server/db/connect'
import { freshDatabase } from './helpers'
import { schemaFiles } from './schema-files'

let handle: DatabaseHandle
beforeAll(async () => { handle = await freshDatabase() })
afterAll(() => handle.close())

describe('migration runner', () => {
  it('records every migration once and applies nothing twice', async () => {
    const { bootstrap, migrations } = schemaFiles()
    expect(await migrate(handle, migrations, bootstrap)).toEqual([])
    const recorded = await sql<{ name: string }>`select name from app_meta.migrations order by name`.execute(handle.db)
    expect(recorded.rows.map(r => r.name)).toEqual(migrations.map(m => m.name).sort())
  })

  it('refuses to go on when an applied migration was changed', async () => {
    const { migrations } = schemaFiles()
    const changed = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m))
    await expect(migrate(handle, changed)).rejects.toBeInstanceOf(MigrationChecksumError)
  })

  it('applies a new migration in order and records it', async () => {
    const { migrations } = schemaFiles()
    const added = [...migrations, { name: '29991231000000_probe.sql', sql: 'create table public.probe (id int primary key); alter table public.probe enable row level security;' }]
    expect(await migrate(handle, added)).toEqual(['29991231000000_probe.sql'])
  })

  it('enables row-level security on every table in public', async () => {
    const tables = await sql<{ relname: string; relrowsecurity: boolean }>`
      select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`.execute(handle.db)
    expect(tables.rows.length).toBeGreaterThan(5)
    expect(tables.rows.filter(t => !t.relrowsecurity).map(t => t.relname)).toEqual([])
  })
})
