import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'

/**
 * For analytics and exports: the reader manages the instance (its form's office, the activity's organisers, the
 * secretariat), else 404. Aggregations over many answers check this once and then read on the service path: the
 * per-row answer policy is right for a person's own reads, not for scanning 100 000 responses.
 */
export async function requireInstanceManager(tx: Tx, instanceId: string): Promise<void> {
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_evaluation_instance(${instanceId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(404, 'evaluation.errors.instanceNotFound')
}

/** Whether the reader may see a breakdown of answers for this institution: its own staff and the secretariat only. */
export async function canSeeInstitutionBreakdown(tx: Tx, institutionId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.can_see_institution_breakdown(${institutionId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}
