import type { Tx } from '../../db/as-user'

/** Newest first, in pages; RLS shows the secretariat everything and others only their own acts. */
export async function listAudit(tx: Tx, page: { limit: number; before?: number }) {
  let query = tx.selectFrom('audit_log').leftJoin('profiles', 'profiles.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'audit_log.action', 'audit_log.entity', 'audit_log.entity_id', 'audit_log.before', 'audit_log.after', 'audit_log.at', 'profiles.email as actor_email'])
    .orderBy('audit_log.id', 'desc').limit(page.limit)
  if (page.before) query = query.where('audit_log.id', '<', String(page.before))
  return query.execute()
}

/** Delivery metadata for the secretariat: which kind of mail went to whom, and when; never what it said. */
export async function listOutbox(tx: Tx, limit: number) {
  return tx.selectFrom('mail_deliveries').select(['id', 'to_email', 'locale', 'template', 'created_at', 'sent_at'])
    .orderBy('created_at', 'desc').limit(limit).execute()
}
