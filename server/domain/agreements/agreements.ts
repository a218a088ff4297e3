import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { AgreementContent, VersionedContent } from '../../../shared/agreements/vocabulary'
import type { AgreementCreate, AgreementEdit, AgreementFilter } from '../../../shared/schemas/agreements'
import { APPROVABLE_STATES, EDITABLE_STATES, IN_FORCE_STATES, partyActions, SIGNABLE_STATES } from '../../../shared/agreements/lifecycle'
import { COMMUNITY_TIME_ZONE, todayIn } from '../../../shared/dates'
import { anyContains } from '../../db/search'
import { fail } from '../../utils/errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { displayNames } from '../profiles/profiles'
import { compareContent, contentHash } from './content'

export const AGREEMENT_COLUMNS = [
  'id', 'kind', 'state', 'title', 'current_version', 'starts_on', 'ends_on', 'auto_renew', 'renewed_from',
  'state_reason', 'state_changed_at', 'created_at', 'updated_at',
] as const

export async function partiesOf(tx: Tx, agreementIds: string[]) {
  if (agreementIds.length === 0) return []
  return tx.selectFrom('agreement_parties as p').innerJoin('institutions as i', 'i.id', 'p.institution_id')
    .leftJoin('profiles as c', 'c.id', 'p.contact_user_id')
    .select(['p.agreement_id', 'p.institution_id', 'p.signatory_name', 'p.signatory_title', 'p.contact_user_id',
      'c.display_name as contact_name', 'i.slug', 'i.name', 'i.kind', 'i.country'])
    .where('p.agreement_id', 'in', agreementIds).orderBy('i.slug').execute()
}

/** Agreements the actor may see (RLS decides), newest first, each with its parties. */
export async function listAgreements(tx: Tx, filter: AgreementFilter) {
  let query = tx.selectFrom('agreements').select(AGREEMENT_COLUMNS).orderBy('updated_at', 'desc').limit(500)
  if (filter.state === 'in_force') query = query.where('state', 'in', IN_FORCE_STATES)
  else if (filter.state) query = query.where('state', '=', filter.state)
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  if (filter.institutionId) {
    const institutionId = filter.institutionId
    query = query.where(eb => eb.exists(eb.selectFrom('agreement_parties').select('institution_id')
      .whereRef('agreement_parties.agreement_id', '=', 'agreements.id').where('institution_id', '=', institutionId)))
  }
  if (filter.q) {
    query = query.where(anyContains([sql`title::text`], filter.q))
  }
  const agreements = await query.execute()
  const parties = await partiesOf(tx, agreements.map(a => a.id))
  return agreements.map(a => ({ ...a, parties: parties.filter(p => p.agreement_id === a.id) }))
}

