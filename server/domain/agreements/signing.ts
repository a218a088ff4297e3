import type { Actor, Tx } from '../../db/as-user'
import { APPROVABLE_STATES, SIGNABLE_STATES } from '../../../shared/agreements/lifecycle'
import { missingTerms } from '../../../shared/agreements/required-terms'
import { fail, translated } from '../../utils/errors'
import { staffInstitutionIds } from '../memberships/memberships'
import { findVersion, lockAgreement } from './agreements'
import { applyTransition, markPredecessorRenewed } from './transitions'

type Step = { version: number; institutionId: string }

/** Common checks: the version named is the current one, and the actor acts for their own party. */
async function checkPartyStep(tx: Tx, actor: Actor, id: string, step: Step) {
  const agreement = await lockAgreement(tx, id)
  const party = await tx.selectFrom('agreement_parties').select('institution_id')
    .where('agreement_id', '=', id).where('institution_id', '=', step.institutionId).executeTakeFirst()
  if (!party) fail(422, 'agreements.errors.unknownParty')
  if (!(await staffInstitutionIds(tx, actor)).includes(step.institutionId)) fail(403, 'agreements.errors.notYourInstitution')
  if (step.version !== agreement.current_version) {
    const current = await findVersion(tx, id, agreement.current_version)
    fail(409, 'agreements.errors.staleVersion', { version: current.number }, { current })
  }
  const version = await findVersion(tx, id, agreement.current_version)
  const parties = await tx.selectFrom('agreement_parties').select('institution_id').where('agreement_id', '=', id).execute()
  return { agreement, version, partyIds: parties.map(p => p.institution_id) }
}

/** A version with a required term left empty cannot be approved or signed: 409 naming each missing term in the reader's language. */
function refuseMissingTerms(content: Parameters<typeof missingTerms>[0], partyIds: string[]) {
  const missing = missingTerms(content, partyIds)
  if (missing.length) {
    fail(409, 'agreements.errors.termsMissing', { terms: missing.map(term => translated(`agreements.fields.${term}`)).join(' · ') }, { missing })
  }
}

/** A party approves exactly one version; when every party approved it, signatures are requested. */
export async function approveVersion(tx: Tx, actor: Actor, id: string, step: Step) {
  const { agreement, version, partyIds } = await checkPartyStep(tx, actor, id, step)
  if (!APPROVABLE_STATES.includes(agreement.state)) fail(409, 'agreements.errors.notApprovable', {}, { state: agreement.state })
  refuseMissingTerms(version.content, partyIds)
  const already = await tx.selectFrom('agreement_approvals').select('id').where('agreement_id', '=', id)
    .where('version_number', '=', version.number).where('institution_id', '=', step.institutionId).executeTakeFirst()
  if (already) fail(409, 'agreements.errors.alreadyApproved')
  await tx.insertInto('agreement_approvals').values({
    agreement_id: id, version_number: version.number, institution_id: step.institutionId, content_hash: version.content_hash, voided_at: null,
  }).execute()
  const approved = await tx.selectFrom('agreement_approvals').select('institution_id').where('agreement_id', '=', id)
    .where('version_number', '=', version.number).where('voided_at', 'is', null).execute()
  const all = partyIds.every(p => approved.some(a => a.institution_id === p))
  const state = all ? await applyTransition(tx, agreement, 'request_signatures') : agreement.state
  return { state, contentHash: version.content_hash }
}

/** A party's signatory signs the version all approved; when all parties signed the same version it is active. */
export async function signVersion(tx: Tx, actor: Actor, id: string, step: Step & { signatoryName: string; fileId: string | null }) {
  const { agreement, version, partyIds } = await checkPartyStep(tx, actor, id, step)
  if (!SIGNABLE_STATES.includes(agreement.state)) fail(409, 'agreements.errors.notSignable', {}, { state: agreement.state })
  refuseMissingTerms(version.content, partyIds)
  if (step.fileId) {
    const file = await tx.selectFrom('files').select(['owner_id', 'content_type']).where('id', '=', step.fileId).executeTakeFirst()
    if (!file || file.owner_id !== actor.id) fail(422, 'agreements.errors.fileNotYours')
    if (file.content_type !== 'application/pdf') fail(415, 'agreements.errors.signedCopyNotPdf')
  }
  const already = await tx.selectFrom('agreement_signatures').select('id').where('agreement_id', '=', id)
    .where('version_number', '=', version.number).where('institution_id', '=', step.institutionId).executeTakeFirst()
  if (already) fail(409, 'agreements.errors.alreadySigned')
  await tx.insertInto('agreement_signatures').values({
    agreement_id: id, version_number: version.number, institution_id: step.institutionId, content_hash: version.content_hash,
    signatory_name: step.signatoryName, file_id: step.fileId,
  }).execute()
  const signed = await tx.selectFrom('agreement_signatures').select(['institution_id', 'content_hash'])
    .where('agreement_id', '=', id).where('version_number', '=', version.number).execute()
  const all = partyIds.every(p => signed.some(s => s.institution_id === p && s.content_hash === version.content_hash))
  const state = all ? await applyTransition(tx, agreement, 'activate') : agreement.state
  if (all) await markPredecessorRenewed(tx, agreement)
  return { state, contentHash: version.content_hash }
}
