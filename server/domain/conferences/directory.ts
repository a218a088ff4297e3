import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import type { MemberRole } from '../../../shared/roles'

/**
 * The community's teacher and expert directory: people who teach or review at a member institution (not suspended, not
 * left), not erased. Profiles are not readable across institutions, so it is read elevated, and only what a directory
 * shows leaves it: name, institution, its country, the role there and the person's language. Never an email.
 */
export const DIRECTORY_ROLES = ['teacher', 'reviewer'] as const satisfies readonly MemberRole[]

/** People of the directory by name (a part of it), or by their whole email address (matched, never returned); 20 at most. */
export async function searchDirectory(tx: Tx, reason: string, q: string) {
  const term = q.trim()
  const byEmail = term.includes('@')
  const pattern = `%${term.replace(/[\\%_]/g, m => `\\${m}`)}%`
  return elevated(tx, reason, svc => svc.selectFrom('memberships as m')
    .innerJoin('profiles as p', 'p.id', 'm.user_id').innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['p.id', 'p.display_name', 'i.id as institution_id', 'i.name as institution_name', 'i.country', 'm.role',
      'p.preferred_locale as locale'])
    .where('m.role', 'in', DIRECTORY_ROLES).where('i.membership_status', '=', 'member').where('p.erased_at', 'is', null)
    .$if(byEmail, qb => qb.where(sql<string>`lower(p.email)`, '=', term.toLowerCase()))
    .$if(!byEmail, qb => qb.where('p.display_name', 'ilike', pattern))
    .orderBy('p.display_name').orderBy('i.id').limit(20).execute())
}

/** Whether the person is in the directory (at this institution, when one is named). */
export async function inDirectory(tx: Tx, personId: string, institutionId: string | null): Promise<boolean> {
  const row = await elevated(tx, 'check a person is in the directory', svc => svc.selectFrom('memberships as m')
    .innerJoin('profiles as p', 'p.id', 'm.user_id').innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select('m.user_id').where('m.user_id', '=', personId)
    .where('m.role', 'in', DIRECTORY_ROLES).where('i.membership_status', '=', 'member').where('p.erased_at', 'is', null)
    .$if(institutionId !== null, qb => qb.where('m.institution_id', '=', institutionId!))
    .executeTakeFirst())
  return Boolean(row)
}
