import { sql } from 'kysely'
import type { Db } from '../../db/connect'
import { asService } from '../../db/as-user'
import { notify } from '../notifications/notify'
import { zonedInstant } from './places'

export const REMINDERS_JOB = 'calendar.registration-reminders'

/**
 * Reminds confirmed registrants of an activity's first session, `reminder_days` days before it (7 and 1 by
 * default). Each run sends the reminders now due: for each registration, the nearest day-count whose moment has
 * passed, once; the counts further out are marked with it, so someone who registers the day before gets one
 * reminder, not two. The rows of registration_reminders make it idempotent: a repeated run sends nothing more.
 */
export async function sendRegistrationReminders(db: Db): Promise<number> {
  return asService(db, 'activity reminders', async (svc) => {
    const { rows } = await sql<{ registration_id: string; person_id: string; activity_id: string; days: number; first_starts_at: Date }>`
      with firsts as (
        select a.id as activity_id, a.reminder_days, min(s.starts_at) as first_starts_at
        from public.activities a join public.activity_sessions s on s.activity_id = a.id and s.cancelled_at is null
        where a.state in ('published', 'registration_open', 'closed')
        group by a.id having min(s.starts_at) > now()),
      due as (
        select r.id as registration_id, r.person_id, f.activity_id, f.first_starts_at,
          (select min(d) from unnest(f.reminder_days) d where f.first_starts_at - d * interval '1 day' <= now()) as days,
          f.reminder_days
        from public.registrations r join firsts f on f.activity_id = r.activity_id
        where r.state = 'confirmed'),
      sent as (
        insert into public.registration_reminders (registration_id, days)
        select due.registration_id, due.days from due
        where due.days is not null
          and not exists (select 1 from public.registration_reminders x where x.registration_id = due.registration_id and x.days <= due.days)
        on conflict do nothing
        returning registration_id, days)
      select due.registration_id, due.person_id, due.activity_id, sent.days, due.first_starts_at
      from sent join due on due.registration_id = sent.registration_id`.execute(svc)
    if (rows.length === 0) return 0
    const activities = await svc.selectFrom('activities').select(['id', 'title', 'time_zone'])
      .where('id', 'in', [...new Set(rows.map(r => r.activity_id))]).execute()
    const byId = new Map(activities.map(a => [a.id, a]))
    for (const row of rows) {
      const activity = byId.get(row.activity_id)!
      await notify(svc, { users: [row.person_id] }, {
        kind: 'calendarReminder', link: '/calendar/mine',
        params: { activity: activity.title, days: row.days, starts: zonedInstant(row.first_starts_at, activity.time_zone) },
      })
    }
    return rows.length
  })
}
