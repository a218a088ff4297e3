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

  it('gives every migration a version of its own (Supabase keys migrations by the leading timestamp)', () => {
    const versions = schemaFiles().migrations.map(m => m.name.slice(0, m.name.indexOf('_')))
    expect(versions.every(v => /^\d{14}$/.test(v))).toBe(true)
    expect(versions.filter((v, i) => versions.indexOf(v) !== i)).toEqual([])
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

describe('an embedded database migrated in the same process', () => {
  it('writes an empty and a filled enum array into a type the migrations just created (PGlite learns new array types)', async () => {
    const { connectPglite } = await import('../../server/db/connect')
    const fresh = await connectPglite(undefined)
    try {
      await fresh.exec('create type public.probe_role as enum (\'a\', \'b\'); create table public.probe_roles (id int primary key, roles public.probe_role[] not null);')
      await sql`insert into public.probe_roles values (1, ${[]}), (2, ${['a', 'b']})`.execute(fresh.db)
      const rows = await sql<{ roles: string }>`select roles::text as roles from public.probe_roles order by id`.execute(fresh.db)
      expect(rows.rows.map(r => r.roles)).toEqual(['{}', '{a,b}'])
    }
    finally { await fresh.close() }
  })
})
