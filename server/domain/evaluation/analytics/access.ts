import { sql } from 'kysely'
import type { Tx } from '../../../db/as-user'
import { fail } from '../../../utils/errors'
import { storedDefinition } from '../definition'
import type { FormDefinition } from '../../../../shared/evaluation/form-definition'

export interface ResultsInstance {
  id: string
  formId: string
  activityId: string | null
  timing: string | null
  anonymous: boolean
  versionId: string
  version: number
  definition: FormDefinition
}

/**
 * The instances whose results the reader may read, through their RLS transaction: an instance they cannot see is 404,
 * one they see without managing it (an invitee) is 403. The aggregation functions check the same rule again.
 */
export async function resultsInstances(tx: Tx, where: { instanceId: string } | { activityId: string } | { formId: string }): Promise<ResultsInstance[]> {
  let query = tx.selectFrom('evaluation_instances as i').innerJoin('evaluation_form_versions as v', 'v.id', 'i.version_id')
    .select(['i.id', 'i.form_id', 'i.activity_id', 'i.timing', 'i.anonymous', 'i.version_id', 'v.version', 'v.definition'])
  query = 'instanceId' in where
    ? query.where('i.id', '=', where.instanceId)
    : 'activityId' in where
      ? query.where('i.activity_id', '=', where.activityId)
      : query.where('i.form_id', '=', where.formId)
  let rows = await query.orderBy('i.created_at').execute()
  if (!rows.length) {
    fail(404, 'activityId' in where ? 'evaluation.analytics.errors.activityNotFound' : 'formId' in where ? 'evaluation.analytics.errors.formNotUsed' : 'evaluation.errors.instanceNotFound')
  }
  const { rows: managed } = await sql<{ id: string; ok: boolean }>`
    select x as id, private.can_manage_evaluation_instance(x) as ok from unnest(${rows.map(r => r.id)}::uuid[]) x`.execute(tx)
  const mine = new Set(managed.filter(m => m.ok).map(m => m.id))
  // A form's runs: those of its instances the reader manages (they may be invited to another run of it).
  if ('formId' in where) rows = rows.filter(r => mine.has(r.id))
  if (!rows.length || rows.some(r => !mine.has(r.id))) fail(403, 'evaluation.analytics.errors.notManager')
  return rows.map(r => ({
    id: r.id, formId: r.form_id, activityId: r.activity_id, timing: r.timing, anonymous: r.anonymous, versionId: r.version_id, version: r.version,
    definition: storedDefinition(r.definition),
  }))
}
