import { sql, type RawBuilder } from 'kysely'
import type { Tx } from '../../db/as-user'
import type { BodyInput, BodyMemberInput } from '../../../shared/schemas/governance'
import { fail } from '../../utils/errors'
import { isSecretariat } from '../memberships/memberships'
import { displayNames } from '../profiles/profiles'

const BODY_COLUMNS = ['id', 'kind', 'name', 'mandate', 'created_at'] as const
export const MEETING_SUMMARY_COLUMNS = ['id', 'body_id', 'title', 'starts_at', 'time_zone', 'duration_minutes', 'location'] as const

/** A term that has begun and not ended: the rule of private.is_body_member. */
function inTerm(alias: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${alias}.term_start`)} <= current_date and (${sql.ref(`${alias}.term_end`)} is null or ${sql.ref(`${alias}.term_end`)} >= current_date))`
}

/** Current members of the body and the secretariat may schedule its meetings (meetings_insert). */
export async function maySchedule(tx: Tx, bodyId: string): Promise<boolean> {
  const { rows } = await sql<{ yes: boolean }>`select (private.is_body_member(${bodyId}::uuid) or private.is_secretariat()) as yes`.execute(tx)
  return Boolean(rows[0]?.yes)
}

/** Bodies with how many people sit on them now (a person with two seats counts once); RLS shows them to community members only. */
export async function listBodies(tx: Tx) {
  const rows = await tx.selectFrom('governance_bodies as b').select(['b.id', 'b.kind', 'b.name', 'b.mandate', 'b.created_at'])
    .select(eb => eb.selectFrom('body_members as m').whereRef('m.body_id', '=', 'b.id').where(inTerm('m'))
      .select(inner => inner.fn.count<string>('m.user_id').distinct().as('n')).as('member_count'))
    .orderBy('b.kind').orderBy('b.created_at').execute()
  return rows.map(r => ({ ...r, member_count: Number(r.member_count ?? 0) }))
}

export async function findBody(tx: Tx, id: string) {
  const body = await tx.selectFrom('governance_bodies').select(BODY_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!body) fail(404, 'errors.notFound')
  return body
}

/** The people who sit on the body today, e.g. to tell them about a meeting. */
export async function currentMemberIds(tx: Tx, bodyId: string): Promise<string[]> {
  const rows = await tx.selectFrom('body_members as m').select('m.user_id').distinct().where('m.body_id', '=', bodyId).where(inTerm('m')).execute()
  return rows.map(r => r.user_id)
}

/** Members whose term has not ended (current and about to start), with their name and institution. */
export async function bodyMembers(tx: Tx, bodyId: string) {
  const rows = await tx.selectFrom('body_members as m').innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['m.id', 'm.user_id', 'm.institution_id', 'm.position', 'm.term_start', 'm.term_end', 'i.name as institution_name', 'i.slug as institution_slug'])
    .where('m.body_id', '=', bodyId).where(sql<boolean>`(m.term_end is null or m.term_end >= current_date)`)
    .orderBy('m.term_start').orderBy('m.created_at').execute()
  const names = await displayNames(tx, rows.map(r => r.user_id), 'names of body members')
  return rows.map(r => ({ ...r, display_name: names.get(r.user_id) ?? '' }))
}

/** The body page: members, the meetings the actor may see, and what the actor may do. */
export async function getBody(tx: Tx, id: string) {
  const body = await findBody(tx, id)
  // One after another: bodyMembers briefly elevates the transaction's role, which no concurrent query may share.
  const members = await bodyMembers(tx, id)
  const meetings = await tx.selectFrom('meetings').select(MEETING_SUMMARY_COLUMNS).where('body_id', '=', id)
    .orderBy('starts_at', 'desc').limit(200).execute()
  const canSchedule = await maySchedule(tx, id)
  const secretariat = await isSecretariat(tx)
  return { ...body, members, meetings, permissions: { can_schedule: canSchedule, can_manage_members: secretariat } }
}

export async function createBody(tx: Tx, input: BodyInput) {
  if (!await isSecretariat(tx)) fail(403, 'errors.forbidden')
  return tx.insertInto('governance_bodies').values({ kind: input.kind, name: JSON.stringify(input.name), mandate: JSON.stringify(input.mandate) })
    .returning(BODY_COLUMNS).executeTakeFirstOrThrow()
}

/** A person sits on a body for an institution they belong to. */
export async function addBodyMember(tx: Tx, bodyId: string, input: BodyMemberInput) {
  await findBody(tx, bodyId)
  if (!await isSecretariat(tx)) fail(403, 'errors.forbidden')
  const membership = await tx.selectFrom('memberships').select('id')
    .where('user_id', '=', input.userId).where('institution_id', '=', input.institutionId).executeTakeFirst()
  if (!membership) fail(422, 'governance.errors.notAtInstitution')
  return tx.insertInto('body_members').values({
    body_id: bodyId, user_id: input.userId, institution_id: input.institutionId, position: JSON.stringify(input.position),
    term_start: input.termStart, term_end: input.termEnd,
  }).returning(['id', 'body_id', 'user_id', 'institution_id', 'position', 'term_start', 'term_end']).executeTakeFirstOrThrow()
}

export async function removeBodyMember(tx: Tx, memberId: string) {
  const row = await tx.deleteFrom('body_members').where('id', '=', memberId).returning('id').executeTakeFirst()
  if (row) return
  const visible = await tx.selectFrom('body_members').select('id').where('id', '=', memberId).executeTakeFirst()
  fail(visible ? 403 : 404, visible ? 'errors.forbidden' : 'errors.notFound')
}
