import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { enqueueMail, portalLink } from '../../mail/outbox'
import type { AuthorInput } from '../../../shared/schemas/conferences'
import { SUBMISSION_FILE_MAX_BYTES } from '../../../shared/schemas/conferences-authors'
import { EDITABLE_SUBMISSION_STATES, submissionActionsFor } from '../../../shared/conferences/lifecycle'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { loadConference } from './conferences'
import { inDirectory, searchDirectory } from './directory'
import { addCoauthor, getSubmission, uploadCameraReady } from './submissions'
import { decisionForAuthors } from './reviews'

// The author's side of a conference: the calls they can read, their submissions, files and co-author invitations.

async function callIsOpen(tx: Tx, conferenceId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.is_call_open(${conferenceId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}

async function isAuthor(tx: Tx, submissionId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.is_submission_author(${submissionId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}

/** The conferences the reader may see (RLS: their activity is visible), with the call's deadline and the activity's days. */
export async function listConferences(tx: Tx) {
  const rows = await tx.selectFrom('conferences as c').innerJoin('activities as a', 'a.id', 'c.activity_id')
    .select(['c.id', 'c.activity_id', 'a.title', 'a.summary', 'a.time_zone', 'c.submission_deadline', 'c.submission_types',
      'c.programme_published_at',
      sql<Date | null>`(select min(s.starts_at) from public.activity_sessions s where s.activity_id = a.id and s.cancelled_at is null)`.as('starts_at'),
      sql<Date | null>`(select max(s.ends_at) from public.activity_sessions s where s.activity_id = a.id and s.cancelled_at is null)`.as('ends_at'),
      sql<boolean>`private.is_call_open(c.id)`.as('call_open')])
    .orderBy('c.submission_deadline', 'desc').limit(200).execute()
  return rows
}

/** The call: its text, tracks, types, languages, word limit and deadline (an instant; the activity's zone beside it). */
export async function getCall(tx: Tx, conferenceId: string) {
  const conference = await loadConference(tx, conferenceId)
  const tracks = await tx.selectFrom('conference_tracks').select(['id', 'name', 'topics', 'position'])
    .where('conference_id', '=', conferenceId).orderBy('position').orderBy('created_at').execute()
  const activity = await tx.selectFrom('activities').select(['summary', 'working_languages']).where('id', '=', conference.activity_id)
    .executeTakeFirstOrThrow()
  return {
    id: conference.id, activity_id: conference.activity_id, title: conference.title, summary: activity.summary,
    call_text: conference.call_text, submission_languages: conference.submission_languages, submission_types: conference.submission_types,
    word_limit: conference.word_limit, submission_deadline: conference.submission_deadline, time_zone: conference.time_zone,
    review_mode: conference.review_mode, programme_published_at: conference.programme_published_at,
    working_languages: activity.working_languages, tracks, call_open: await callIsOpen(tx, conferenceId),
  }
}

/** The reader's own submissions (every one that names them as an author), newest first, with the conference's title. */
export async function mySubmissions(tx: Tx, actor: Actor, conferenceId: string | null = null) {
  return tx.selectFrom('conference_submissions as s')
    .innerJoin('conferences as c', 'c.id', 's.conference_id').innerJoin('activities as a', 'a.id', 'c.activity_id')
    .select(['s.id', 's.conference_id', 's.title', 's.type', 's.state', 's.accepted_type', 's.submitted_at', 's.updated_at',
      'a.title as conference_title', 'a.time_zone', 'c.submission_deadline'])
    .where('s.id', 'in', tx.selectFrom('submission_authors').select('submission_id').where('person_id', '=', actor.id))
    .$if(conferenceId !== null, qb => qb.where('s.conference_id', '=', conferenceId!))
    .orderBy('s.updated_at', 'desc').limit(500).execute()
}

/**
 * A submission as its author's page shows it: content, authors, the call it answers, the steps the author may take,
 * and after the decision the decision with the reviews' scores and comments to authors. Others who may read it (a chair)
 * get the same view without the author's steps; anyone else 404.
 */
export async function submissionForAuthor(tx: Tx, submissionId: string) {
  const read = await getSubmission(tx, submissionId)
  // An author of a member institution is shown with its (multilingual) name.
  const institutionIds = [...new Set(read.authors.map(a => a.institution_id).filter((id): id is string => Boolean(id)))]
  const names = institutionIds.length
    ? new Map((await tx.selectFrom('institutions').select(['id', 'name']).where('id', 'in', institutionIds).execute()).map(i => [i.id, i.name]))
    : new Map<string, LocalizedText>()
  const submission = { ...read, authors: read.authors.map(a => ({ ...a, institution: a.institution_id ? names.get(a.institution_id) ?? null : null })) }
  const call = await getCall(tx, submission.conference_id)
  const author = await isAuthor(tx, submissionId)
  const decided = await tx.selectFrom('conference_decisions').select('id').where('submission_id', '=', submissionId).executeTakeFirst()
  const decision = decided && (author || submission.can_chair) ? await decisionForAuthors(tx, submissionId) : null
  const editable = author && EDITABLE_SUBMISSION_STATES.includes(submission.state) && call.call_open
  return {
    submission, call, decision, is_author: author, editable,
    actions: author ? submissionActionsFor(['author'], submission.state).filter(a => a !== 'upload_camera_ready') : [],
    can_upload_camera_ready: author && ['accepted', 'accepted_with_revisions', 'camera_ready'].includes(submission.state),
  }
}

/** 404 when the reader cannot see the submission, 403 when they see it but are not an author. */
async function requireAuthor(tx: Tx, submissionId: string) {
  const row = await tx.selectFrom('conference_submissions').select(['id', 'conference_id', 'state', 'title']).where('id', '=', submissionId)
    .executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  if (!(await isAuthor(tx, submissionId))) fail(403, 'errors.forbidden')
  return row
}

/** A file for a submission: the actor's own upload (through the files module, which sniffed its type), a PDF, not too large. */
async function checkPdf(tx: Tx, actor: Actor, fileId: string) {
  const file = await tx.selectFrom('files').select(['owner_id', 'content_type', 'size_bytes']).where('id', '=', fileId).executeTakeFirst()
  if (!file || file.owner_id !== actor.id) fail(422, 'conferences.authors.errors.fileNotYours')
  if (file.content_type !== 'application/pdf') fail(415, 'conferences.authors.errors.notPdf')
  if (Number(file.size_bytes) > SUBMISSION_FILE_MAX_BYTES) {
    fail(413, 'conferences.authors.errors.fileTooLarge', { megabytes: SUBMISSION_FILE_MAX_BYTES / 1048576 })
  }
}

/** Attaches (or, with null, removes) the submission's optional PDF while its content may change. */
export async function setSubmissionFile(tx: Tx, actor: Actor, submissionId: string, fileId: string | null) {
  const row = await requireAuthor(tx, submissionId)
  if (!EDITABLE_SUBMISSION_STATES.includes(row.state) || !(await callIsOpen(tx, row.conference_id))) fail(422, 'conferences.errors.callClosed')
  if (fileId) await checkPdf(tx, actor, fileId)
  await tx.updateTable('conference_submissions').set({ file_id: fileId, updated_at: new Date() }).where('id', '=', submissionId).execute()
}

/** The camera-ready copy, a PDF of the author's, after acceptance (again until the programme takes it). */
export async function setCameraReady(tx: Tx, actor: Actor, submissionId: string, fileId: string) {
  await requireAuthor(tx, submissionId)
  await checkPdf(tx, actor, fileId)
  await uploadCameraReady(tx, submissionId, fileId)
}

function pick(text: LocalizedText, locale: LocaleCode) {
  return resolveLocalizedText(text, locale).text
}

/**
 * People of the directory an author may pick as co-authors (name, institution, country, language; never an email), each
 * marked when already on the list. Authors of the submission only: 404 for who cannot see it, 403 for who only reads it.
 */
export async function coauthorCandidates(tx: Tx, submissionId: string, q: string) {
  await requireAuthor(tx, submissionId)
  const people = await searchDirectory(tx, 'search the directory for a co-author', q)
  const listed = await tx.selectFrom('submission_authors').select('person_id').where('submission_id', '=', submissionId)
    .where('person_id', 'is not', null).execute()
  const onList = new Set(listed.map(a => a.person_id))
  return people.map(({ role: _role, ...person }) => ({ ...person, already_author: onList.has(person.id) }))
}

/**
 * A co-author on the list, told at once: a portal person gets a notice (and mail) in their language and confirms on the
 * submission's page; an email gets an invitation link, in the language of the portal person with that address if there is
 * one (never revealed to the inviter), otherwise in the language the inviter chose.
 */
export async function inviteCoauthor(tx: Tx, actor: Actor, submissionId: string, author: AuthorInput, chosenLocale: LocaleCode) {
  const row = await requireAuthor(tx, submissionId)
  // A person picked from the directory: only one the directory shows (at the institution named), reached in their own language.
  if (author.personId && !(await inDirectory(tx, author.personId, author.institutionId))) fail(422, 'conferences.authors.errors.notInDirectory')
  const { id, secret } = await addCoauthor(tx, submissionId, author)
  const about = await tx.selectFrom('conferences as c').innerJoin('activities as a', 'a.id', 'c.activity_id').select('a.title')
    .where('c.id', '=', row.conference_id).executeTakeFirstOrThrow()
  const inviter = await tx.selectFrom('submission_authors').select('display_name').where('submission_id', '=', submissionId)
    .where('person_id', '=', actor.id).executeTakeFirst()
  const params = { title: row.title as LocalizedText, conference: about.title as LocalizedText, inviter: inviter?.display_name ?? actor.email }
  if (!secret) {
    await notify(tx, { users: [author.personId!] }, { kind: 'conferences.coauthorInvited', params, link: `/conferences/submissions/${submissionId}` })
    return { id }
  }
  await elevated(tx, 'invite a co-author by email', async (svc) => {
    const known = await svc.selectFrom('profiles').select(['id', 'preferred_locale']).where(sql<string>`lower(email)`, '=', author.email!.toLowerCase())
      .executeTakeFirst()
    const locale: LocaleCode = known && isLocaleCode(known.preferred_locale) ? known.preferred_locale : chosenLocale
    await enqueueMail(svc, {
      toEmail: author.email!, toUserId: known?.id ?? null, locale, template: 'conferences.coauthorInvited',
      params: {
        title: pick(params.title, locale), conference: pick(params.conference, locale), inviter: params.inviter,
        link: portalLink(locale, `/conferences/mine?invite=${encodeURIComponent(secret)}`),
      },
    })
  })
  return { id }
}
