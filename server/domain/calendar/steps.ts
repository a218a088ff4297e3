import { elevated, type Actor, type Tx } from '../../db/as-user'
import { findActivityTransition, type ActivityAction } from '../../../shared/calendar/lifecycle'
import { fail } from '../../utils/errors'
import { lockActivity } from './activities'
import { tellRegistrants } from './registrants'

/**
 * One step of the lifecycle (shared/calendar/lifecycle.ts), taken by an organiser. The database checks the same
 * table; the service adds the reason rule, the record of the step and the notices.
 */
export async function takeActivityStep(tx: Tx, actor: Actor, id: string, action: ActivityAction, reason?: string) {
  const activity = await lockActivity(tx, id)
  const step = findActivityTransition(action, activity.state)
  if (!step) fail(409, 'calendar.errors.stepNotAllowed', { action: `calendar.actions.${action}`, state: `calendar.states.${activity.state}` })
  const why = reason?.trim() || null
  if (step.reasonRequired && !why) fail(422, 'calendar.errors.reasonRequired')
  const row = await tx.updateTable('activities')
    .set({ state: step.to, revision: activity.revision + 1, updated_at: new Date(), ...(step.to === 'cancelled' ? { cancel_reason: why } : {}) })
    .where('id', '=', id).returning(['state', 'revision']).executeTakeFirstOrThrow()
  await elevated(tx, 'record an activity step', svc => svc.insertInto('activity_events').values({
    activity_id: id, actor_id: actor.id, action, from_state: activity.state, to_state: step.to, reason: why,
  }).execute())
  if (step.notifyRegistrants) {
    await tellRegistrants(tx, id, { kind: 'calendarActivityCancelled', params: { activity: activity.title, reason: why ?? '' }, link: `/activities/${id}` })
  }
  return row
}
