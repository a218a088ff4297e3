import type { Actor, Tx } from '../../db/as-user'
import { asService, elevated } from '../../db/as-user'
import type { Db } from '../../db/connect'
import { enqueue } from '../../jobs/queue'
import { fieldsFor, issuingTemplate, tellIssuers } from './certificates'
import { eligibleForActivity } from './sources'
import { findTemplate } from './templates'

export const CERTIFICATE_BATCH_JOB = 'certificates.batch'

export interface BatchPayload { templateId: string; activityId: string; threshold: number; requestedBy: string }

/**
 * Queues the certificates of a whole activity: a co-issuer's staff of an active template, for an activity one of its
 * co-issuers organised and that was held (checked now, so a refusal is the request's). One job; it is idempotent per holder.
 */
export async function enqueueBatch(tx: Tx, actor: Actor, input: { templateId: string; activityId: string; threshold: number }) {
  const { issuerIds } = await issuingTemplate(tx, actor, input.templateId)
  const eligible = await elevated(tx, 'certificate batch: who reached the attendance threshold', svc => eligibleForActivity(svc, input.activityId, input.threshold, issuerIds))
  const payload: BatchPayload = { ...input, requestedBy: actor.id }
  const jobId = await elevated(tx, 'certificate batch: queue the job', svc => enqueue(svc, CERTIFICATE_BATCH_JOB, { ...payload }))
  return { jobId, eligible: eligible.length }
}

/**
 * The job: a draft submitted for approval for every eligible registrant who has none yet from this template and
 * activity (the unique index makes a rerun, or a second job, add nothing). Co-issuers are told once, with the count.
 */
export async function runBatch(db: Db, payload: BatchPayload): Promise<{ created: number; skipped: number }> {
  return asService(db, 'certificate batch issuance', async (svc) => {
    const t = await findTemplate(svc, payload.templateId)
    if (t.state !== 'active') return { created: 0, skipped: 0 }
    const issuerIds = t.issuers.map(i => i.institutionId)
    const eligible = await eligibleForActivity(svc, payload.activityId, payload.threshold, issuerIds)
    let created = 0
    for (const e of eligible) {
      const row = await svc.insertInto('certificates').values({
        template_id: t.id, holder_id: e.holderId, holder_name_native: e.names.native, holder_name_latin: e.names.latin,
        fields: JSON.stringify(fieldsFor(t, e.fields)), source_kind: 'activity', source_id: payload.activityId, created_by: payload.requestedBy,
      }).onConflict(oc => oc.doNothing()).returning('id').executeTakeFirst()
      if (!row) continue
      await svc.updateTable('certificates').set({ state: 'pending', updated_at: new Date() }).where('id', '=', row.id).execute()
      created++
    }
    if (created > 0) await tellIssuers(svc, issuerIds, t.title, created, '/certificates?tab=pending')
    return { created, skipped: eligible.length - created }
  })
}
