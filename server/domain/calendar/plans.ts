import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { planActionsFor, type PlanSide } from '../../../shared/calendar/plan-lifecycle'
import { monthsOfAcademicYear } from '../../../shared/calendar/plan-vocabulary'
import type { PlanItemInput } from '../../../shared/schemas/activity-plans'
import { fail } from '../../utils/errors'
import { isUniqueViolation } from '../../utils/database-errors'
import { isSecretariat, staffInstitutionIds } from '../memberships/memberships'
import { actualOfItems } from './plan-actual'
import { findingsOfActivities } from '../evaluation/runs'

/** Whether the person sits on the executive committee (or is the secretariat): private.is_executive_committee(), the rule the policies apply. */
export async function isExecutiveCommittee(tx: Tx): Promise<boolean> {
  const { rows } = await sql<{ yes: boolean }>`select private.is_executive_committee() as yes`.execute(tx)
  return Boolean(rows[0]?.yes)
}

/** The sides of the plan's lifecycle the person acts on. */
export async function planSidesOf(tx: Tx): Promise<PlanSide[]> {
  const [secretariat, committee] = await Promise.all([isSecretariat(tx), isExecutiveCommittee(tx)])
  return [...(secretariat ? ['secretariat' as const] : []), ...(committee ? ['committee' as const] : [])]
}

/** Every plan with its items counted by state, newest year first. */
export async function listPlans(tx: Tx) {
  return tx.selectFrom('activity_plans as p')
    .select(['p.id', 'p.academic_year', 'p.state', 'p.approved_at',
      eb => eb.selectFrom('activity_plan_items as i').whereRef('i.plan_id', '=', 'p.id').select(eb.fn.countAll<string>().as('n')).as('items'),
      eb => eb.selectFrom('activity_plan_items as i').whereRef('i.plan_id', '=', 'p.id').where('i.state', '=', 'accepted')
        .select(eb.fn.countAll<string>().as('n')).as('accepted_items')])
    .orderBy('p.academic_year', 'desc').execute()
    .then(rows => rows.map(r => ({ ...r, items: Number(r.items ?? 0), accepted_items: Number(r.accepted_items ?? 0) })))
}

/** The secretariat opens a year's plan, as a draft. */
export async function createPlan(tx: Tx, actor: Actor, academicYear: string) {
  if (!(await isSecretariat(tx))) fail(403, 'calendar.plan.errors.secretariatOnly')
  try {
    return await tx.insertInto('activity_plans').values({ academic_year: academicYear, created_by: actor.id })
      .returning(['id', 'academic_year', 'state']).executeTakeFirstOrThrow()
  }
  catch (error) {
    if (isUniqueViolation(error)) fail(409, 'calendar.plan.errors.yearExists', { year: academicYear })
    throw error
  }
}

async function planRow(tx: Tx, academicYear: string) {
  const plan = await tx.selectFrom('activity_plans')
    .select(['id', 'academic_year', 'state', 'approved_by', 'approved_at', 'decided_in_meeting_id', 'created_at', 'updated_at'])
    .where('academic_year', '=', academicYear).executeTakeFirst()
  if (!plan) fail(404, 'errors.notFound')
  return plan
}

/** The items of a plan, by month, with the organiser's and proposer's names. */
export async function planItems(tx: Tx, planId: string) {
  return tx.selectFrom('activity_plan_items as i')
    .innerJoin('institutions as o', 'o.id', 'i.organiser_institution_id')
    .leftJoin('profiles as pr', 'pr.id', 'i.proposed_by')
    .select(['i.id', 'i.kind', 'i.title', 'i.audience', 'i.month', 'i.organiser_institution_id', 'o.name as organiser_name',
      'i.budget_line', 'i.budget_amount', 'i.currency', 'i.expected_participants', 'i.proposed_by', 'pr.display_name as proposer_name',
      'i.state', 'i.updated_at'])
    .where('i.plan_id', '=', planId).orderBy('i.month').orderBy('i.created_at').execute()
}

/** A year's plan, its items, and what the person may do with it (the buttons the page shows). */
export async function getPlan(tx: Tx, actor: Actor, academicYear: string) {
  const plan = await planRow(tx, academicYear)
  const [items, sides, staffOf, meeting] = await Promise.all([
    planItems(tx, plan.id), planSidesOf(tx), staffInstitutionIds(tx, actor),
    plan.decided_in_meeting_id
      ? tx.selectFrom('meetings').select(['id', 'title', 'starts_at', 'time_zone']).where('id', '=', plan.decided_in_meeting_id).executeTakeFirst()
      : undefined,
  ])
  const secretariat = sides.includes('secretariat')
  const draft = plan.state === 'draft'
  const actual = await actualOfItems(tx, items.map(i => i.id))
  // The improvement loop of the year's activities: their findings and actions, those the reader may read.
  const findings = await findingsOfActivities(tx, [...actual.values()].flat().map(a => a.id))
  const actions = planActionsFor(sides, plan.state)
  // The approval may name the committee meeting that decided: those the person can see, latest first.
  const committeeMeetings = actions.includes('approve')
    ? await tx.selectFrom('meetings as m').innerJoin('governance_bodies as g', 'g.id', 'm.body_id')
        .select(['m.id', 'm.title', 'm.starts_at', 'm.time_zone']).where('g.kind', '=', 'executive_committee')
        .orderBy('m.starts_at', 'desc').limit(50).execute()
    : []
  return {
    ...plan,
    months: monthsOfAcademicYear(plan.academic_year),
    decided_in_meeting: meeting ?? null,
    items: items.map(i => ({
      ...i,
      activities: actual.get(i.id) ?? [],
      findings: findings.filter(f => (actual.get(i.id) ?? []).some(a => a.id === f.activity_id)),
      can_make_activity: plan.state === 'approved' && i.state === 'accepted' && (secretariat || staffOf.includes(i.organiser_institution_id)),
      can_edit: draft && (secretariat || staffOf.includes(i.organiser_institution_id)),
      can_delete: draft && (secretariat || i.proposed_by === actor.id),
    })),
    committee_meetings: committeeMeetings,
    permissions: {
      actions,
      can_propose: draft && (secretariat || staffOf.length > 0),
      can_decide_items: draft && sides.includes('committee'),
      /** The organisers this person may propose for; null means any member institution (the secretariat). */
      organiser_ids: secretariat ? null : staffOf,
    },
  }
}

