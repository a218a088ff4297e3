import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { AgreementState } from '../../../shared/agreements/vocabulary'
import { findTransition, isInForce, renewalOpensOn, type AgreementAction, type PartyStep } from '../../../shared/agreements/lifecycle'
import { COMMUNITY_TIME_ZONE, todayIn } from '../../../shared/dates'
import { TZDate } from '@date-fns/tz'
import { addDays as addDaysTo, addMonths, differenceInCalendarDays, differenceInMonths } from 'date-fns'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { AGREEMENT_COLUMNS, findVersion, insertVersion, lockAgreement, partiesOf, voidApprovals } from './agreements'

type LockedAgreement = Awaited<ReturnType<typeof lockAgreement>>

/**
 * Moves an agreement along one row of the lifecycle table and tells the parties' staff, each in
 * their own language. Any step the table does not list from the current state is refused with 409.
 */
export async function applyTransition(tx: Tx, agreement: LockedAgreement, action: AgreementAction, reason: string | null = null): Promise<AgreementState> {
  const step = findTransition(action, agreement.state)
  if (!step) fail(409, 'agreements.errors.transitionNotAllowed', {}, { action, state: agreement.state })
  if (step.reasonRequired && !reason) fail(422, 'agreements.errors.reasonRequired')
  const move = (db: Tx) => db.updateTable('agreements').set({ state: step.to, state_reason: reason, state_changed_at: new Date(), updated_at: new Date() })
    .where('id', '=', agreement.id).execute()
  // The database lets a party take only the party rows of the table; a system step, its guard checked
  // by the caller, is taken as the service.
  if (step.by === 'system') await elevated(tx, `agreement lifecycle: ${action}`, move)
  else await move(tx)
  const parties = await partiesOf(tx, [agreement.id])
  await notify(tx, { staffOf: parties.map(p => p.institution_id) }, {
    kind: 'agreements.stateChanged',
    params: { title: agreement.title, state: { key: `agreements.states.${step.to}` } },
    link: `/agreements/${agreement.id}`,
  })
  return step.to
}

const day = (iso: string) => new TZDate(`${iso}T00:00:00Z`, 'UTC')
const iso = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The successor's term: the day after the old end, for as many calendar months (and leftover days)
 * as the old term, so 2026-09-01..2031-08-31 renews to 2031-09-01..2036-08-31 whatever the leap days.
 */
export function successorTerm(startsOn: string, endsOn: string): { startsOn: string; endsOn: string } {
  const afterEnd = addDaysTo(day(endsOn), 1)
  const months = differenceInMonths(afterEnd, day(startsOn))
  const leftover = differenceInCalendarDays(afterEnd, addMonths(day(startsOn), months))
  return { startsOn: iso(afterEnd), endsOn: iso(addDaysTo(addDaysTo(addMonths(afterEnd, months), leftover), -1)) }
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
  const { startsOn, endsOn } = successorTerm(version.content.startsOn, version.content.endsOn)
  const content = { ...version.content, startsOn, endsOn }
  const row = await tx.insertInto('agreements').values({
    kind: agreement.kind, title: JSON.stringify(agreement.title), created_by: createdBy, starts_on: startsOn, ends_on: endsOn,
    auto_renew: agreement.auto_renew, renewed_from: agreement.id, state_reason: null,
  }).returning('id').executeTakeFirstOrThrow()
  const parties = await tx.selectFrom('agreement_parties').selectAll().where('agreement_id', '=', agreement.id).execute()
  await tx.insertInto('agreement_parties').values(parties.map(p => ({ ...p, agreement_id: row.id, signatory_title: JSON.stringify(p.signatory_title) }))).execute()
  await insertVersion(tx, row.id, 1, content, createdBy)
  if (state === 'active') await tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', row.id).execute()
  return row.id
}

/** When a renewal is signed, the agreement it renews is marked renewed (it has a successor in force). */
export async function markPredecessorRenewed(tx: Tx, successor: LockedAgreement) {
  if (!successor.renewed_from) return
  const predecessor = await tx.selectFrom('agreements').select(AGREEMENT_COLUMNS).where('id', '=', successor.renewed_from).forUpdate().executeTakeFirst()
  if (predecessor && findTransition('renew', predecessor.state)) await applyTransition(tx, predecessor, 'renew')
}

/**
 * The steps a party's staff take by hand: open negotiation, reopen, start a renewal (only in the
 * renewal window before the end of the term, `today` in the community's zone), terminate.
 */
export async function transitionByParty(tx: Tx, actor: Actor, id: string, action: PartyStep, reason?: string, today = todayIn(COMMUNITY_TIME_ZONE)) {
  const agreement = await lockAgreement(tx, id)
  if (action === 'start_renewal') {
    if (!isInForce(agreement.state)) fail(409, 'agreements.errors.transitionNotAllowed', {}, { action, state: agreement.state })
    const opensOn = agreement.ends_on ? renewalOpensOn(agreement.ends_on) : null
    if (!opensOn || today < opensOn) fail(409, 'agreements.errors.renewalTooEarly', { date: opensOn ?? '' }, { opens_on: opensOn })
    const pending = await tx.selectFrom('agreements').select('id').where('renewed_from', '=', id).where('state', 'not in', ['terminated', 'expired']).executeTakeFirst()
    if (pending) fail(409, 'agreements.errors.renewalExists', {}, { successor_id: pending.id })
    return { state: agreement.state, successor_id: await createSuccessor(tx, agreement, actor.id, 'draft') }
  }
  const step = findTransition(action, agreement.state)
  if (!step || step.by !== 'party') fail(409, 'agreements.errors.transitionNotAllowed', {}, { action, state: agreement.state })
  if (action === 'reopen') {
    // Back to the table: approvals of the version awaiting signatures no longer hold.
    await voidApprovals(tx, id)
  }
  const state = await applyTransition(tx, agreement, action, reason ?? null)
  return { state, successor_id: null }
}
