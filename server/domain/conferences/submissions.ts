import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { AuthorInput, SubmissionCreateInput, SubmissionUpdateInput } from '../../../shared/schemas/conferences'
import { EDITABLE_SUBMISSION_STATES, findSubmissionTransition, type SubmissionAction } from '../../../shared/conferences/lifecycle'
import type { SubmissionState } from '../../../shared/conferences/vocabulary'
import { localesOverWordLimit } from '../../../shared/conferences/words'
import { fail } from '../../utils/errors'
import { isConferenceChair, loadConference } from './conferences'

/** The columns of an author row a reader may select (the email and the invitation's hash are not granted). */
export const AUTHOR_COLUMNS = ['id', 'submission_id', 'person_id', 'display_name', 'institution_id', 'institution_name',
  'country', 'position', 'is_submitter', 'is_presenter', 'confirmed_at'] as const

export const SUBMISSION_COLUMNS = ['id', 'conference_id', 'track_id', 'type', 'title', 'abstract', 'keywords', 'presentation_language',
  'file_id', 'camera_ready_file_id', 'state', 'accepted_type', 'submitted_at', 'withdrawn_at', 'created_at', 'updated_at'] as const

type Conference = Awaited<ReturnType<typeof loadConference>>

async function callIsOpen(tx: Tx, conferenceId: string): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select private.is_call_open(${conferenceId}::uuid) as ok`.execute(tx)
  return rows[0]?.ok === true
}

/** What the call takes: its types, its languages, its word limit (counted per language with a word segmenter). */
function checkAgainstCall(conference: Conference, input: SubmissionUpdateInput) {
  if (!conference.submission_types.includes(input.type)) fail(422, 'conferences.errors.typeNotInCall')
  const languages = conference.submission_languages
  if (languages.length && [...Object.keys(input.title), ...Object.keys(input.abstract)].some(l => !languages.includes(l))) {
    fail(422, 'conferences.errors.languageNotInCall')
  }
  const over = localesOverWordLimit(input.abstract, conference.word_limit)
  if (over.length) fail(422, 'conferences.errors.overWordLimit', { limit: conference.word_limit })
}

async function checkTrack(tx: Tx, conferenceId: string, trackId: string | null) {
  if (!trackId) return
  const track = await tx.selectFrom('conference_tracks').select('id').where('id', '=', trackId).where('conference_id', '=', conferenceId).executeTakeFirst()
  if (!track) fail(422, 'conferences.errors.unknownTrack')
}

function contentColumns(input: SubmissionUpdateInput) {
  return {
    track_id: input.trackId, type: input.type, title: JSON.stringify(input.title), abstract: JSON.stringify(input.abstract),
    keywords: input.keywords, presentation_language: input.presentationLanguage, file_id: input.fileId,
  }
}

/** A draft submission to an open call, with its submitter as the first author. Returns its id. */
export async function createSubmission(tx: Tx, actor: Actor, conferenceId: string, input: SubmissionCreateInput): Promise<string> {
  const conference = await loadConference(tx, conferenceId)
  if (!(await callIsOpen(tx, conferenceId))) fail(422, 'conferences.errors.callClosed')
  checkAgainstCall(conference, input)
  await checkTrack(tx, conferenceId, input.trackId)
  // The row is not readable until its submitter's author row exists, so it is written without RETURNING.
  const id = randomUUID()
  await tx.insertInto('conference_submissions').values({ id, conference_id: conferenceId, ...contentColumns(input) }).execute()
  await tx.insertInto('submission_authors').values({
    submission_id: id, person_id: actor.id, display_name: input.submitter.displayName, institution_id: input.submitter.institutionId,
    institution_name: input.submitter.institutionName, country: input.submitter.country, position: 1, is_submitter: true,
    is_presenter: input.submitter.isPresenter,
  }).execute()
  return id
}

/** A submission its author may change: 404 when unseen, 403 for others, 422 after the deadline or once under review. */
async function lockForAuthor(tx: Tx, submissionId: string) {
  await visibleSubmission(tx, submissionId)
  const { rows } = await sql<{ ok: boolean }>`select private.is_submission_author(${submissionId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(403, 'errors.forbidden')
  return tx.selectFrom('conference_submissions').select(['id', 'conference_id', 'state']).where('id', '=', submissionId)
    .forUpdate().executeTakeFirstOrThrow()
}

/** 404 unless the reader may see the submission (a FOR UPDATE read would hide it from readers who may not change it). */
async function visibleSubmission(tx: Tx, submissionId: string) {
  const row = await tx.selectFrom('conference_submissions').select('id').where('id', '=', submissionId).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
}

async function lockEditable(tx: Tx, submissionId: string) {
  const row = await lockForAuthor(tx, submissionId)
  if (!EDITABLE_SUBMISSION_STATES.includes(row.state) || !(await callIsOpen(tx, row.conference_id))) fail(422, 'conferences.errors.callClosed')
  return row
}

export async function updateSubmission(tx: Tx, submissionId: string, input: SubmissionUpdateInput) {
  const row = await lockEditable(tx, submissionId)
  checkAgainstCall(await loadConference(tx, row.conference_id), input)
  await checkTrack(tx, row.conference_id, input.trackId)
  await tx.updateTable('conference_submissions').set({ ...contentColumns(input), updated_at: new Date() }).where('id', '=', submissionId).execute()
}

/**
 * A co-author on the list: a person of the portal (who confirms on their own page) or an email (invited by a link whose
 * secret's hash is stored by the service). Returns the author row's id and, for an email, the secret; telling the
 * co-author is the caller's (inviteCoauthor in ./authors, which picks the invitee's language and names the inviter).
 */
export async function addCoauthor(tx: Tx, submissionId: string, input: AuthorInput): Promise<{ id: string; secret: string | null }> {
  await lockEditable(tx, submissionId)
  await refuseSecondLine(tx, submissionId, input)
  const row = await tx.insertInto('submission_authors').values({
    // A person of the portal is reached through their account: no address of the client's is stored beside them.
    submission_id: submissionId, person_id: input.personId, email: input.personId ? null : input.email, display_name: input.displayName,
    institution_id: input.institutionId, institution_name: input.institutionName, country: input.country, position: input.position,
    is_presenter: input.isPresenter,
  }).returning('id').executeTakeFirstOrThrow()
  if (input.personId) return { id: row.id, secret: null }
  const secret = randomUUID() + randomUUID()
  await elevated(tx, 'store a co-author invitation', svc => svc.updateTable('submission_authors')
    .set({ invite_token_hash: sql<string>`encode(sha256(convert_to(${secret}, 'UTF8')), 'hex')` }).where('id', '=', row.id).execute())
  return { id: row.id, secret }
}

/** One line per author: the same person, or the same invited address, twice is 409 (the unique indexes hold it too). */
async function refuseSecondLine(tx: Tx, submissionId: string, input: AuthorInput) {
  const same = input.personId
    ? await tx.selectFrom('submission_authors').select('id').where('submission_id', '=', submissionId).where('person_id', '=', input.personId)
        .executeTakeFirst()
    : (await sql<{ author_id: string }>`select author_id from private.submission_author_emails(${submissionId}::uuid)
        where lower(email) = lower(${input.email})`.execute(tx)).rows[0]
  if (same) fail(409, 'conferences.authors.errors.alreadyAuthor')
}

export async function removeCoauthor(tx: Tx, submissionId: string, authorId: string) {
  await lockEditable(tx, submissionId)
  const gone = await tx.deleteFrom('submission_authors').where('id', '=', authorId).where('submission_id', '=', submissionId)
    .where('is_submitter', '=', false).executeTakeFirst()
  if (!Number(gone.numDeletedRows)) fail(404, 'errors.notFound')
}

/** A co-author confirms the row that names them (signed in as that person). */
export async function confirmAuthorship(tx: Tx, actor: Actor, authorId: string) {
  const row = await tx.updateTable('submission_authors').set({ confirmed_at: new Date(), updated_at: new Date() })
    .where('id', '=', authorId).where('person_id', '=', actor.id).returning('id').executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
}

/** An emailed invitation's link, opened by a signed-in person: the row becomes theirs, confirmed. */
export async function confirmAuthorshipByLink(tx: Tx, actor: Actor, secret: string) {
  const row = await elevated(tx, 'confirm a co-author invitation', svc => svc.updateTable('submission_authors')
    .set({ person_id: actor.id, email: null, confirmed_at: sql<Date>`now()`, invite_token_hash: null, updated_at: new Date() })
    .where('invite_token_hash', '=', sql<string>`encode(sha256(convert_to(${secret}, 'UTF8')), 'hex')`)
    .where('person_id', 'is', null).returning(['id', 'submission_id']).executeTakeFirst())
  if (!row) fail(404, 'conferences.errors.invitationInvalid')
  return row
}

/**
 * One named step: an author submits or withdraws; a chair starts the review or takes a submission off the programme.
 * Decisions (decide) and camera-ready (uploadCameraReady) have their own functions. The database checks the same table.
 */
export async function takeSubmissionStep(tx: Tx, submissionId: string, action: SubmissionAction) {
  await visibleSubmission(tx, submissionId)
  const row = await tx.selectFrom('conference_submissions').select(['id', 'conference_id', 'state', 'abstract']).where('id', '=', submissionId)
    .forUpdate().executeTakeFirst()
  if (!row) fail(403, 'errors.forbidden')
  const step = findSubmissionTransition(action, row.state)
  if (!step || ['accept', 'accept_with_revisions', 'reject', 'upload_camera_ready'].includes(action)) {
    fail(409, 'conferences.errors.stepNotAllowed', { action, state: row.state })
  }
  const { rows } = await sql<{ author: boolean; chair: boolean }>`select private.is_submission_author(${submissionId}::uuid) as author,
    private.can_chair_submission(${submissionId}::uuid) as chair`.execute(tx)
  if (!(step.by === 'author' ? rows[0]?.author : rows[0]?.chair)) fail(403, 'errors.forbidden')
  if (action === 'submit') {
    if (!(await callIsOpen(tx, row.conference_id))) fail(422, 'conferences.errors.callClosed')
    if (!Object.keys(row.abstract).length) fail(422, 'conferences.errors.abstractRequired')
  }
  return tx.updateTable('conference_submissions')
    .set({ state: step.to, updated_at: new Date() }).where('id', '=', submissionId)
    .returning(['state', 'submitted_at', 'withdrawn_at']).executeTakeFirstOrThrow()
}

/** The author's camera-ready file (an upload of theirs), after acceptance. */
export async function uploadCameraReady(tx: Tx, submissionId: string, fileId: string) {
  const row = await lockForAuthor(tx, submissionId)
  const step = findSubmissionTransition('upload_camera_ready', row.state)
  if (!step && row.state !== 'camera_ready') fail(409, 'conferences.errors.stepNotAllowed', { action: 'upload_camera_ready', state: row.state })
  const state: SubmissionState = step ? step.to : row.state
  await tx.updateTable('conference_submissions').set({ camera_ready_file_id: fileId, state, updated_at: new Date() })
    .where('id', '=', submissionId).execute()
}

/** A submission as its reader may see it: content, and the authors only when the reader may know them. */
export async function getSubmission(tx: Tx, submissionId: string) {
  const submission = await tx.selectFrom('conference_submissions').select(SUBMISSION_COLUMNS).where('id', '=', submissionId).executeTakeFirst()
  if (!submission) fail(404, 'errors.notFound')
  const authors = await tx.selectFrom('submission_authors').select(AUTHOR_COLUMNS).where('submission_id', '=', submissionId)
    .orderBy('position').orderBy('created_at').execute()
  const chair = await isConferenceChair(tx, submission.conference_id)
  // Emails of invited co-authors: for the submission's authors and chairs only (nobody else gets a row back).
  const { rows: emails } = await sql<{ author_id: string; email: string }>`
    select * from private.submission_author_emails(${submissionId}::uuid)`.execute(tx)
  const emailOf = new Map(emails.map(e => [e.author_id, e.email]))
  return { ...submission, authors: authors.map(a => ({ ...a, email: emailOf.get(a.id) ?? null })), can_chair: chair }
}
