import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import { notify, type Notice } from '../notifications/notify'

/** Registrations whose people hear of changes: those holding a place, offered one, or waiting for one. */
const TOLD_STATES = ['confirmed', 'offered', 'waitlisted']

/**
 * Tells everyone registered for an activity (and its organisers' staff) of a change, each in their own language.
 * Registrations are read with the service's rights: an organiser's office may not see another institution's rows,
 * yet all of them must hear that the activity moved or was cancelled.
 */
export async function tellRegistrants(tx: Tx, activityId: string, notice: Notice): Promise<number> {
  const { people, organisers } = await elevated(tx, 'find the registrants to tell', async (svc) => {
    const registered = await sql<{ person_id: string }>`select person_id from public.registrations
      where activity_id = ${activityId}::uuid and state::text = any (${TOLD_STATES}::text[])`.execute(svc)
    const organising = await svc.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', activityId).execute()
    return { people: registered.rows.map(r => r.person_id), organisers: organising.map(o => o.institution_id) }
  })
  return notify(tx, { users: people, staffOf: organisers }, notice)
}
