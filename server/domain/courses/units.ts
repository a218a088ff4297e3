import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { CourseQuery, CourseUnitInput } from '../../../shared/schemas/courses'
import { fail } from '../../utils/errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'

export const UNIT_COLUMNS = ['code', 'title', 'description', 'learning_outcomes', 'credits', 'contact_hours', 'workload_hours',
  'eqf_level', 'isced_level', 'isced_field', 'languages', 'term', 'active', 'updated_at'] as const

/** The institution a catalogue belongs to, by its slug; 404 when there is none. */
export async function catalogueInstitution(tx: Tx, slug: string) {
  const row = await tx.selectFrom('institutions').select(['id', 'slug', 'name', 'country', 'membership_status'])
    .where('slug', '=', slug).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

/** Whether the actor writes this institution's catalogue: its staff (the secretariat reads but does not write). */
export async function mayEditCatalogue(tx: Tx, actor: Actor | null, institutionId: string): Promise<boolean> {
  return actor !== null && (await staffInstitutionIds(tx, actor)).includes(institutionId)
}

/** Units the reader may see (RLS decides: active units of members for everyone; all for staff and the secretariat), searched and filtered. */
export async function listCourseUnits(tx: Tx, actor: Actor | null, slug: string, query: CourseQuery) {
  const institution = await catalogueInstitution(tx, slug)
  let q = tx.selectFrom('course_units').select(UNIT_COLUMNS).where('institution_id', '=', institution.id)
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, m => `\\${m}`)}%`
    // Code, or the title in any language (a reader searches in theirs, a partner in the code the transcript shows).
    q = q.where(eb => eb.or([eb('code', 'ilike', like),
      sql<boolean>`exists (select 1 from jsonb_each_text(title) t where t.value ilike ${like})`]))
  }
  if (query.field) q = q.where('isced_field', 'like', `${query.field}%`)
  if (query.eqfLevel) q = q.where('eqf_level', '=', query.eqfLevel)
  if (query.language) q = q.where(sql<boolean>`${query.language} = any(languages)`)
  if (query.term) q = q.where('term', '=', query.term)
  const units = await q.orderBy('code').limit(1000).execute()
  const canEdit = await mayEditCatalogue(tx, actor, institution.id)
  return { institution, units, permissions: { can_edit: canEdit, sees_inactive: canEdit || (actor !== null && await isSecretariat(tx)) } }
}

export async function getCourseUnit(tx: Tx, actor: Actor | null, slug: string, code: string) {
  const institution = await catalogueInstitution(tx, slug)
  const unit = await tx.selectFrom('course_units').select(UNIT_COLUMNS)
    .where('institution_id', '=', institution.id).where('code', '=', code).executeTakeFirst()
  if (!unit) fail(404, 'errors.notFound')
  return { institution, unit, permissions: { can_edit: await mayEditCatalogue(tx, actor, institution.id) } }
}

/** The row as the table stores it. */
export function unitRow(input: CourseUnitInput) {
  return {
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    learning_outcomes: JSON.stringify(input.learningOutcomes),
    credits: input.credits,
    contact_hours: input.contactHours,
    workload_hours: input.workloadHours,
    eqf_level: input.eqfLevel,
    isced_level: input.iscedLevel,
    isced_field: input.iscedField,
    languages: input.languages,
    term: input.term,
    active: input.active,
  }
}

/** Creates or updates the unit with this code; tells which. */
export async function upsertCourseUnit(tx: Tx, institutionId: string, code: string, input: CourseUnitInput) {
  const values = unitRow(input)
  return tx.insertInto('course_units').values({ institution_id: institutionId, code, ...values })
    .onConflict(oc => oc.columns(['institution_id', 'code']).doUpdateSet(values))
    .returning([...UNIT_COLUMNS, sql<boolean>`(xmax = 0)`.as('created')])
    .executeTakeFirstOrThrow()
}

/** An editor's save of one unit (the edit page); 403 for anyone but the institution's staff. */
export async function saveCourseUnit(tx: Tx, actor: Actor, slug: string, code: string, input: CourseUnitInput) {
  const institution = await catalogueInstitution(tx, slug)
  if (!await mayEditCatalogue(tx, actor, institution.id)) fail(403, 'errors.forbidden')
  const { created, ...unit } = await upsertCourseUnit(tx, institution.id, code, input)
  return { unit, created }
}

/** Every unit of the institution the reader may see, by code: what an export holds. */
export async function allCourseUnits(tx: Tx, institutionId: string) {
  return tx.selectFrom('course_units').select(UNIT_COLUMNS).where('institution_id', '=', institutionId).orderBy('code').execute()
}
