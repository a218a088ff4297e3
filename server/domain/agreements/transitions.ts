import type { Actor, Tx } from '../../db/as-user'
import type { AgreementState } from '../../../shared/agreements/vocabulary'
import { findTransition, type AgreementAction } from '../../../shared/agreements/lifecycle'
import { fail } from '../../utils/errors'
import { notifyPeople, staffOf } from '../notifications/notify'
import { findVersion, lockAgreement, partiesOf } from './agreements'
import { contentHash } from './content'

type LockedAgreement = Awaited<ReturnType<typeof lockAgreement>>

/**
 * Moves an agreement along one row of the lifecycle table and tells the parties' staff, each in
 * their own language. Any step the table does not list from the current state is refused with 409.
 */
export async function applyTransition(tx: Tx, agreement: LockedAgreement, action: AgreementAction, reason: string | null = null): Promise<AgreementState> {
  const step = findTransition(action, agreement.state)
  if (!step) fail(409, 'agreements.errors.transitionNotAllowed', {}, { action, state: agreement.state })
  if (step.reasonRequired && !reason) fail(422, 'agreements.errors.reasonRequired')
  await tx.updateTable('agreements').set({ state: step.to, state_reason: reason, state_changed_at: new Date(), updated_at: new Date() })
    .where('id', '=', agreement.id).execute()
  const parties = await partiesOf(tx, [agreement.id])
  await notifyPeople(tx, await staffOf(tx, parties.map(p => p.institution_id)), {
    kind: 'agreements.stateChanged',
    params: { title: agreement.title, state: { key: `agreements.states.${step.to}` } },
    link: `/agreements/${agreement.id}`,
  })
  return step.to
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000)
}

/**
 * A renewal is a new agreement with the same parties and terms for a term of the same length,
 * starting the day after the old one ends. By hand it starts as a draft to negotiate; an
 * automatic renewal carries the signed terms over and is active at once.
 */
export async function createSuccessor(tx: Tx, agreement: LockedAgreement, createdBy: string, state: 'draft' | 'active'): Promise<string> {
  const version = await findVersion(tx, agreement.id, agreement.current_version)
  const length = daysBetween(version.content.startsOn, version.content.endsOn)
  const startsOn = addDays(version.content.endsOn, 1)
  const endsOn = addDays(startsOn, length)
  const content = { ...version.content, startsOn, endsOn }
  const row = await tx.insertInto('agreements').values({
    kind: agreement.kind, title: JSON.stringify(agreement.title), created_by: createdBy, starts_on: startsOn, ends_on: endsOn,
    auto_renew: agreement.auto_renew, renewed_from: agreement.id, state_reason: null,
  }).returning('id').executeTakeFirstOrThrow()
  const parties = await tx.selectFrom('agreement_parties').selectAll().where('agreement_id', '=', agreement.id).execute()
  await tx.insertInto('agreement_parties').values(parties.map(p => ({ ...p, agreement_id: row.id, signatory_title: JSON.stringify(p.signatory_title) }))).execute()
  await tx.insertInto('agreement_versions').values({
    agreement_id: row.id, number: 1, content: JSON.stringify(content), content_hash: contentHash(content), created_by: createdBy,
  }).execute()
  if (state === 'active') await tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', row.id).execute()
  return row.id
}

/** The steps a party's staff take by hand: open negotiation, reopen, renew, terminate. */
export async function transitionByParty(tx: Tx, actor: Actor, id: string, action: AgreementAction, reason?: string) {
  const agreement = await lockAgreement(tx, id)
  const step = findTransition(action, agreement.state)
  if (!step || step.by !== 'party') fail(409, 'agreements.errors.transitionNotAllowed', {}, { action, state: agreement.state })
  if (action === 'reopen') {
    // Back to the table: approvals of the version awaiting signatures no longer hold.
    await tx.updateTable('agreement_approvals').set({ voided_at: new Date() })
      .where('agreement_id', '=', id).where('voided_at', 'is', null).execute()
  }
  const state = await applyTransition(tx, agreement, action, reason ?? null)
  const successorId = action === 'renew' ? await createSuccessor(tx, agreement, actor.id, 'draft') : null
  return { state, successorId }
}
