import type { Actor, Tx } from '../../db/as-user'
import type { PeriodInput } from '../../../shared/schemas/holidays'
import { fail } from '../../utils/errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'

const PERIOD_COLUMNS = ['id', 'institution_id', 'kind', 'starts_on', 'ends_on', 'name', 'updated_at'] as const

/** The institutions whose calendar the actor may edit: their own as staff, every member institution for the secretariat. */
export async function editableInstitutions(tx: Tx, actor: Actor) {
  const all = await isSecretariat(tx)
  const ids = all ? [] : await staffInstitutionIds(tx, actor)
  if (!all && !ids.length) return []
  let query = tx.selectFrom('institutions').select(['id', 'slug', 'name', 'country']).orderBy('slug')
  if (!all) query = query.where('id', 'in', ids)
  return query.execute()
}

async function mayEdit(tx: Tx, actor: Actor, institutionId: string): Promise<boolean> {
  return (await isSecretariat(tx)) || (await staffInstitutionIds(tx, actor)).includes(institutionId)
}

/** An institution's terms, exam periods and breaks, by start; anyone may read them. */
export async function listPeriods(tx: Tx, actor: Actor, institutionId: string) {
  const institution = await tx.selectFrom('institutions').select(['id', 'name', 'country']).where('id', '=', institutionId).executeTakeFirst()
  if (!institution) fail(404, 'errors.notFound')
  const periods = await tx.selectFrom('institution_periods').select(PERIOD_COLUMNS)
    .where('institution_id', '=', institutionId).orderBy('starts_on').orderBy('kind').execute()
  return { institution, periods, permissions: { can_edit: await mayEdit(tx, actor, institutionId) } }
}

export async function createPeriod(tx: Tx, actor: Actor, institutionId: string, input: PeriodInput) {
  if (!await mayEdit(tx, actor, institutionId)) fail(403, 'errors.forbidden')
  return tx.insertInto('institution_periods').values({
    institution_id: institutionId, kind: input.kind, starts_on: input.startsOn, ends_on: input.endsOn, name: JSON.stringify(input.name),
  }).returning(PERIOD_COLUMNS).executeTakeFirstOrThrow()
}

async function periodInstitution(tx: Tx, id: string): Promise<string> {
  const row = await tx.selectFrom('institution_periods').select('institution_id').where('id', '=', id).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row.institution_id
}

export async function updatePeriod(tx: Tx, actor: Actor, id: string, input: PeriodInput) {
  if (!await mayEdit(tx, actor, await periodInstitution(tx, id))) fail(403, 'errors.forbidden')
  return tx.updateTable('institution_periods').set({ kind: input.kind, starts_on: input.startsOn, ends_on: input.endsOn, name: JSON.stringify(input.name) })
    .where('id', '=', id).returning(PERIOD_COLUMNS).executeTakeFirstOrThrow()
}

export async function deletePeriod(tx: Tx, actor: Actor, id: string) {
  if (!await mayEdit(tx, actor, await periodInstitution(tx, id))) fail(403, 'errors.forbidden')
  await tx.deleteFrom('institution_periods').where('id', '=', id).execute()
}
