import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { InstitutionStanding } from '../../../shared/schemas/governance'
import { fail } from '../../utils/errors'
import { isSecretariat } from '../memberships/memberships'

/** Only the secretariat changes whether an institution is a member, suspended or has left. */
export async function setStanding(tx: Tx, institutionId: string, standing: InstitutionStanding) {
  const current = await tx.selectFrom('institutions').select(['id', 'member_since']).where('id', '=', institutionId).executeTakeFirst()
  if (!current) fail(404, 'errors.notFound')
  if (!await isSecretariat(tx)) fail(403, 'errors.forbidden')
  if (standing.memberUntil && standing.memberUntil < current.member_since) fail(422, 'governance.errors.untilBeforeSince')
  return tx.updateTable('institutions').set({ membership_status: standing.membershipStatus, member_until: standing.memberUntil, updated_at: sql`now()` })
    .where('id', '=', institutionId).returning(['id', 'slug', 'membership_status', 'member_since', 'member_until']).executeTakeFirstOrThrow()
}
