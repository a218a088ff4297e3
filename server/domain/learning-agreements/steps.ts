import type { Actor, Tx } from '../../db/as-user'
import { LA_DRAFTING_PARTIES, LA_OPEN_APPLICATION_STATES, LA_OPEN_STATES, laTransition, type LearningAgreementParty } from '../../../shared/learning-agreements/lifecycle'
import type { DraftEdit } from '../../../shared/schemas/learning-agreements'
import { fail } from '../../utils/errors'
import { applicationParties, componentsOf, findLearningAgreement, partiesOf, VERSION_COLUMNS } from './learning-agreements'
import { tellParties } from './notices'

type La = Awaited<ReturnType<typeof findLearningAgreement>>

async function requireDrafter(tx: Tx, actor: Actor, la: La) {
  const parties = await partiesOf(tx, actor, la)
  if (!parties.some(p => LA_DRAFTING_PARTIES.includes(p))) fail(403, 'learningAgreements.errors.notDrafter')
  const app = await tx.selectFrom('applications').select('state').where('id', '=', la.application_id).executeTakeFirst()
  if (!app || !LA_OPEN_APPLICATION_STATES.some(s => s === app.state)) fail(409, 'learningAgreements.errors.applicationNotOpen')
  return parties
}

/** Locks a version for a step; one that is not the open version, or edited meanwhile, is refused with the current one (409). */
async function lockVersion(tx: Tx, laId: string, number: number, revision?: number) {
  const row = await tx.selectFrom('learning_agreement_versions').select(VERSION_COLUMNS)
    .where('learning_agreement_id', '=', laId).where('number', '=', number).forUpdate().executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  const latest = await tx.selectFrom('learning_agreement_versions').select(['number', 'state', 'revision'])
    .where('learning_agreement_id', '=', laId).orderBy('number', 'desc').limit(1).executeTakeFirstOrThrow()
  if (latest.number !== number || (revision !== undefined && row.revision !== revision)) {
    fail(409, 'learningAgreements.errors.staleVersion', { version: latest.number }, { current: latest })
  }
  return row
}

/** The student or the sending office starts the learning agreement of a nominated application: version 1, a draft. */
export async function createLearningAgreement(tx: Tx, actor: Actor, applicationId: string): Promise<string> {
  const app = await tx.selectFrom('applications').select(['id', 'applicant_id', 'home_institution_id', 'host_institution_id', 'state'])
    .where('id', '=', applicationId).executeTakeFirst()
  if (!app) fail(404, 'errors.notFound')
  const parties = await partiesOf(tx, actor, applicationParties(app))
  if (!parties.some(p => LA_DRAFTING_PARTIES.includes(p))) fail(403, 'learningAgreements.errors.notDrafter')
  if (!LA_OPEN_APPLICATION_STATES.some(s => s === app.state)) fail(409, 'learningAgreements.errors.applicationNotOpen')
  const existing = await tx.selectFrom('learning_agreements').select('id').where('application_id', '=', applicationId).executeTakeFirst()
  if (existing) fail(409, 'learningAgreements.errors.exists', {}, { id: existing.id })
  // Student and institutions are the application's: the database copies them, whatever is sent.
  const row = await tx.insertInto('learning_agreements').values({ application_id: applicationId, created_by: actor.id })
    .returning('id').executeTakeFirstOrThrow()
  await tx.insertInto('learning_agreement_versions').values({ learning_agreement_id: row.id, number: 1, created_by: actor.id }).execute()
  return row.id
}

/**
 * A new draft from the latest version: after a signed version it is a change proposal (during the mobility too),
 * after a rejection a revision. Only one version is open at a time; a base other than the latest is stale (409).
 */
export async function startVersion(tx: Tx, actor: Actor, id: string, baseVersion: number) {
  const la = await findLearningAgreement(tx, id)
  await requireDrafter(tx, actor, la)
  const latest = await tx.selectFrom('learning_agreement_versions').select(['id', 'number', 'state', 'revision'])
    .where('learning_agreement_id', '=', id).orderBy('number', 'desc').limit(1).forUpdate().executeTakeFirst()
  if (latest && LA_OPEN_STATES.includes(latest.state)) fail(409, 'learningAgreements.errors.openVersionExists', { version: latest.number }, { current: latest })
  if ((latest?.number ?? 0) !== baseVersion) fail(409, 'learningAgreements.errors.staleVersion', { version: latest?.number ?? 0 }, { current: latest })
  const number = baseVersion + 1
  const created = await tx.insertInto('learning_agreement_versions').values({ learning_agreement_id: id, number, created_by: actor.id })
    .returning('id').executeTakeFirstOrThrow()
  const lines = latest ? await componentsOf(tx, [latest.id]) : []
  if (lines.length) {
    await tx.insertInto('learning_agreement_components').values(lines.map(({ version_id: _v, ...c }) => ({ ...c, version_id: created.id, title: JSON.stringify(c.title) }))).execute()
  }
  return { version: number }
}

