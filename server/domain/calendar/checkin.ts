import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { listWorkbook } from '../../documents/xlsx'
import { translate } from '../../i18n/messages'
import { fail } from '../../utils/errors'
import { resolveLocalizedText } from '../../../shared/localized-text'
import type { LocaleCode } from '../../../shared/locales'

/** Check-in is the organisers' work: 404 for an activity the actor cannot see, 403 for one they do not organise. */
async function requireOrganiser(tx: Tx, activityId: string) {
  const { rows } = await sql<{ visible: boolean; organiser: boolean }>`
    select exists (select 1 from public.activities a where a.id = ${activityId}::uuid) as visible,
      private.can_manage_activity(${activityId}::uuid) as organiser`.execute(tx)
  if (!rows[0]!.visible) fail(404, 'calendar.registration.errors.activityNotFound')
  if (!rows[0]!.organiser) fail(403, 'calendar.registration.errors.notOrganiser')
}

/** The activity's sessions and its confirmed people, each with the moment they were checked in at `sessionId` (if any). */
export async function checkinList(tx: Tx, activityId: string, sessionId: string | null) {
  await requireOrganiser(tx, activityId)
  const sessions = await tx.selectFrom('activity_sessions').select(['id', 'title', 'starts_at', 'ends_at', 'time_zone'])
    .where('activity_id', '=', activityId).where('cancelled_at', 'is', null).orderBy('starts_at').execute()
  const people = await tx.selectFrom('registrations as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .leftJoin('attendance as t', join => join.onRef('t.registration_id', '=', 'r.id').on('t.session_id', '=', sessionId ?? sessions[0]?.id ?? null))
    .select(['r.id', 'r.person_id', 'r.checkin_code', 'i.name as institution_name', 't.checked_in_at'])
    .where('r.activity_id', '=', activityId).where('r.state', '=', 'confirmed').execute()
  const ids = people.map(p => p.person_id)
  const names = ids.length
    ? await elevated(tx, 'names of registered people', svc => svc.selectFrom('profiles').select(['id', 'display_name']).where('id', 'in', ids).execute())
    : []
  const nameOf = new Map(names.map(n => [n.id, n.display_name]))
  return {
    sessions,
    session_id: sessionId ?? sessions[0]?.id ?? null,
    people: people.map(p => ({ ...p, display_name: nameOf.get(p.person_id) ?? '' }))
      .sort((a, b) => a.display_name.localeCompare(b.display_name)),
  }
}

/**
 * Checks a confirmed registration in at a session, found by its code (typed, or read from the QR by a scanner)
 * or by its id (picked from the list). Checking in twice keeps the first time and says so.
 */
export async function checkIn(tx: Tx, actor: Actor, activityId: string, input: { sessionId: string; code?: string; registrationId?: string }) {
  await requireOrganiser(tx, activityId)
  const session = await tx.selectFrom('activity_sessions').select('id').where('id', '=', input.sessionId)
    .where('activity_id', '=', activityId).executeTakeFirst()
  if (!session) fail(404, 'calendar.registration.errors.sessionNotFound')
  let query = tx.selectFrom('registrations').select(['id', 'state', 'person_id']).where('activity_id', '=', activityId)
  query = input.code ? query.where('checkin_code', '=', input.code.trim().toUpperCase()) : query.where('id', '=', input.registrationId ?? null)
  const reg = await query.executeTakeFirst()
  if (!reg) fail(404, 'calendar.registration.errors.codeNotFound')
  if (reg.state !== 'confirmed') fail(409, 'calendar.registration.errors.notConfirmed')
  const inserted = await tx.insertInto('attendance').values({ registration_id: reg.id, session_id: session.id, checked_in_by: actor.id })
    .onConflict(oc => oc.columns(['registration_id', 'session_id']).doNothing()).returning('checked_in_at').executeTakeFirst()
  const row = await tx.selectFrom('attendance').select('checked_in_at').where('registration_id', '=', reg.id).where('session_id', '=', session.id)
    .executeTakeFirstOrThrow()
  return { registration_id: reg.id, checked_in_at: row.checked_in_at, already: !inserted }
}

/** Per partner: confirmed people, those who came to at least one session, and the share; with the sessions held so far. */
export async function attendanceByPartner(tx: Tx, activityId: string) {
  await requireOrganiser(tx, activityId)
  const { rows } = await sql<{ institution_id: string; institution_name: Record<string, string>; registered: string; attended: string; check_ins: string }>`
    select r.institution_id, i.name as institution_name, count(*) as registered,
      count(*) filter (where exists (select 1 from public.attendance t where t.registration_id = r.id)) as attended,
      (select count(*) from public.attendance t join public.registrations x on x.id = t.registration_id
        where x.activity_id = r.activity_id and x.institution_id = r.institution_id) as check_ins
    from public.registrations r join public.institutions i on i.id = r.institution_id
    where r.activity_id = ${activityId}::uuid and r.state = 'confirmed'
    group by r.activity_id, r.institution_id, i.name order by count(*) desc`.execute(tx)
  return rows.map(r => ({
    institution_id: r.institution_id, institution_name: r.institution_name, registered: Number(r.registered), attended: Number(r.attended),
    check_ins: Number(r.check_ins), share: Number(r.registered) ? Number(r.attended) / Number(r.registered) : 0,
  }))
}

/** The attendance per partner as XLSX, headers in the viewer's language. */
export function attendanceXlsx(partners: Awaited<ReturnType<typeof attendanceByPartner>>, locale: LocaleCode): Promise<Buffer> {
  const label = (key: string) => translate(locale, `calendar.registration.checkin.${key}`)
  return listWorkbook(label('attendance'), [
    { header: label('partner'), key: 'partner', width: 40 },
    { header: label('registered'), key: 'registered', width: 14 },
    { header: label('attended'), key: 'attended', width: 14 },
    { header: label('checkIns'), key: 'checkIns', width: 14 },
    { header: label('share'), key: 'share', width: 12, numFmt: '0%' },
  ], partners.map(p => ({
    partner: resolveLocalizedText(p.institution_name, locale).text, registered: p.registered, attended: p.attended, checkIns: p.check_ins, share: p.share,
  })))
}
