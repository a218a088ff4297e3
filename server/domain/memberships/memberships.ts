import { sql } from 'kysely'
import type { Actor, Tx } from '../../db/as-user'
import type { MemberRole } from '../../../shared/roles'
import { STAFF_ROLES } from '../../../shared/roles'
import { anyContains } from '../../db/search'
import { fail } from '../../utils/errors'

/** People with their memberships, for the secretariat's admin page (RLS shows others nothing). */
export async function listPeople(tx: Tx, q?: string) {
  let query = tx.selectFrom('profiles').select(['id', 'email', 'display_name', 'preferred_locale', 'created_at'])
    .orderBy('created_at', 'desc').limit(200)
  if (q) {
    query = query.where(anyContains([sql.ref('email'), sql.ref('display_name')], q))
  }
  const people = await query.execute()
  const memberships = people.length
    ? await tx.selectFrom('memberships').innerJoin('institutions', 'institutions.id', 'memberships.institution_id')
        .select(['memberships.id', 'memberships.user_id', 'memberships.role', 'institutions.slug', 'institutions.name'])
        .where('memberships.user_id', 'in', people.map(p => p.id)).execute()
    : []
  return people.map(p => ({ ...p, memberships: memberships.filter(m => m.user_id === p.id) }))
}

export async function addMembership(tx: Tx, input: { userId: string; institutionId: string; role: MemberRole }) {
  const existing = await tx.selectFrom('memberships').select('id')
    .where('user_id', '=', input.userId).where('institution_id', '=', input.institutionId).where('role', '=', input.role).executeTakeFirst()
  if (existing) fail(409, 'admin.errors.membershipExists')
  const person = await tx.selectFrom('profiles').select('id').where('id', '=', input.userId).executeTakeFirst()
  const institution = await tx.selectFrom('institutions').select('id').where('id', '=', input.institutionId).executeTakeFirst()
  if (!person || !institution) fail(404, 'errors.notFound')
  const row = await tx.insertInto('memberships').values({ user_id: input.userId, institution_id: input.institutionId, role: input.role })
    .returning(['id', 'user_id', 'institution_id', 'role']).executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row
}

export async function removeMembership(tx: Tx, id: string) {
  const row = await tx.deleteFrom('memberships').where('id', '=', id).returning('id').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
}

/**
 * Whether the person the transaction acts for holds the secretariat role. The database's
 * private.is_secretariat() decides, the same rule its policies apply.
 */
export async function isSecretariat(tx: Tx): Promise<boolean> {
  const { rows } = await sql<{ yes: boolean }>`select private.is_secretariat() as yes`.execute(tx)
  return Boolean(rows[0]?.yes)
}

/** The institutions where the actor is staff (partner or office): the offices they act for. */
export async function staffInstitutionIds(tx: Tx, actor: Actor): Promise<string[]> {
  const rows = await tx.selectFrom('memberships').select('institution_id').distinct()
    .where('user_id', '=', actor.id).where('role', 'in', STAFF_ROLES).execute()
  return rows.map(r => r.institution_id)
}