/** The plan of a year, locked while an item or a step changes it; 409 unless it is a draft (items change only then). */
export async function lockDraftPlan(tx: Tx, academicYear: string) {
  const plan = await lockPlan(tx, academicYear, 'share')
  if (plan.state !== 'draft') fail(409, 'calendar.plan.errors.notDraft', { state: plan.state })
  return plan
}

/**
 * A plan the person can see (404 otherwise), locked for this transaction: shared while items change, so a
 * submission waits for them; exclusive for a step. A row lock needs the update policy under RLS, which an
 * office does not pass, so the lock itself is taken on the service path once visibility is established.
 */
export async function lockPlan(tx: Tx, academicYear: string, mode: 'share' | 'update') {
  const visible = await tx.selectFrom('activity_plans').select('id').where('academic_year', '=', academicYear).executeTakeFirst()
  if (!visible) fail(404, 'errors.notFound')
  return elevated(tx, 'lock an activity plan', (svc) => {
    const query = svc.selectFrom('activity_plans').select(['id', 'academic_year', 'state']).where('id', '=', visible.id)
    return (mode === 'share' ? query.forShare() : query.forUpdate()).executeTakeFirstOrThrow()
  })
}

async function checkItem(tx: Tx, actor: Actor, academicYear: string, input: PlanItemInput) {
  if (!monthsOfAcademicYear(academicYear).includes(input.month)) {
    fail(422, 'calendar.plan.errors.monthOutsideYear', { field: 'month', year: academicYear })
  }
  if (!(await isSecretariat(tx)) && !(await staffInstitutionIds(tx, actor)).includes(input.organiserInstitutionId)) {
    fail(403, 'calendar.plan.errors.ownInstitutionOnly', { field: 'organiserInstitutionId' })
  }
  const organiser = await tx.selectFrom('institutions').select('id').where('id', '=', input.organiserInstitutionId).executeTakeFirst()
  if (!organiser) fail(422, 'calendar.plan.errors.unknownInstitution', { field: 'organiserInstitutionId' })
}

const itemValues = (input: PlanItemInput) => ({
  kind: input.kind, title: JSON.stringify(input.title), audience: JSON.stringify(input.audience), month: input.month,
  organiser_institution_id: input.organiserInstitutionId, budget_line: JSON.stringify(input.budgetLine),
  budget_amount: input.budgetAmount, currency: input.currency, expected_participants: input.expectedParticipants,
})

/** A proposal for the year's plan: by the secretariat, or by an office for its own institution, while the plan is a draft. */
export async function proposeItem(tx: Tx, actor: Actor, academicYear: string, input: PlanItemInput) {
  const plan = await lockDraftPlan(tx, academicYear)
  await checkItem(tx, actor, academicYear, input)
  return tx.insertInto('activity_plan_items').values({ ...itemValues(input), plan_id: plan.id, proposed_by: actor.id })
    .returning(['id', 'state']).executeTakeFirstOrThrow()
}

async function itemOf(tx: Tx, academicYear: string, itemId: string) {
  const plan = await lockDraftPlan(tx, academicYear)
  const item = await tx.selectFrom('activity_plan_items').select(['id', 'organiser_institution_id', 'proposed_by', 'state'])
    .where('id', '=', itemId).where('plan_id', '=', plan.id).executeTakeFirst()
  if (!item) fail(404, 'errors.notFound')
  return item
}

/** The organiser's office (its current one, and the one it moves to) or the secretariat rewrite an item. */
export async function updateItem(tx: Tx, actor: Actor, academicYear: string, itemId: string, input: PlanItemInput) {
  const item = await itemOf(tx, academicYear, itemId)
  if (!(await isSecretariat(tx)) && !(await staffInstitutionIds(tx, actor)).includes(item.organiser_institution_id)) {
    fail(403, 'calendar.plan.errors.ownInstitutionOnly')
  }
  await checkItem(tx, actor, academicYear, input)
  await tx.updateTable('activity_plan_items').set({ ...itemValues(input), updated_at: new Date() }).where('id', '=', itemId).execute()
  return { id: itemId }
}

/** The committee accepts or drops an item while the plan is a draft (before submitting, or after returning it). */
export async function decideItem(tx: Tx, academicYear: string, itemId: string, state: 'proposed' | 'accepted' | 'dropped') {
  await itemOf(tx, academicYear, itemId)
  if (!(await isExecutiveCommittee(tx))) fail(403, 'calendar.plan.errors.committeeOnly')
  await tx.updateTable('activity_plan_items').set({ state, updated_at: new Date() }).where('id', '=', itemId).execute()
  return { id: itemId, state }
}

/** The proposer or the secretariat withdraws an item from a draft plan. */
export async function deleteItem(tx: Tx, actor: Actor, academicYear: string, itemId: string) {
  const item = await itemOf(tx, academicYear, itemId)
  if (item.proposed_by !== actor.id && !(await isSecretariat(tx))) fail(403, 'calendar.plan.errors.proposerOnly')
  await tx.deleteFrom('activity_plan_items').where('id', '=', itemId).execute()
  return { id: itemId }
}
