import { sql } from 'kysely'
import { asService, type Tx } from '../../db/as-user'
import type { Db } from '../../db/connect'
import type { LocalizedText } from '../../../shared/localized-text'
import { notify } from '../notifications/notify'
import { invitationPath, newInvitationSecret } from './invitations'

export const DISPATCH_JOB = 'evaluation.dispatch'

export interface DispatchResult {
  invited: number
  reminded: number
  overdue: number
}

interface Due {
  instance_id: string
  person_id: string
  title: LocalizedText
  activity_title: LocalizedText | null
  follow_up: boolean
  closes_at: Date
  zone: string
}

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`

/**
 * The instances open at `now` (private.evaluation_window: a follow-up opens offset days after the activity's last
 * session) and the people each one asks: confirmed registrants of the activity, completed applicants of the mobility
 * call, a list's people and the staff of its institutions.
 */
const OPEN_INSTANCES = (now: Date) => sql`
  select i.id, i.target, i.activity_id, i.call_id, i.timing, i.reminder_days, f.title, a.title as activity_title,
    coalesce(a.time_zone, 'UTC') as zone, w.opens_at, w.closes_at
  from public.evaluation_instances i
  join public.evaluation_forms f on f.id = i.form_id
  left join public.activities a on a.id = i.activity_id
  cross join lateral private.evaluation_window(i.id) w
  where w.opens_at <= ${at(now)} and ${at(now)} < w.closes_at`

/**
 * Invites everyone an open instance asks who has no invitation yet: a row per person with the fingerprint of a new
 * personal link, and a notice in-app and by mail in their language with that link. The unique (instance, person) and
 * the one transaction make it idempotent: a run repeated after a restart invites nobody twice.
 */
async function sendInvitations(svc: Tx, now: Date): Promise<number> {
  const { rows } = await sql<Due>`
    with open as (${OPEN_INSTANCES(now)}),
    asked as (
      select o.id as instance_id, r.person_id from open o
        join public.registrations r on r.activity_id = o.activity_id and r.state = 'confirmed' where o.target = 'activity'
      union
      select o.id, p.applicant_id from open o
        join public.applications p on p.call_id = o.call_id and p.state = 'completed' where o.target = 'mobility'
      union
      select o.id, rc.person_id from open o
        join public.evaluation_recipients rc on rc.instance_id = o.id and rc.person_id is not null where o.target = 'list'
      union
      select o.id, m.user_id from open o
        join public.evaluation_recipients rc on rc.instance_id = o.id
        join public.memberships m on m.institution_id = rc.institution_id and m.role = any (private.staff_roles())
      where o.target = 'list')
    select asked.instance_id, asked.person_id, o.title, o.activity_title, (o.timing = 'follow_up') as follow_up, o.closes_at, o.zone
    from asked join open o on o.id = asked.instance_id
    join public.profiles pr on pr.id = asked.person_id and pr.erased_at is null
    where not exists (select 1 from public.evaluation_invitations v where v.instance_id = asked.instance_id and v.person_id = asked.person_id)
    order by asked.instance_id, asked.person_id`.execute(svc)
  let sent = 0
  for (const due of rows) {
    const { secret, hash } = newInvitationSecret()
    const made = await svc.insertInto('evaluation_invitations')
      .values({ instance_id: due.instance_id, person_id: due.person_id, token_hash: hash, invited_at: now })
      .onConflict(oc => oc.columns(['instance_id', 'person_id']).doNothing()).returning('id').executeTakeFirst()
    if (!made) continue
    await notify(svc, { users: [due.person_id] }, {
      kind: due.follow_up ? 'evaluation.followUp' : 'evaluation.invitation',
      link: invitationPath(secret),
      params: { form: due.title, activity: due.activity_title ?? due.title, closes: { at: due.closes_at.toISOString(), zone: due.zone } },
    })
    sent++
  }
  return sent
}

/**
 * Reminds, once, invitees who have not submitted when an instance is reminder_days from closing (not on the day they
 * were invited). reminded_at is set in the statement that picks them, so a repeated run reminds nobody again.
 */
async function sendReminders(svc: Tx, now: Date): Promise<number> {
  const { rows } = await sql<Due>`
    with open as (${OPEN_INSTANCES(now)}),
    due as (
      select v.id from public.evaluation_invitations v join open o on o.id = v.instance_id
      where v.reminded_at is null and o.reminder_days > 0
        and ${at(now)} >= o.closes_at - o.reminder_days * interval '1 day'
        and v.invited_at < ${at(now)} - interval '1 day'
        and not exists (select 1 from public.evaluation_responses r
                        where r.instance_id = v.instance_id and r.person_id = v.person_id and r.submitted_at is not null)
        and not exists (select 1 from public.evaluation_participation p where p.instance_id = v.instance_id and p.person_id = v.person_id)),
    marked as (
      update public.evaluation_invitations v set reminded_at = ${at(now)} from due where v.id = due.id
      returning v.instance_id, v.person_id)
    select marked.instance_id, marked.person_id, o.title, o.activity_title, false as follow_up, o.closes_at, o.zone
    from marked join open o on o.id = marked.instance_id`.execute(svc)
  for (const due of rows) {
    await notify(svc, { users: [due.person_id] }, {
      // The personal link's secret is not kept (only its fingerprint): the reminder opens the signed-in answering page.
      kind: 'evaluation.reminder', link: `/evaluation/respond/${due.instance_id}`,
      params: { form: due.title, activity: due.activity_title ?? due.title, closes: { at: due.closes_at.toISOString(), zone: due.zone } },
    })
  }
  return rows.length
}

/**
 * Reminds each owner of an open action past its due day, once per due day (a new due day re-arms it). The notice opens
 * where the action is kept: the results its finding was drawn from, else its activity's page.
 */
async function remindOverdueActions(svc: Tx, now: Date): Promise<number> {
  const { rows } = await sql<{ id: string; owner_id: string; title: LocalizedText; due_on: string; instance_id: string | null; activity_id: string | null }>`
    update public.evaluation_actions a set overdue_reminded_at = ${at(now)}
    from public.evaluation_findings f
    where f.id = a.finding_id
      and a.status in ('open', 'in_progress') and a.overdue_reminded_at is null and a.due_on < (${at(now)} at time zone 'UTC')::date
    returning a.id, a.owner_id, a.title, to_char(a.due_on, 'YYYY-MM-DD') as due_on, f.instance_id, f.activity_id`.execute(svc)
  for (const action of rows) {
    const link = action.instance_id ? `/evaluation/results/${action.instance_id}` : `/activities/${action.activity_id}`
    await notify(svc, { users: [action.owner_id] }, {
      kind: 'evaluation.actionOverdue', link,
      params: { action: action.title, due: action.due_on },
    })
  }
  return rows.length
}

/**
 * One run of evaluation's scheduled work at `now` (the job's slot time, so a test moves the clock by running a later
 * slot): invitations for instances that opened, reminders before closing, overdue actions. One transaction: a run
 * that fails sends nothing and the next one sends it all.
 */
export async function runEvaluationDispatch(db: Db, now: Date = new Date()): Promise<DispatchResult> {
  return asService(db, 'evaluation invitations and reminders', async (svc) => {
    const invited = await sendInvitations(svc, now)
    const reminded = await sendReminders(svc, now)
    const overdue = await remindOverdueActions(svc, now)
    return { invited, reminded, overdue }
  })
}
