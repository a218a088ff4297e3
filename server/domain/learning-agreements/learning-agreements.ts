import type { Actor, Tx } from '../../db/as-user'
import {
  LA_DRAFTING_PARTIES, LA_OPEN_APPLICATION_STATES, LA_OPEN_STATES, LA_TRANSITIONS, type LearningAgreementParty,
} from '../../../shared/learning-agreements/lifecycle'
import { fail } from '../../utils/errors'
import { staffInstitutionIds } from '../memberships/memberships'
import { displayNames } from '../profiles/profiles'
import { draftingPrecedents } from '../recognition/precedents'

export const LA_COLUMNS = ['id', 'application_id', 'student_id', 'sending_institution_id', 'receiving_institution_id', 'created_at', 'home_programme'] as const
export const VERSION_COLUMNS = ['id', 'number', 'state', 'revision', 'content_hash', 'created_by', 'created_at', 'proposed_by', 'proposed_at',
  'rejected_by', 'rejected_at', 'rejection_comment', 'signed_at'] as const

type LaRow = { student_id: string; sending_institution_id: string; receiving_institution_id: string }

/** The parties the actor is for this learning agreement (staff applying from their own office are two). */
export async function partiesOf(tx: Tx, actor: Actor, la: LaRow): Promise<LearningAgreementParty[]> {
  return partiesAmong(actor, await staffInstitutionIds(tx, actor), la)
}

/** The same, with the institutions the actor is staff at already known. */
function partiesAmong(actor: Actor, staffAt: string[], la: LaRow): LearningAgreementParty[] {
  const parties: LearningAgreementParty[] = []
  if (la.student_id === actor.id) parties.push('student')
  if (staffAt.includes(la.sending_institution_id)) parties.push('sending')
  if (staffAt.includes(la.receiving_institution_id)) parties.push('receiving')
  return parties
}

