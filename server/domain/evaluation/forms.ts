import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import type { FormCreateInput } from '../../../shared/schemas/evaluation'
import { definitionOr422 } from './definition'

const FORM_COLUMNS = ['id', 'institution_id', 'created_by', 'title', 'purpose', 'level', 'created_at', 'updated_at'] as const
const VERSION_COLUMNS = ['id', 'form_id', 'version', 'state', 'published_at', 'definition', 'created_at', 'updated_at'] as const

/**
 * A new form of an institution with its first version as a draft. Title, purpose and level come from the definition,
 * so the list of forms and an exported JSON never disagree. Staff of the institution and the secretariat only (RLS).
 */
export async function createForm(tx: Tx, actor: Actor, input: FormCreateInput) {
  const form = definitionOr422(input.definition)
  const row = await tx.insertInto('evaluation_forms').values({
    institution_id: input.institutionId, created_by: actor.id, title: JSON.stringify(form.title), purpose: form.purpose, level: form.level,
  }).returning(FORM_COLUMNS).executeTakeFirstOrThrow()
  const version = await tx.insertInto('evaluation_form_versions').values({ form_id: row.id, definition: JSON.stringify(form) })
    .returning(VERSION_COLUMNS).executeTakeFirstOrThrow()
  return { form: row, version }
}

/** The forms the reader manages (their institutions', or all for the secretariat), newest first, with their latest version. */
export async function listForms(tx: Tx, filter: { institutionId?: string }) {
  return tx.selectFrom('evaluation_forms as f')
    .select(['f.id', 'f.institution_id', 'f.title', 'f.purpose', 'f.level', 'f.updated_at'])
    .select(eb => [
      eb.selectFrom('evaluation_form_versions as v').select('v.version').whereRef('v.form_id', '=', 'f.id').orderBy('v.version', 'desc').limit(1).as('latest_version'),
      eb.selectFrom('evaluation_form_versions as v').select('v.state').whereRef('v.form_id', '=', 'f.id').orderBy('v.version', 'desc').limit(1).as('latest_state'),
    ])
    .where(sql<boolean>`private.can_manage_evaluation_form_row(f.institution_id, f.created_by)`)
    .$if(Boolean(filter.institutionId), qb => qb.where('f.institution_id', '=', filter.institutionId!))
    .orderBy('f.updated_at', 'desc').limit(500).execute()
}

/** A form its reader may see, with its versions (newest first): 404 otherwise. */
export async function getForm(tx: Tx, formId: string) {
  const form = await tx.selectFrom('evaluation_forms').select(FORM_COLUMNS).where('id', '=', formId).executeTakeFirst()
  if (!form) fail(404, 'evaluation.errors.formNotFound')
  const versions = await tx.selectFrom('evaluation_form_versions').select(VERSION_COLUMNS).where('form_id', '=', formId)
    .orderBy('version', 'desc').execute()
  return { form, versions }
}

/** The form, locked so two new versions get consecutive numbers; 404 when it is not the reader's to manage. */
async function managedForm(tx: Tx, formId: string) {
  const form = await tx.selectFrom('evaluation_forms').select(['id']).where('id', '=', formId).forUpdate().executeTakeFirst()
  if (!form) fail(404, 'evaluation.errors.formNotFound')
  return form
}

/** A new draft version: how a published form is edited (published versions never change). */
export async function createVersion(tx: Tx, formId: string, definition: unknown) {
  const form = definitionOr422(definition)
  await managedForm(tx, formId)
  const version = await tx.insertInto('evaluation_form_versions').values({ form_id: formId, definition: JSON.stringify(form) })
    .returning(VERSION_COLUMNS).executeTakeFirstOrThrow()
  await syncFormHeader(tx, formId, form)
  return version
}

async function syncFormHeader(tx: Tx, formId: string, form: ReturnType<typeof definitionOr422>) {
  await tx.updateTable('evaluation_forms').set({ title: JSON.stringify(form.title), purpose: form.purpose, level: form.level, updated_at: new Date() })
    .where('id', '=', formId).execute()
}

async function draftVersion(tx: Tx, versionId: string) {
  const version = await tx.selectFrom('evaluation_form_versions').select(['id', 'form_id', 'state']).where('id', '=', versionId).forUpdate().executeTakeFirst()
  if (!version) fail(404, 'evaluation.errors.versionNotFound')
  if (version.state !== 'draft') fail(409, 'evaluation.errors.versionPublished')
  return version
}

/** Edits a draft version; a published one is refused (409): edits make a new version. */
export async function updateVersion(tx: Tx, versionId: string, definition: unknown) {
  const form = definitionOr422(definition)
  const version = await draftVersion(tx, versionId)
  const row = await tx.updateTable('evaluation_form_versions').set({ definition: JSON.stringify(form), updated_at: new Date() })
    .where('id', '=', versionId).returning(VERSION_COLUMNS).executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.versionNotFound')
  await syncFormHeader(tx, version.form_id, form)
  return row
}

/** Publishes a draft: from now on it is immutable and may be attached to activities, mobilities and lists. */
export async function publishVersion(tx: Tx, versionId: string) {
  await draftVersion(tx, versionId)
  const row = await tx.updateTable('evaluation_form_versions').set({ state: 'published', updated_at: new Date() })
    .where('id', '=', versionId).returning(VERSION_COLUMNS).executeTakeFirst()
  if (!row) fail(404, 'evaluation.errors.versionNotFound')
  return row
}
