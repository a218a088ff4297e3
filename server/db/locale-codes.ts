import { sql } from 'kysely'
import type { Db } from './connect'

// The database checks locale codes (profiles.preferred_locale, consents.locale, the keys of localized
// text, the sign-up trigger's fallback) through one function, public.locale_codes(). Its list lives in a
// migration, not filled in by our runner at start, because `supabase db push` applies the migration files
// and nothing else. So the registry (shared/locales.ts) makes the migration (`npm run i18n:migration`),
// and the server refuses to start when the database's list and the registry's differ.
// Node runs this file too (scripts/locale-migration.mjs): keep its imports type-only or packages.

/** The SQL that sets the database's locale list: the body of a migration. */
export function localeCodesSql(codes: readonly string[]): string {
  for (const code of codes) if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) throw new Error(`not a locale code: ${code}`)
  const list = codes.map(c => `'${c}'`).join(', ')
  return `-- The locale codes the database accepts, in the order of shared/locales.ts (made by npm run i18n:migration).
-- Only ever add codes: the checks that call this function do not look at rows already stored.
create or replace function public.locale_codes() returns text[]
language sql immutable parallel safe set search_path = '' as $$
  select array[${list}]::text[]
$$;
`
}

export class LocaleCodesMismatchError extends Error {
  readonly database: string[]
  readonly registry: readonly string[]
  // Fields, not parameter properties: Node's type stripping cannot erase those.
  constructor(database: string[], registry: readonly string[]) {
    super(`The database accepts the locales [${database.join(', ')}] but shared/locales.ts lists [${registry.join(', ')}]. `
      + 'Run `npm run i18n:migration` to add a migration with the registry\'s list.')
    this.database = database
    this.registry = registry
  }
}

/** The codes public.locale_codes() returns, in its order. */
export async function databaseLocaleCodes(db: Db): Promise<string[]> {
  const result = await sql<{ codes: string[] }>`select public.locale_codes() as codes`.execute(db)
  return result.rows[0]!.codes
}

/** Throws LocaleCodesMismatchError unless the database accepts exactly the registry's codes. */
export async function assertLocaleCodes(db: Db, codes: readonly string[]): Promise<void> {
  const database = await databaseLocaleCodes(db)
  if (database.join() !== codes.join()) throw new LocaleCodesMismatchError(database, codes)
}
