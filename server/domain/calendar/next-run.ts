import type { Actor, Tx } from '../../db/as-user'
import { activityInputSchema } from '../../../shared/schemas/calendar'
import { ACTIVITY_COLUMNS, createActivity, lockActivity } from './activities'
import { eligibleRolesColumn } from './columns'

/**
 * The next run of an activity, as a new draft that names the run it repeats: the same kind, texts in every language,
 * where and how it happens, capacity, eligibility, registration questions, organisers and invitees — not its sessions,
 * registrations or registration window, which belong to the new dates. The calendar's createActivity applies its own
 * rules (an organiser of the reader's own, a venue or a link); the database checks that the earlier run is the
 * reader's and that an institution organises both.
 */
export async function planNextRun(tx: Tx, actor: Actor, activityId: string): Promise<{ id: string }> {
  await lockActivity(tx, activityId)
  const a = await tx.selectFrom('activities').select(ACTIVITY_COLUMNS).select(eligibleRolesColumn()).where('id', '=', activityId).executeTakeFirstOrThrow()
  const [organisers, invitees] = await Promise.all([
    tx.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', activityId).execute(),
    tx.selectFrom('activity_invitees').select('institution_id').where('activity_id', '=', activityId).execute(),
  ])
  const input = activityInputSchema.parse({
    kind: a.kind, title: a.title, summary: a.summary, description: a.description, audience: a.audience,
    workingLanguages: a.working_languages, interpretation: a.interpretation, mode: a.mode, venueId: a.venue_id, onlineUrl: a.online_url,
    timeZone: a.time_zone, capacity: a.capacity, eligibleRoles: a.eligible_roles, eligibleInstitutionIds: a.eligible_institution_ids,
    offerHours: a.offer_hours, reminderDays: a.reminder_days, feeNote: a.fee_note, questions: a.questions,
    organiserIds: organisers.map(o => o.institution_id), inviteeIds: invitees.map(i => i.institution_id),
  })
  return { id: await createActivity(tx, actor, input, activityId) }
}
