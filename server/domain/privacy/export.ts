import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { FileStore } from '../../storage/file-store'
import { fail } from '../../utils/errors'

/** One area of the archive: a JSON file, named for what it holds. */
export type ExportArea = 'profile' | 'memberships' | 'consents' | 'applications' | 'incidents' | 'files' | 'notifications'
  | 'mail' | 'join-requests' | 'agreements' | 'activities' | 'evaluations' | 'conferences' | 'audit'

export interface PersonalData {
  locale: string
  areas: Record<ExportArea, unknown>
  files: { id: string; filename: string; bytes: Uint8Array | null }[]
}

/**
 * Everything the portal holds about the person, read as them (RLS) wherever their own rows are
 * readable that way. tx is the person's own transaction (asUser).
 */
export async function collectPersonalData(tx: Tx, store: FileStore, actor: Actor): Promise<PersonalData> {
  const me = actor.id
  const profile = await tx.selectFrom('profiles').selectAll().where('id', '=', me).executeTakeFirst()
  if (!profile) fail(404, 'errors.notFound')
  const memberships = await tx.selectFrom('memberships').innerJoin('institutions', 'institutions.id', 'memberships.institution_id')
    .select(['memberships.role', 'memberships.created_at', 'institutions.slug', 'institutions.name']).where('memberships.user_id', '=', me).execute()
  const consents = await tx.selectFrom('consents').select(['document', 'version', 'locale', 'accepted_at']).where('user_id', '=', me).orderBy('accepted_at').execute()
  const applications = await applicationsOf(tx, me)
  const files = await tx.selectFrom('files').select(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at', 'storage_key'])
    .where('owner_id', '=', me).orderBy('created_at').execute()
  const notifications = await tx.selectFrom('notifications').select(['kind', 'params', 'link', 'created_at', 'read_at']).where('user_id', '=', me).orderBy('created_at').execute()
  // Offices may read others' mail too: only mail addressed to this person belongs in their archive.
  const mail = await tx.selectFrom('mail_outbox').select(['to_email', 'locale', 'template', 'subject', 'body', 'created_at', 'sent_at'])
    .where('to_user_id', '=', me).orderBy('created_at').execute()
  const joinRequests = await tx.selectFrom('join_requests').selectAll().where('requested_by', '=', me).execute()

  // RLS shows agreement records, incidents and audit rows only to current staff of the institutions
  // involved (and audit rows only by the person): what a person did or what is about them stays theirs
  // after they leave an institution, so these reads run as the service, each scoped to the person's id.
  const scoped = await elevated(tx, 'personal data export: own records not readable through RLS', async sx => ({
    agreements: {
      versions: await sx.selectFrom('agreement_versions').select(['agreement_id', 'number', 'content_hash', 'created_at']).where('created_by', '=', me).execute(),
      approvals: await sx.selectFrom('agreement_approvals').select(['agreement_id', 'version_number', 'institution_id', 'content_hash', 'approved_at', 'voided_at']).where('approved_by', '=', me).execute(),
      signatures: await sx.selectFrom('agreement_signatures').select(['agreement_id', 'version_number', 'institution_id', 'content_hash', 'signatory_name', 'signed_at']).where('signed_by', '=', me).execute(),
    },
    incidentsReported: await sx.selectFrom('incidents').select(['id', 'application_id', 'type', 'severity', 'description', 'occurred_at', 'time_zone', 'created_at'])
      .where('reported_by', '=', me).execute(),
    audit: await auditOf(sx, me, applications.map(a => a.id), files.map(f => f.id)),
    // Registration answers (dietary needs, accessibility) are the organisers' to read through RLS, and the person's own.
    activities: await activitiesOf(sx, me),
    evaluations: await evaluationsOf(sx, me),
    conferences: await conferencesOf(sx, me),
  }))

  return {
    locale: profile.preferred_locale,
    areas: {
      profile, memberships, consents, applications, 'incidents': scoped.incidentsReported,
      'files': files.map(({ storage_key: _key, ...f }) => f), notifications, mail, 'join-requests': joinRequests,
      'agreements': scoped.agreements, 'activities': scoped.activities, 'evaluations': scoped.evaluations,
      'conferences': scoped.conferences, 'audit': scoped.audit,
    },
    files: await Promise.all(files.map(async f => ({ id: f.id, filename: f.filename, bytes: await store.get(f.storage_key) }))),
  }
}

/** The person's applications with passport data, documents, history, checklist and incidents about them (RLS: the applicant sees these). */
async function applicationsOf(tx: Tx, me: string) {
  const apps = await tx.selectFrom('applications').selectAll().where('applicant_id', '=', me).orderBy('created_at').execute()
  return Promise.all(apps.map(async app => ({
    ...app,
    passport: await tx.selectFrom('application_private').select(['passport_number', 'passport_expiry', 'nationality', 'updated_at'])
      .where('application_id', '=', app.id).executeTakeFirst() ?? null,
    documents: await tx.selectFrom('application_documents').select(['document_key', 'file_id', 'added_at']).where('application_id', '=', app.id).execute(),
    events: await tx.selectFrom('application_events').select(['action', 'from_state', 'to_state', 'text', 'at']).where('application_id', '=', app.id).orderBy('at').execute(),
    checklist: await tx.selectFrom('checklist_items').select(['item_key', 'status', 'file_id', 'note', 'updated_at']).where('application_id', '=', app.id).execute(),
    incidents: await tx.selectFrom('incidents').select(['id', 'type', 'severity', 'description', 'occurred_at', 'time_zone', 'created_at'])
      .where('application_id', '=', app.id).execute(),
  })))
}

/**
 * Audit entries about the person (their profile, applications, files) with their images, and entries
 * of their own acts on others' rows without images: those hold other people's data.
 */
async function auditOf(sx: Tx, me: string, applicationIds: string[], fileIds: string[]) {
  const about = await sx.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'before', 'after', 'at'])
    .where(eb => eb.or([
      eb('entity_id', '=', me),
      ...(applicationIds.length ? [eb.and([eb('entity', 'in', ['applications', 'application_private', 'application_documents', 'checklist_items']), eb('entity_id', 'in', applicationIds)])] : []),
      ...(fileIds.length ? [eb.and([eb('entity', '=', 'files'), eb('entity_id', 'in', fileIds)])] : []),
    ])).orderBy('at').execute()
  const by = await sx.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'at']).where('actor_id', '=', me).orderBy('at').execute()
  return { about, by }
}

