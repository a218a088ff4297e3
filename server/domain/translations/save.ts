import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { TranslationSave } from '../../../shared/translations/fields'
import { fail } from '../../utils/errors'
import { SOURCES } from './registry'

/**
 * Writes one field's text in one language, as the person: RLS and the column grants decide, nothing is elevated.
 * Only that language's key changes (jsonb ||), so a translation saved at the same time in another language stays.
 * The table's audit trigger records the change with its author.
 */
export async function saveTranslation(tx: Tx, input: TranslationSave) {
  const { table } = SOURCES[input.kind]
  const column = sql.ref(input.field)
  const { rows } = await sql<{ id: string }>`
    update ${sql.table(table)} set ${column} = coalesce(${column}, '{}'::jsonb) || jsonb_build_object(${input.locale}::text, ${input.text}::text),
      updated_at = now()
    where id = ${input.id}::uuid returning id`.execute(tx)
  if (!rows.length) {
    // Seen but not changed: the person may not edit it. Not seen: there is nothing by that id for them.
    const { rows: seen } = await sql<{ id: string }>`select id from ${sql.table(table)} where id = ${input.id}::uuid`.execute(tx)
    fail(seen.length ? 403 : 404, seen.length ? 'errors.forbidden' : 'errors.notFound')
  }
  return { kind: input.kind, id: input.id, field: input.field, locale: input.locale, text: input.text }
}
