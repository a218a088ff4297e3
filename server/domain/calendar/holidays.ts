import { sql } from 'kysely'
import { asService, elevated, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { HolidayInput, HolidayQuery, HolidayUpdate } from '../../../shared/schemas/holidays'
import { fail } from '../../utils/errors'
import { isSecretariat } from '../memberships/memberships'
import { holidaySeed, type HolidaySeedRow } from './holiday-seed'

const HOLIDAY_COLUMNS = ['id', 'country', 'day', 'year', 'name', 'kind', 'source', 'edited_by', 'edited_at', 'updated_at'] as const

/** One country's holidays and make-up working days in a year, in date order, and whether the reader may edit them. */
export async function listHolidays(tx: Tx, query: HolidayQuery) {
  const holidays = await tx.selectFrom('public_holidays').select(HOLIDAY_COLUMNS)
    .where('country', '=', query.country).where('year', '=', query.year)
    .orderBy('day').orderBy('kind').execute()
  return { country: query.country, year: query.year, holidays, permissions: { can_edit: await isSecretariat(tx) } }
}

async function requireSecretariat(tx: Tx) {
  if (!await isSecretariat(tx)) fail(403, 'errors.forbidden')
}

export async function createHoliday(tx: Tx, input: HolidayInput) {
  await requireSecretariat(tx)
  const clash = await tx.selectFrom('public_holidays').select('id')
    .where('country', '=', input.country).where('day', '=', input.day).where('kind', '=', input.kind).executeTakeFirst()
  if (clash) fail(409, 'calendar.holidays.errors.duplicate', { day: input.day })
  return tx.insertInto('public_holidays').values({
    country: input.country, day: input.day, kind: input.kind, name: JSON.stringify(input.name), source: input.source,
  }).returning(HOLIDAY_COLUMNS).executeTakeFirstOrThrow()
}

export async function updateHoliday(tx: Tx, id: string, input: HolidayUpdate) {
  await requireSecretariat(tx)
  const current = await tx.selectFrom('public_holidays').select(['country']).where('id', '=', id).executeTakeFirst()
  if (!current) fail(404, 'errors.notFound')
  const clash = await tx.selectFrom('public_holidays').select('id').where('id', '<>', id)
    .where('country', '=', current.country).where('day', '=', input.day).where('kind', '=', input.kind).executeTakeFirst()
  if (clash) fail(409, 'calendar.holidays.errors.duplicate', { day: input.day })
  return tx.updateTable('public_holidays').set({ day: input.day, kind: input.kind, name: JSON.stringify(input.name), source: input.source })
    .where('id', '=', id).returning(HOLIDAY_COLUMNS).executeTakeFirstOrThrow()
}

export async function deleteHoliday(tx: Tx, id: string) {
  await requireSecretariat(tx)
  const row = await tx.deleteFrom('public_holidays').where('id', '=', id).returning('id').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
}

/** What a reload did: rows added, library rows refreshed, and rows a person edited that it left as they are. */
export interface SeedResult { inserted: number; updated: number; kept_edited: number }

/**
 * Writes the seed into public_holidays on the service path: new rows are added, rows from an earlier seed whose name
 * or source changed in the library take the new ones (an unchanged row is not touched, so a restart audits nothing),
 * and a row a person wrote or edited (edited_at set) is never overwritten.
 */
export async function upsertHolidaySeed(tx: Tx, rows: readonly HolidaySeedRow[] = holidaySeed()): Promise<SeedResult> {
  const result: SeedResult = { inserted: 0, updated: 0, kept_edited: 0 }
  const edited = new Set((await tx.selectFrom('public_holidays').select(['country', 'day', 'kind']).where('edited_at', 'is not', null).execute())
    .map(r => `${r.country}|${r.day}|${r.kind}`))
  result.kept_edited = rows.filter(r => edited.has(`${r.country}|${r.day}|${r.kind}`)).length
  const BATCH = 200
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const written = await tx.insertInto('public_holidays')
      .values(batch.map(r => ({ country: r.country, day: r.day, kind: r.kind, name: JSON.stringify(r.name), source: r.source })))
      .onConflict(oc => oc.columns(['country', 'day', 'kind']).doUpdateSet(eb => ({ name: eb.ref('excluded.name'), source: eb.ref('excluded.source') }))
        .where('public_holidays.edited_at', 'is', null)
        .where(sql<boolean>`(public_holidays.name, public_holidays.source) is distinct from (excluded.name, excluded.source)`))
      // xmax is 0 for a row this statement inserted, set for one it updated.
      .returning(sql<boolean>`(xmax = 0)`.as('inserted')).execute()
    const inserted = written.filter(w => w.inserted).length
    result.inserted += inserted
    result.updated += written.length - inserted
  }
  return result
}

/** The demo seed's and a start's entry point: idempotent, so running it again changes nothing a person made. */
export function seedHolidays(db: Db): Promise<SeedResult> {
  return asService(db, 'holiday seed from the library', tx => upsertHolidaySeed(tx))
}

/** The secretariat's "reload from the library": the same upsert, on the service path, audited as the secretariat's act. */
export async function reloadHolidays(tx: Tx): Promise<SeedResult> {
  await requireSecretariat(tx)
  return elevated(tx, 'holiday reload from the library', inner => upsertHolidaySeed(inner))
}