export async function findAgreement(tx: Tx, id: string) {
  const row = await tx.selectFrom('agreements').select(AGREEMENT_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

/** Locks the agreement for a change; visible but not the actor's to change is 403. */
export async function lockAgreement(tx: Tx, id: string) {
  await findAgreement(tx, id)
  const row = await tx.selectFrom('agreements').select(AGREEMENT_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  return row
}

export async function findVersion(tx: Tx, agreementId: string, number: number) {
  const row = await tx.selectFrom('agreement_versions').select(['number', 'content', 'content_hash', 'created_by', 'created_at'])
    .where('agreement_id', '=', agreementId).where('number', '=', number).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

/** The agreement page: its parties, current version, approvals and signatures, and what the actor may do. */
export async function getAgreement(tx: Tx, id: string, actor: Actor | null) {
  const agreement = await findAgreement(tx, id)
  const parties = await partiesOf(tx, [id])
  const version = await tx.selectFrom('agreement_versions').select(['number', 'content', 'content_hash', 'created_at'])
    .where('agreement_id', '=', id).where('number', '=', agreement.current_version).executeTakeFirst()
  const approvals = await tx.selectFrom('agreement_approvals as a').leftJoin('profiles as p', 'p.id', 'a.approved_by')
    .select(['a.institution_id', 'a.version_number', 'a.content_hash', 'a.approved_at', 'a.voided_at', 'p.display_name as approved_by_name'])
    .where('a.agreement_id', '=', id).orderBy('a.approved_at').execute()
  const signatures = await tx.selectFrom('agreement_signatures as s').leftJoin('profiles as p', 'p.id', 's.signed_by')
    .select(['s.institution_id', 's.version_number', 's.content_hash', 's.signatory_name', 's.signed_at', 's.file_id', 'p.display_name as signed_by_name'])
    .where('s.agreement_id', '=', id).orderBy('s.signed_at').execute()

  const mine = actor ? await staffInstitutionIds(tx, actor) : []
  const secretariat = await isSecretariat(tx)
  const myParties = parties.filter(p => mine.includes(p.institution_id)).map(p => p.institution_id)
  const canManage = secretariat || myParties.length > 0
  // Parties' staff work with each other's contact persons, whose profiles RLS otherwise hides from them.
  const hidden = parties.filter(p => p.contact_user_id && !p.contact_name).map(p => p.contact_user_id!)
  if (canManage && hidden.length) {
    const names = await displayNames(tx, hidden, 'contact persons of co-parties')
    for (const p of parties) p.contact_name ??= names.get(p.contact_user_id!) ?? null
  }
  const current = agreement.current_version
  const approvedNow = approvals.filter(a => a.version_number === current && !a.voided_at).map(a => a.institution_id)
  const signedNow = signatures.filter(s => s.version_number === current).map(s => s.institution_id)
  return {
    ...agreement,
    parties,
    version: version ?? null,
    approvals,
    signatures,
    permissions: {
      can_manage: canManage,
      can_edit: canManage && EDITABLE_STATES.includes(agreement.state),
      approve_for: APPROVABLE_STATES.includes(agreement.state) ? myParties.filter(p => !approvedNow.includes(p)) : [],
      sign_for: SIGNABLE_STATES.includes(agreement.state) ? myParties.filter(p => !signedNow.includes(p)) : [],
      actions: canManage ? partyActions(agreement.state, agreement.ends_on, todayIn(COMMUNITY_TIME_ZONE)) : [],
    },
  }
}

/** Every institution the content names must be a party of the agreement. */
function checkContentParties(content: AgreementContent, partyIds: string[]) {
  const named = [
    ...content.parties.map(p => p.institutionId),
    ...content.conditions.flatMap(c => [c.sendingInstitutionId, c.receivingInstitutionId]),
  ]
  if (named.some(id => !partyIds.includes(id))) fail(422, 'agreements.errors.unknownParty')
  if (new Set(content.conditions.map(c => c.id)).size !== content.conditions.length) fail(422, 'agreements.errors.duplicateCondition')
}

/**
 * Versions, the agreement's copies of the current one and voided approvals are written by the service
 * only (the database refuses them to people): callers check who may edit first.
 */
export async function insertVersion(tx: Tx, agreementId: string, number: number, versioned: VersionedContent, createdBy: string) {
  const hash = contentHash(versioned)
  await elevated(tx, 'write an agreement version', svc => svc.insertInto('agreement_versions').values({
    agreement_id: agreementId, number, content: JSON.stringify(versioned), content_hash: hash, created_by: createdBy,
  }).execute())
  return hash
}

/** Approvals given so far no longer hold (the terms changed, or the parties went back to the table). */
export async function voidApprovals(tx: Tx, agreementId: string) {
  await elevated(tx, 'void approvals of changed terms', svc => svc.updateTable('agreement_approvals').set({ voided_at: new Date() })
    .where('agreement_id', '=', agreementId).where('voided_at', 'is', null).execute())
}

/** The parties' staff and the secretariat manage an agreement (the rule of private.can_manage_agreement). */
export async function canManageAgreement(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await sql<{ yes: boolean }>`select private.can_manage_agreement(${id}::uuid) as yes`.execute(tx)
  return Boolean(rows[0]?.yes)
}

/** A party's contact person belongs to that party's institution (the database holds the same rule). */
async function checkContacts(tx: Tx, parties: { institutionId: string; contactUserId: string | null }[]) {
  const named = parties.filter(p => p.contactUserId)
  if (!named.length) return
  const members = await elevated(tx, 'check contact persons belong to their party', svc => svc.selectFrom('memberships')
    .select(['user_id', 'institution_id']).where('user_id', 'in', named.map(p => p.contactUserId!)).execute())
  if (named.some(p => !members.some(m => m.user_id === p.contactUserId && m.institution_id === p.institutionId))) {
    fail(422, 'agreements.errors.contactNotMember')
  }
}

export async function createAgreement(tx: Tx, actor: Actor, input: AgreementCreate): Promise<string> {
  const mine = await staffInstitutionIds(tx, actor)
  const partyIds = input.parties.map(p => p.institutionId)
  if (!partyIds.some(id => mine.includes(id)) && !(await isSecretariat(tx))) fail(403, 'agreements.errors.notAParty')
  const known = await tx.selectFrom('institutions').select('id').where('id', 'in', partyIds).execute()
  if (known.length !== partyIds.length) fail(422, 'agreements.errors.unknownInstitution')
  checkContentParties(input.content, partyIds)
  await checkContacts(tx, input.parties)

  const row = await tx.insertInto('agreements').values({
    kind: input.kind, title: JSON.stringify(input.title), created_by: actor.id,
    starts_on: input.content.startsOn, ends_on: input.content.endsOn, auto_renew: input.content.autoRenew, renewed_from: null, state_reason: null,
  }).returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('agreement_parties').values(input.parties.map(p => ({
    agreement_id: row.id, institution_id: p.institutionId, signatory_name: p.signatoryName,
    signatory_title: JSON.stringify(p.signatoryTitle), contact_user_id: p.contactUserId,
  }))).execute()
  await insertVersion(tx, row.id, 1, { title: input.title, ...input.content }, actor.id)
  return row.id
}

/**
 * A new version of the terms. The editor names the version they started from; if another edit came
 * first, nothing is written and the reply is 409 with the current version, so no edit is ever lost.
 * Approvals of earlier versions are voided: a party approves exactly what it read.
 */
export async function editAgreement(tx: Tx, actor: Actor, id: string, edit: AgreementEdit) {
  const agreement = await lockAgreement(tx, id)
  if (!(await canManageAgreement(tx, id))) fail(403, 'errors.forbidden')
  if (!EDITABLE_STATES.includes(agreement.state)) fail(409, 'agreements.errors.notEditable', {}, { state: agreement.state })
  if (edit.baseVersion !== agreement.current_version) {
    const current = await findVersion(tx, id, agreement.current_version)
    fail(409, 'agreements.errors.staleVersion', { version: current.number }, { current })
  }
  const parties = await tx.selectFrom('agreement_parties').select('institution_id').where('agreement_id', '=', id).execute()
  checkContentParties(edit.content, parties.map(p => p.institution_id))
  const title = edit.title ?? agreement.title
  const number = agreement.current_version + 1
  await insertVersion(tx, id, number, { title, ...edit.content }, actor.id)
  await voidApprovals(tx, id)
  await elevated(tx, 'agreement follows its new version', svc => svc.updateTable('agreements').set({
    current_version: number, title: JSON.stringify(title), starts_on: edit.content.startsOn, ends_on: edit.content.endsOn,
    auto_renew: edit.content.autoRenew, updated_at: new Date(),
  }).where('id', '=', id).execute())
  return { version: number }
}

/**
 * The versions with who saved each: a party's staff may not read the other parties' profiles (RLS), but
 * whoever reads the agreement reads the names of the people who wrote its versions.
 */
export async function listVersions(tx: Tx, id: string) {
  await findAgreement(tx, id)
  const rows = await tx.selectFrom('agreement_versions').select(['number', 'content_hash', 'created_at', 'created_by'])
    .where('agreement_id', '=', id).orderBy('number', 'desc').execute()
  const names = await displayNames(tx, rows.flatMap(r => (r.created_by ? [r.created_by] : [])), 'agreement versions: who saved them')
  return rows.map(({ created_by, ...r }) => ({ ...r, created_by_name: (created_by && names.get(created_by)) || null }))
}

/** What changed between two versions, with the conditions of both so a change names its condition, not its id. */
export async function compareVersions(tx: Tx, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([findVersion(tx, id, from), findVersion(tx, id, to)])
  const conditions = Object.fromEntries([...a.content.conditions, ...b.content.conditions]
    .map(c => [c.id, { type: c.type, sending_institution_id: c.sendingInstitutionId, receiving_institution_id: c.receivingInstitutionId }]))
  return { from, to, changes: compareContent(a.content, b.content), conditions }
}

/** Public partner pages: an institution's active agreements, titles and partners only. */
export async function activeAgreementsOf(tx: Tx, institutionId: string) {
  const rows = await tx.selectFrom('agreements as a').innerJoin('agreement_parties as p', 'p.agreement_id', 'a.id')
    .select(['a.id', 'a.kind', 'a.title', 'a.starts_on', 'a.ends_on'])
    .where('p.institution_id', '=', institutionId).where('a.state', 'in', IN_FORCE_STATES)
    .orderBy('a.starts_on', 'desc').execute()
  const parties = await partiesOf(tx, rows.map(r => r.id))
  return rows.map(r => ({
    ...r,
    partners: parties.filter(p => p.agreement_id === r.id && p.institution_id !== institutionId)
      .map(p => ({ slug: p.slug, name: p.name, kind: p.kind, country: p.country })),
  }))
}