export async function findLearningAgreement(tx: Tx, id: string) {
  const row = await tx.selectFrom('learning_agreements').select(LA_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  return row
}

async function applicationState(tx: Tx, applicationId: string) {
  const app = await tx.selectFrom('applications').select(['state']).where('id', '=', applicationId).executeTakeFirst()
  return app?.state ?? null
}

export async function componentsOf(tx: Tx, versionIds: string[]) {
  if (!versionIds.length) return []
  return tx.selectFrom('learning_agreement_components')
    .select(['version_id', 'side', 'position', 'code', 'title', 'credits', 'credit_label', 'term', 'recognition_group', 'course_unit_id'])
    .where('version_id', 'in', versionIds).orderBy('side').orderBy('position').execute()
}

async function signaturesOf(tx: Tx, versionIds: string[]) {
  if (!versionIds.length) return []
  return tx.selectFrom('learning_agreement_signatures').select(['version_id', 'party', 'content_hash', 'signed_by', 'signed_at'])
    .where('version_id', 'in', versionIds).orderBy('signed_at').execute()
}

/** The parties of an application, in the shape of a learning agreement's. */
export function applicationParties(app: { applicant_id: string; home_institution_id: string; host_institution_id: string }) {
  return { student_id: app.applicant_id, sending_institution_id: app.home_institution_id, receiving_institution_id: app.host_institution_id }
}

/** The whole learning agreement as its parties read it: every version with its lines and signatures, and what the actor may do. */
export async function getLearningAgreement(tx: Tx, actor: Actor, id: string) {
  const la = await findLearningAgreement(tx, id)
  const versions = await tx.selectFrom('learning_agreement_versions').select(VERSION_COLUMNS)
    .where('learning_agreement_id', '=', id).orderBy('number', 'desc').execute()
  const ids = versions.map(v => v.id)
  const [components, signatures, institutions, appState, parties] = await Promise.all([
    componentsOf(tx, ids),
    signaturesOf(tx, ids),
    tx.selectFrom('institutions').select(['id', 'slug', 'name']).where('id', 'in', [la.sending_institution_id, la.receiving_institution_id]).execute(),
    applicationState(tx, la.application_id),
    partiesOf(tx, actor, la),
  ])
  // The three parties read each other's names on what they sign, though profiles are otherwise private.
  const people = [la.student_id, ...signatures.map(s => s.signed_by), ...versions.flatMap(v => [v.created_by, v.proposed_by, v.rejected_by])]
  const names = await displayNames(tx, people.filter((x): x is string => Boolean(x)), 'learning agreement: names of its parties and signers')
  const open = versions.find(v => LA_OPEN_STATES.includes(v.state)) ?? null
  const latest = versions[0] ?? null
  const mayDraft = parties.some(p => LA_DRAFTING_PARTIES.includes(p)) && LA_OPEN_APPLICATION_STATES.some(s => s === appState)
  const signedBy = (versionId: string) => signatures.filter(s => s.version_id === versionId).map(s => s.party)
  // The drafters (student, sending office) are offered the sending institution's earlier decisions on each host course
  // of the latest version; the receiving office is not (they are the home institution's recognition practice).
  const hostLines = latest ? components.filter(c => c.version_id === latest.id && c.side === 'host') : []
  const precedents = parties.some(p => LA_DRAFTING_PARTIES.includes(p)) ? await draftingPrecedents(tx, la, hostLines) : {}
  return {
    ...la,
    student_name: names.get(la.student_id) ?? null,
    sending: institutions.find(i => i.id === la.sending_institution_id) ?? null,
    receiving: institutions.find(i => i.id === la.receiving_institution_id) ?? null,
    application_state: appState,
    versions: versions.map(v => ({
      ...v,
      created_by_name: names.get(v.created_by) ?? null,
      proposed_by_name: v.proposed_by ? names.get(v.proposed_by) ?? null : null,
      rejected_by_name: v.rejected_by ? names.get(v.rejected_by) ?? null : null,
      components: components.filter(c => c.version_id === v.id).map(({ version_id: _v, ...c }) => c),
      signatures: signatures.filter(s => s.version_id === v.id).map(({ version_id: _v, ...s }) => ({ ...s, signed_by_name: names.get(s.signed_by) ?? null })),
    })),
    precedents,
    permissions: {
      parties,
      edit_draft: mayDraft && open?.state === 'draft',
      propose: mayDraft && open?.state === 'draft' ? parties.filter(p => LA_TRANSITIONS.some(t => t.action === 'propose' && t.by.includes(p))) : [],
      sign_as: open?.state === 'proposed' ? parties.filter(p => !signedBy(open.id).includes(p)) : [],
      reject_as: open?.state === 'proposed' ? parties : [],
      new_version: mayDraft && !open && latest !== null,
    },
  }
}

/** The learning agreement of an application (or null), for the application's pages; whether the actor may start one. */
export async function learningAgreementForApplication(tx: Tx, actor: Actor, applicationId: string) {
  const app = await tx.selectFrom('applications').select(['id', 'applicant_id', 'home_institution_id', 'host_institution_id', 'state', 'call_id'])
    .where('id', '=', applicationId).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  const la = await tx.selectFrom('learning_agreements').select('id').where('application_id', '=', applicationId).executeTakeFirst()
  if (la) return { application_id: applicationId, learning_agreement: await getLearningAgreement(tx, actor, la.id), can_create: false }
  const parties = await partiesOf(tx, actor, applicationParties(app))
  const canCreate = parties.some(p => LA_DRAFTING_PARTIES.includes(p)) && LA_OPEN_APPLICATION_STATES.some(s => s === app.state)
  return { application_id: applicationId, learning_agreement: null, can_create: canCreate }
}

/** The learning agreements the actor is a party to, newest first. */
export async function listLearningAgreements(tx: Tx) {
  return tx.selectFrom('learning_agreements as l').innerJoin('applications as a', 'a.id', 'l.application_id')
    .innerJoin('calls as c', 'c.id', 'a.call_id')
    .select(['l.id', 'l.application_id', 'l.student_id', 'l.sending_institution_id', 'l.receiving_institution_id', 'l.created_at', 'c.title as call_title'])
    .orderBy('l.created_at', 'desc').limit(500).execute()
}

/**
 * Proposed versions the actor still has to sign, as one of its parties (the dashboard's list), the longest waiting
 * first: each with the parties the actor has yet to sign as.
 */
export async function awaitingSignature(tx: Tx, actor: Actor, staffAt: string[]) {
  const rows = await tx.selectFrom('learning_agreements as l')
    .innerJoin('learning_agreement_versions as v', 'v.learning_agreement_id', 'l.id')
    .innerJoin('applications as a', 'a.id', 'l.application_id')
    .innerJoin('calls as c', 'c.id', 'a.call_id')
    .select(['l.id', 'l.application_id', 'l.student_id', 'l.sending_institution_id', 'l.receiving_institution_id',
      'v.id as version_id', 'v.number as version', 'c.title as call_title'])
    .where('v.state', '=', 'proposed')
    .where(eb => eb.or([
      eb('l.student_id', '=', actor.id),
      ...(staffAt.length ? [eb('l.sending_institution_id', 'in', staffAt), eb('l.receiving_institution_id', 'in', staffAt)] : []),
    ]))
    .orderBy('v.proposed_at', 'asc').limit(50).execute()
  const signatures = await signaturesOf(tx, rows.map(r => r.version_id))
  const waiting = rows.map(r => ({
    ...r,
    parties: partiesAmong(actor, staffAt, r).filter(p => !signatures.some(s => s.version_id === r.version_id && s.party === p)),
  })).filter(r => r.parties.length > 0)
  const names = await displayNames(tx, waiting.map(r => r.student_id), 'dashboard: the students of learning agreements to sign')
  return waiting.map(({ version_id: _v, ...r }) => ({ ...r, student_name: names.get(r.student_id) ?? null }))
}
