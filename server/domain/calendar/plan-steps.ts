import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { findPlanTransition } from '../../../shared/calendar/plan-lifecycle'
import { yearSlug } from '../../../shared/calendar/plan-vocabulary'
import type { PlanStep } from '../../../shared/schemas/activity-plans'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { lockPlan, planSidesOf } from './plans'

/**
 * One step of the plan: the secretariat submits a draft to the executive committee; the committee returns
 * it for changes or approves it, naming the committee meeting that decided when there was one. On approval
 * the items still only proposed are accepted with the plan (dropped ones stay dropped). The database's
 * guard checks the same table and records who approved and when; the audit log records every change.
 */
export async function takePlanStep(tx: Tx, actor: Actor, academicYear: string, step: PlanStep) {
  const plan = await lockPlan(tx, academicYear, 'update')
  const transition = findPlanTransition(step.action, plan.state)
  if (!transition) fail(409, 'calendar.plan.errors.transitionNotAllowed', { state: plan.state })
  if (!(await planSidesOf(tx)).includes(transition.by)) fail(403, 'calendar.plan.errors.committeeOnly')

  if (step.action === 'submit') {
    const items = await tx.selectFrom('activity_plan_items').select(eb => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', plan.id).where('state', '<>', 'dropped').executeTakeFirstOrThrow()
    if (Number(items.n) === 0) fail(422, 'calendar.plan.errors.empty')
  }
  const meetingId = step.action === 'approve' ? step.meetingId : null
  if (meetingId) {
    const meeting = await tx.selectFrom('meetings as m').innerJoin('governance_bodies as g', 'g.id', 'm.body_id')
      .select('g.kind').where('m.id', '=', meetingId).executeTakeFirst()
    if (meeting?.kind !== 'executive_committee') fail(422, 'calendar.plan.errors.notCommitteeMeeting', { field: 'meetingId' })
  }
  await tx.updateTable('activity_plans').set({
    state: transition.to, updated_at: new Date(), ...(meetingId ? { decided_in_meeting_id: meetingId } : {}),
  }).where('id', '=', plan.id).execute()
  if (step.action === 'approve') {
    // Items change only in a draft; accepting the rest with the plan is the service's part of this one step.
    await elevated(tx, 'accept the proposed items of an approved plan', svc => svc.updateTable('activity_plan_items')
      .set({ state: 'accepted', updated_at: new Date() }).where('plan_id', '=', plan.id).where('state', '=', 'proposed').execute())
  }
  await tellOfStep(tx, plan.id, academicYear, step.action)
  const after = await tx.selectFrom('activity_plans').select(['state', 'approved_by', 'approved_at', 'decided_in_meeting_id'])
    .where('id', '=', plan.id).executeTakeFirstOrThrow()
  return { ...after, actor_id: actor.id }
}

/**
 * Who hears of a step, in their own language: a submitted plan goes to the executive committee's members in term;
 * a returned or approved one to everyone who proposed an item and to the secretariat.
 */
async function tellOfStep(tx: Tx, planId: string, academicYear: string, action: PlanStep['action']) {
  const notice = { link: `/calendar/plan/${yearSlug(academicYear)}`, params: { year: academicYear } }
  if (action === 'submit') {
    const committee = await elevated(tx, 'the executive committee in term', svc =>
      sql<{ user_id: string }>`select private.executive_committee_members() as user_id`.execute(svc))
    await notify(tx, { users: committee.rows.map(m => m.user_id) }, { kind: 'calendarPlanSubmitted', ...notice })
    return
  }
  const proposers = await elevated(tx, 'who proposed items of the plan', svc => svc.selectFrom('activity_plan_items')
    .select('proposed_by').distinct().where('plan_id', '=', planId).execute())
  await notify(tx, { users: proposers.map(p => p.proposed_by), secretariat: true },
    { kind: action === 'approve' ? 'calendarPlanApproved' : 'calendarPlanReturned', ...notice })
}
