import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MigrationFile } from '../../server/db/migrate'

const root = new URL('../../supabase/', import.meta.url).pathname

export function schemaFiles(): { bootstrap: string; migrations: MigrationFile[] } {
  const dir = join(root, 'migrations')
  return {
    bootstrap: readFileSync(join(root, 'bootstrap.sql'), 'utf8'),
    migrations: readdirSync(dir).filter(f => f.endsWith('.sql')).map(name => ({ name, sql: readFileSync(join(dir, name), 'utf8') })),
  }
}