/** Replaces the draft's lines (and sets the home programme when sent); the editor names the version and revision they started from. */
export async function editDraft(tx: Tx, actor: Actor, id: string, edit: DraftEdit) {
  const la = await findLearningAgreement(tx, id)
  await requireDrafter(tx, actor, la)
  const version = await lockVersion(tx, id, edit.version, edit.revision)
  if (version.state !== 'draft') fail(409, 'learningAgreements.errors.notDraft', {}, { state: version.state })
  await tx.deleteFrom('learning_agreement_components').where('version_id', '=', version.id).execute()
  const position = { host: 0, home: 0 }
  if (edit.components.length) {
    await tx.insertInto('learning_agreement_components').values(edit.components.map(c => ({
      version_id: version.id, side: c.side, position: position[c.side]++, code: c.code, title: JSON.stringify(c.title), credits: c.credits,
      credit_label: c.creditLabel, term: c.term, recognition_group: c.recognitionGroup, course_unit_id: c.courseUnitId,
    }))).execute()
  }
  if (edit.homeProgramme !== undefined && edit.homeProgramme !== la.home_programme) {
    await tx.updateTable('learning_agreements').set({ home_programme: edit.homeProgramme }).where('id', '=', id).execute()
  }
  await tx.updateTable('learning_agreement_versions').set({ revision: version.revision + 1, updated_at: new Date() }).where('id', '=', version.id).execute()
  return { version: version.number, revision: version.revision + 1 }
}

/** The draft goes to the parties for signature; the database fixes its content hash at this moment. */
export async function proposeVersion(tx: Tx, actor: Actor, id: string, step: { version: number; revision: number }) {
  const la = await findLearningAgreement(tx, id)
  await requireDrafter(tx, actor, la)
  const version = await lockVersion(tx, id, step.version, step.revision)
  if (!laTransition('propose', version.state)) fail(409, 'learningAgreements.errors.notDraft', {}, { state: version.state })
  const host = await tx.selectFrom('learning_agreement_components').select('id').where('version_id', '=', version.id).where('side', '=', 'host').executeTakeFirst()
  if (!host) fail(422, 'learningAgreements.errors.noHostComponent')
  const row = await tx.updateTable('learning_agreement_versions').set({ state: 'proposed', updated_at: new Date() })
    .where('id', '=', version.id).returning(['content_hash']).executeTakeFirstOrThrow()
  await tellParties(tx, la, 'learningAgreements.proposed', { version: version.number })
  return { version: version.number, contentHash: row.content_hash }
}

async function requireParty(tx: Tx, actor: Actor, la: La, party: LearningAgreementParty) {
  const parties = await partiesOf(tx, actor, la)
  if (!parties.includes(party)) fail(403, 'learningAgreements.errors.notYourParty')
}

/** A party signs the proposed version, naming the hash it read; the third signature makes the version signed. */
export async function signVersion(tx: Tx, actor: Actor, id: string, step: { version: number; party: LearningAgreementParty; contentHash: string }) {
  const la = await findLearningAgreement(tx, id)
  await requireParty(tx, actor, la, step.party)
  const version = await lockVersion(tx, id, step.version)
  if (version.state !== 'proposed') fail(409, 'learningAgreements.errors.notProposed', {}, { state: version.state })
  if (version.content_hash !== step.contentHash) fail(409, 'learningAgreements.errors.hashMismatch', {}, { contentHash: version.content_hash })
  const already = await tx.selectFrom('learning_agreement_signatures').select('id').where('version_id', '=', version.id).where('party', '=', step.party).executeTakeFirst()
  if (already) fail(409, 'learningAgreements.errors.alreadySigned')
  await tx.insertInto('learning_agreement_signatures').values({ version_id: version.id, party: step.party, content_hash: step.contentHash, signed_by: actor.id }).execute()
  const after = await tx.selectFrom('learning_agreement_versions').select('state').where('id', '=', version.id).executeTakeFirstOrThrow()
  const partyKey = { key: `learningAgreements.parties.${step.party}` }
  await tellParties(tx, la, after.state === 'signed' ? 'learningAgreements.completed' : 'learningAgreements.signed', { version: version.number, party: partyKey })
  return { version: version.number, state: after.state }
}

/** A party rejects the proposed version with a comment; the drafters then start a revision from it. */
export async function rejectVersion(tx: Tx, actor: Actor, id: string, step: { version: number; party: LearningAgreementParty; comment: string }) {
  const la = await findLearningAgreement(tx, id)
  await requireParty(tx, actor, la, step.party)
  const version = await lockVersion(tx, id, step.version)
  const transition = laTransition('reject', version.state)
  if (!transition) fail(409, 'learningAgreements.errors.notProposed', {}, { state: version.state })
  if (!transition.by.includes(step.party)) fail(403, 'learningAgreements.errors.notYourParty')
  await tx.updateTable('learning_agreement_versions').set({ state: 'rejected', rejection_comment: step.comment, updated_at: new Date() })
    .where('id', '=', version.id).execute()
  await tellParties(tx, la, 'learningAgreements.rejected', { version: version.number, party: { key: `learningAgreements.parties.${step.party}` }, comment: step.comment })
  return { version: version.number, state: 'rejected' as const }
}