/** An export is audited (who, when), never what it held. */
export async function recordExport(tx: Tx, actor: Actor): Promise<void> {
  await elevated(tx, 'audit of a personal data export', sx => sql`insert into public.audit_log (actor_id, action, entity, entity_id)
    values (${actor.id}, 'export_personal_data', 'profiles', ${actor.id})`.execute(sx))
}

/** The person's registrations: the activity, the state, their answers to its questions and the sessions they attended. */
async function activitiesOf(sx: Tx, me: string) {
  return sx.selectFrom('registrations as r').innerJoin('activities as a', 'a.id', 'r.activity_id')
    .leftJoin('registration_answers as ra', 'ra.registration_id', 'r.id')
    .select(['r.activity_id', 'a.title', 'r.state', 'r.institution_id', 'r.created_at', 'r.cancelled_at', 'ra.answers',
      sql<string[]>`array(select s.starts_at from public.attendance t join public.activity_sessions s on s.id = t.session_id
        where t.registration_id = r.id order by s.starts_at)`.as('attended_sessions')])
    .where('r.person_id', '=', me).orderBy('r.created_at').execute()
}

/**
 * The person's evaluation answers where they are theirs: named responses with every answer. An anonymous response
 * holds no person, so it cannot be found; only the fact of having taken part is kept, and exported.
 */
async function evaluationsOf(sx: Tx, me: string) {
  const responses = await sx.selectFrom('evaluation_responses as r').innerJoin('evaluation_instances as i', 'i.id', 'r.instance_id')
    .innerJoin('evaluation_forms as f', 'f.id', 'i.form_id')
    .select(['r.id', 'r.instance_id', 'f.title', 'i.activity_id', 'r.locale', 'r.created_at', 'r.submitted_at',
      sql<unknown[]>`coalesce((select jsonb_agg(jsonb_build_object('question', a.question_id, 'row', a.row_id, 'option', a.option_id,
        'number', a.number_value, 'text', a.text_value, 'date', a.date_value)) from public.evaluation_answers a where a.response_id = r.id), '[]'::jsonb)`.as('answers')])
    .where('r.person_id', '=', me).orderBy('r.created_at').execute()
  const anonymousParticipation = await sx.selectFrom('evaluation_participation').select('instance_id').where('person_id', '=', me).execute()
  return { responses, anonymousParticipation: anonymousParticipation.map(p => p.instance_id) }
}

/**
 * The person's part in academic conferences: submissions they are an author of (with their own author line), their
 * reviewer invitations, the conflicts and co-authorships they declared, the reviews they wrote, and the talks they starred
 * for their agenda.
 */
async function conferencesOf(sx: Tx, me: string) {
  const authorships = await sx.selectFrom('submission_authors as a').innerJoin('conference_submissions as s', 's.id', 'a.submission_id')
    .select(['s.id as submission_id', 's.conference_id', 's.title', 's.abstract', 's.keywords', 's.state', 's.submitted_at', 'a.display_name',
      'a.institution_id', 'a.institution_name', 'a.country', 'a.position', 'a.is_submitter', 'a.is_presenter', 'a.confirmed_at'])
    .where('a.person_id', '=', me).orderBy('s.created_at').execute()
  const reviewing = await sx.selectFrom('conference_reviewers').select(['id', 'conference_id', 'state', 'track_ids', 'topics', 'responded_at', 'created_at'])
    .where('person_id', '=', me).execute()
  const reviewerIds = reviewing.map(r => r.id)
  const conflicts = reviewerIds.length
    ? await sx.selectFrom('reviewer_conflicts').select(['reviewer_id', 'person_id', 'institution_id', 'submission_id', 'reason', 'created_at'])
        .where('reviewer_id', 'in', reviewerIds).execute()
    : []
  const reviews = reviewerIds.length
    ? await sx.selectFrom('reviews as rv').innerJoin('review_assignments as ra', 'ra.id', 'rv.assignment_id')
        .select(['ra.submission_id', 'rv.scores', 'rv.comment_to_authors', 'rv.comment_to_chair', 'rv.submitted_at'])
        .where('ra.reviewer_id', 'in', reviewerIds).execute()
    : []
  const coauthorships = await sx.selectFrom('coauthorships').select(['coauthor_id', 'year', 'created_at']).where('person_id', '=', me).execute()
  const agenda = await sx.selectFrom('conference_agenda_items').select(['submission_id', 'created_at']).where('person_id', '=', me).execute()
  return { authorships, reviewing, conflicts, reviews, coauthorships, agenda }
}
