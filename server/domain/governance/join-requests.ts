import type { Actor, Tx } from '../../db/as-user'
import type { JoinDecision, JoinRequestInput } from '../../../shared/schemas/governance'
import type { JoinRequestStatus } from '../../../shared/governance/vocabulary'
import { fail } from '../../utils/errors'
import { isUniqueViolation } from '../../utils/database-errors'
import { notify } from '../notifications/notify'
import { isSecretariat } from '../memberships/memberships'

const REQUEST_COLUMNS = [
  'r.id', 'r.requested_by', 'r.slug', 'r.kind', 'r.country', 'r.city', 'r.name', 'r.description', 'r.motivation', 'r.website',
  'r.status', 'r.decided_at', 'r.decision_reason', 'r.institution_id', 'r.created_at',
] as const

async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  return Boolean(await tx.selectFrom('institutions').select('id').where('slug', '=', slug).executeTakeFirst())
}

/** Anyone signed in asks for their institution to join, one pending request at a time; the secretariat hears of it. */
export async function fileJoinRequest(tx: Tx, actor: Actor, input: JoinRequestInput) {
  if (await slugTaken(tx, input.slug)) fail(409, 'institutions.errors.slugTaken')
  const row = await tx.insertInto('join_requests').values({
    requested_by: actor.id, slug: input.slug, kind: input.kind, country: input.country, website: input.website,
    city: JSON.stringify(input.city), name: JSON.stringify(input.name), description: JSON.stringify(input.description),
    motivation: JSON.stringify(input.motivation), decided_by: null, decided_at: null, decision_reason: null, institution_id: null,
  }).returning(['id', 'slug', 'status', 'created_at']).executeTakeFirstOrThrow()
    // The one-pending-request-per-person index (migration 20261205020000) settles a double click.
    .catch((error: unknown) => isUniqueViolation(error, 'join_requests_one_pending_per_requester') ? fail(409, 'governance.errors.joinRequestPending') : Promise.reject(error))
  await notify(tx, { secretariat: true }, {
    kind: 'governance.joinRequested', params: { name: input.name }, link: '/admin/join-requests',
  })
  return row
}

/** The secretariat sees every request; anyone else only their own (join_requests_select). */
export async function listJoinRequests(tx: Tx, status: JoinRequestStatus | 'all') {
  let query = tx.selectFrom('join_requests as r').leftJoin('profiles as p', 'p.id', 'r.requested_by')
    .select([...REQUEST_COLUMNS, 'p.display_name as requester_name', 'p.email as requester_email'])
    .orderBy('r.created_at', 'desc').limit(500)
  if (status !== 'all') query = query.where('r.status', '=', status)
  return query.execute()
}

/**
 * Approving makes the institution a member from today, with the requester as its partner staff;
 * rejecting gives the reason. A request is decided once: the second decision is 409.
 */
export async function decideJoinRequest(tx: Tx, actor: Actor, id: string, decision: JoinDecision) {
  const visible = await tx.selectFrom('join_requests').select('id').where('id', '=', id).executeTakeFirst()
  if (!visible) fail(404, 'errors.notFound')
  if (!await isSecretariat(tx)) fail(403, 'errors.forbidden')
  const request = await tx.selectFrom('join_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow()
  if (request.status !== 'pending') fail(409, 'governance.errors.alreadyDecided')
  const decided = { decided_by: actor.id, decided_at: new Date() }

  if (decision.decision === 'reject') {
    await tx.updateTable('join_requests').set({ ...decided, status: 'rejected', decision_reason: decision.reason ?? null }).where('id', '=', id).execute()
    await notify(tx, { users: [request.requested_by] }, {
      kind: 'governance.joinRejected', params: { name: request.name, reason: decision.reason ?? '' }, link: '/join',
    })
    return { status: 'rejected' as const, institution: null }
  }

  if (await slugTaken(tx, request.slug)) fail(409, 'institutions.errors.slugTaken')
  const institution = await tx.insertInto('institutions').values({
    slug: request.slug, kind: request.kind, country: request.country, website: request.website, logo_file_id: null,
    city: JSON.stringify(request.city), name: JSON.stringify(request.name), description: JSON.stringify(request.description),
    // member_since defaults to the database's current_date, the same "today" that terms of office are read against.
    membership_status: 'member', member_until: null,
  }).returning(['id', 'slug', 'name', 'membership_status', 'member_since']).executeTakeFirstOrThrow()
  await tx.insertInto('memberships').values({ user_id: request.requested_by, institution_id: institution.id, role: 'partner_staff' }).execute()
  await tx.updateTable('join_requests').set({ ...decided, status: 'approved', institution_id: institution.id, decision_reason: decision.reason ?? null })
    .where('id', '=', id).execute()
  await notify(tx, { users: [request.requested_by] }, {
    kind: 'governance.joinApproved', params: { name: request.name }, link: `/institutions/${institution.slug}`,
  })
  return { status: 'approved' as const, institution }
}
