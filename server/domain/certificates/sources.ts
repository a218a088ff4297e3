import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import type { CertificateFields } from '../../db/schema-certificates'
import { ACCEPTED_SUBMISSION_STATES, type CertificateSource } from '../../../shared/certificates/lifecycle'
import type { CertificateSourceInput } from '../../../shared/schemas/certificates'
import { fail } from '../../utils/errors'

/** Who a source makes eligible, with what the source knows of their name and of the programme's dates. */
export interface Eligible {
  holderId: string
  names: { native: string; latin: string }
  fields: Pick<CertificateFields, 'startsOn' | 'endsOn'>
  kind: CertificateSource
  sourceId: string | null
}

/**
 * Registrants of an activity (confirmed) who checked in at least `threshold` of its sessions that were not cancelled,
 * with the share each attended. Reads as the service: the caller has checked the actor may issue for the activity.
 */
export async function activityAttendance(svc: Tx, activityId: string) {
  const { rows } = await sql<{ person_id: string; display_name: string; attended: number; total: number; starts_on: string | null; ends_on: string | null }>`
    with s as (select id from public.activity_sessions where activity_id = ${activityId} and cancelled_at is null),
    span as (select min(x.starts_at at time zone a.time_zone)::date::text as starts_on, max(x.ends_at at time zone a.time_zone)::date::text as ends_on
      from public.activity_sessions x join public.activities a on a.id = x.activity_id where x.activity_id = ${activityId} and x.cancelled_at is null)
    select r.person_id, p.display_name,
      (select count(*) from public.attendance t where t.registration_id = r.id and t.session_id in (select id from s))::integer as attended,
      (select count(*) from s)::integer as total, span.starts_on, span.ends_on
    from public.registrations r join public.profiles p on p.id = r.person_id cross join span
    where r.activity_id = ${activityId} and r.state = 'confirmed'
    order by r.position`.execute(svc)
  return rows.map(r => ({ ...r, share: r.total > 0 ? r.attended / r.total : 0 }))
}

/** The activity's organising institutions (the co-issuers must include one), and whether it has been held. */
async function activityOf(svc: Tx, activityId: string) {
  const a = await svc.selectFrom('activities').select(['id', 'state']).where('id', '=', activityId).executeTakeFirst()
  if (!a) fail(404, 'errors.notFound')
  const organisers = await svc.selectFrom('activity_organisers').select('institution_id').where('activity_id', '=', activityId).execute()
  return { state: a.state, organisers: organisers.map(o => o.institution_id) }
}

/** Every registrant of a held activity who reached the threshold: the batch's list. */
export async function eligibleForActivity(svc: Tx, activityId: string, threshold: number, issuerIds: string[]): Promise<Eligible[]> {
  const activity = await activityOf(svc, activityId)
  if (!activity.organisers.some(o => issuerIds.includes(o))) fail(403, 'certificates.errors.notOrganiser')
  if (!['held', 'evaluated'].includes(activity.state)) fail(409, 'certificates.errors.activityNotHeld')
  return (await activityAttendance(svc, activityId)).filter(r => r.total > 0 && r.share >= threshold).map(r => ({
    holderId: r.person_id, names: { native: r.display_name, latin: r.display_name }, fields: { startsOn: r.starts_on, endsOn: r.ends_on },
    kind: 'activity' as const, sourceId: activityId,
  }))
}

/**
 * Checks that the source makes the holder eligible and that the template's co-issuers may certify it (an organiser of
 * the activity or conference, the home or host of the mobility); 403 or 409 (not eligible) otherwise.
 */
