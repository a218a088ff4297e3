import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { DatabaseHandle } from './connect'

export interface MigrationFile {
  /** File name, e.g. 20261123000000_platform.sql; the leading timestamp is its version. */
  name: string
  sql: string
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(`Migration ${migration} was changed after it was applied; refusing to start. Add a new migration instead.`)
  }
}

export function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Applies the bootstrap (non-Supabase modes only) and every migration not yet applied, in name order,
 * each in its own transaction, recording name and checksum. Refuses to go on when an applied file changed.
 */
export async function migrate(handle: Pick<DatabaseHandle, 'db' | 'exec'>, files: MigrationFile[], bootstrap?: string): Promise<string[]> {
  const { db } = handle
  if (bootstrap) await handle.exec(bootstrap)
  await handle.exec(`create schema if not exists app_meta;
    create table if not exists app_meta.migrations (name text primary key, checksum text not null, applied_at timestamptz not null default now());`)

  const applied = await sql<{ name: string; checksum: string }>`select name, checksum from app_meta.migrations`.execute(db)
  const known = new Map(applied.rows.map(r => [r.name, r.checksum]))
  const ordered = [...files].sort((a, b) => a.name.localeCompare(b.name))

  for (const file of ordered) {
    const recorded = known.get(file.name)
    if (recorded && recorded !== checksum(file.sql)) throw new MigrationChecksumError(file.name)
  }
  const pending = ordered.filter(f => !known.has(f.name))
  for (const file of pending) {
    if (!/^[\w.-]+$/.test(file.name)) throw new Error(`bad migration file name ${file.name}`)
    // One script: the migration and its record commit together or not at all.
    await handle.exec(`${file.sql}\n;insert into app_meta.migrations (name, checksum) values ('${file.name}', '${checksum(file.sql)}');`)
  }
  return pending.map(f => f.name)
}

/** True when every file is applied with the same checksum: what /api/health reports. */
export async function migrationsCurrent(db: DatabaseHandle['db'], files: MigrationFile[]): Promise<boolean> {
  const applied = await sql<{ name: string; checksum: string }>`select name, checksum from app_meta.migrations`.execute(db)
  const known = new Map(applied.rows.map(r => [r.name, r.checksum]))
  return files.every(f => known.get(f.name) === checksum(f.sql))
}