export async function eligibleFromSource(tx: Tx, source: CertificateSourceInput, issuerIds: string[]): Promise<Eligible> {
  return elevated(tx, 'certificate eligibility: attendance, mobility or conference of the holder', async (svc) => {
    if (source.kind === 'activity') {
      const all = await eligibleForActivity(svc, source.activityId, 0, issuerIds)
      const row = (await activityAttendance(svc, source.activityId)).find(r => r.person_id === source.holderId)
      if (!row) fail(409, 'certificates.errors.notRegistered')
      if (row.total === 0 || row.share < source.threshold) {
        fail(409, 'certificates.errors.attendanceBelow', { attended: row.attended, total: row.total, percent: Math.round(source.threshold * 100) })
      }
      return all.find(e => e.holderId === source.holderId)!
    }
    if (source.kind === 'mobility') {
      const app = await svc.selectFrom('applications as a').innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('programs as p', 'p.id', 'c.program_id')
        .innerJoin('profiles as h', 'h.id', 'a.applicant_id')
        .select(['a.id', 'a.state', 'a.applicant_id', 'a.home_institution_id', 'a.host_institution_id', 'a.form', 'h.display_name',
          sql<string>`p.starts_on::text`.as('starts_on'), sql<string>`p.ends_on::text`.as('ends_on')])
        .where('a.id', '=', source.applicationId).executeTakeFirst()
      if (!app) fail(404, 'errors.notFound')
      if (!issuerIds.includes(app.home_institution_id) && !issuerIds.includes(app.host_institution_id)) fail(403, 'certificates.errors.notMobilityParty')
      if (app.state !== 'completed') fail(409, 'certificates.errors.mobilityNotCompleted')
      const form = (app.form ?? {}) as { nativeName?: unknown; latinName?: unknown }
      const latin = typeof form.latinName === 'string' && form.latinName.trim() ? form.latinName.trim() : app.display_name
      const native = typeof form.nativeName === 'string' && form.nativeName.trim() ? form.nativeName.trim() : latin
      return { holderId: app.applicant_id, names: { native, latin }, fields: { startsOn: app.starts_on, endsOn: app.ends_on }, kind: 'mobility', sourceId: app.id }
    }
    if (source.kind === 'conference') {
      const sub = await svc.selectFrom('conference_submissions as s').innerJoin('conferences as c', 'c.id', 's.conference_id')
        .select(['s.id', 's.state', 'c.activity_id']).where('s.id', '=', source.submissionId).executeTakeFirst()
      if (!sub) fail(404, 'errors.notFound')
      const activity = await activityOf(svc, sub.activity_id)
      if (!activity.organisers.some(o => issuerIds.includes(o))) fail(403, 'certificates.errors.notOrganiser')
      if (!(ACCEPTED_SUBMISSION_STATES as readonly string[]).includes(sub.state)) fail(409, 'certificates.errors.notAccepted')
      const author = await svc.selectFrom('submission_authors').select(['person_id', 'display_name'])
        .where('submission_id', '=', sub.id).where('person_id', '=', source.holderId).executeTakeFirst()
      if (!author) fail(409, 'certificates.errors.notAuthor')
      const dates = await sessionSpan(svc, sub.activity_id)
      return { holderId: source.holderId, names: { native: author.display_name, latin: author.display_name }, fields: dates, kind: 'conference', sourceId: sub.id }
    }
    const person = await svc.selectFrom('profiles').select(['id', 'display_name']).where('id', '=', source.holderId).executeTakeFirst()
    if (!person) fail(404, 'errors.notFound')
    return { holderId: person.id, names: { native: person.display_name, latin: person.display_name }, fields: {}, kind: 'manual', sourceId: null }
  })
}

async function sessionSpan(svc: Tx, activityId: string) {
  const { rows } = await sql<{ starts_on: string | null; ends_on: string | null }>`
    select (min(x.starts_at) at time zone a.time_zone)::date::text as starts_on, (max(x.ends_at) at time zone a.time_zone)::date::text as ends_on
    from public.activity_sessions x join public.activities a on a.id = x.activity_id
    where x.activity_id = ${activityId} and x.cancelled_at is null group by a.time_zone`.execute(svc)
  return { startsOn: rows[0]?.starts_on ?? null, endsOn: rows[0]?.ends_on ?? null }
}
