import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import type { AssignInput, CoauthorshipInput, ConflictDeclareInput, DecisionInput, ReviewerAnswerInput, ReviewerInviteInput, ReviewInput }
  from '../../../shared/schemas/conferences'
import { findSubmissionTransition } from '../../../shared/conferences/lifecycle'
import type { ConflictKind } from '../../../shared/conferences/vocabulary'
import { fail } from '../../utils/errors'
import { notify } from '../notifications/notify'
import { enqueueMail, portalLink } from '../../mail/outbox'
import { resolveLocalizedText } from '../../../shared/localized-text'
import { lockConferenceAsChair, loadConference } from './conferences'

const sha256 = (secret: string) => sql<string>`encode(sha256(convert_to(${secret}, 'UTF8')), 'hex')`

/**
 * A chair invites a reviewer: a person of the directory, or an email (the returned secret goes in the mailed link; its
 * hash is stored by the service). Returns the reviewer row's id.
 */
export async function inviteReviewer(tx: Tx, actor: Actor, conferenceId: string, input: ReviewerInviteInput) {
  const conference = await lockConferenceAsChair(tx, conferenceId)
  const row = await tx.insertInto('conference_reviewers').values({
    conference_id: conferenceId, person_id: input.personId, email: input.email, track_ids: input.trackIds, topics: input.topics,
    invited_by: actor.id,
  }).returning('id').executeTakeFirstOrThrow()
  if (input.personId) {
    await notify(tx, { users: [input.personId] }, {
      kind: 'conferences.reviewerInvited', params: { conference: conference.title }, link: `/conferences/${conferenceId}/reviewing`,
    })
    return { id: row.id, secret: null }
  }
  const secret = randomUUID() + randomUUID()
  await elevated(tx, 'store a reviewer invitation', async (svc) => {
    await svc.updateTable('conference_reviewers').set({ invite_token_hash: sha256(secret) }).where('id', '=', row.id).execute()
    // The link's secret is in the mail only; the outbox's body is the recipient's alone.
    await enqueueMail(svc, {
      toEmail: input.email!, locale: input.locale, template: 'conferences.reviewerInvitation',
      params: {
        conference: resolveLocalizedText(conference.title, input.locale).text,
        link: portalLink(input.locale, `/conferences/invitations/reviewer/${secret}`),
      },
    })
  })
  return { id: row.id, secret }
}

/** An emailed reviewer invitation, opened by a signed-in person: the row becomes theirs (still to be accepted). */
export async function claimReviewerInvitation(tx: Tx, actor: Actor, secret: string) {
  const row = await elevated(tx, 'claim a reviewer invitation', svc => svc.updateTable('conference_reviewers')
    .set({ person_id: actor.id, invite_token_hash: null, updated_at: new Date() })
    .where('invite_token_hash', '=', sha256(secret)).where('person_id', 'is', null).returning('id').executeTakeFirst())
  if (!row) fail(404, 'conferences.errors.invitationInvalid')
  return row.id
}

/** The invited person accepts (declaring their tracks and topics) or declines. */
export async function answerReviewerInvitation(tx: Tx, actor: Actor, reviewerId: string, input: ReviewerAnswerInput) {
  const row = await tx.selectFrom('conference_reviewers').select(['id', 'state', 'person_id']).where('id', '=', reviewerId).forUpdate().executeTakeFirst()
  if (!row || row.person_id !== actor.id) fail(404, 'errors.notFound')
  if (row.state !== 'invited') fail(409, 'conferences.errors.alreadyAnswered')
  await tx.updateTable('conference_reviewers').set({
    state: input.accept ? 'accepted' : 'declined', updated_at: new Date(),
    ...(input.trackIds ? { track_ids: input.trackIds } : {}), ...(input.topics ? { topics: input.topics } : {}),
  }).where('id', '=', reviewerId).execute()
}

/** This year anywhere on Earth (UTC+14), as the database's guard on co-authorships counts it. */
export const latestCoauthorshipYear = () => new Date(Date.now() + 14 * 3_600_000).getUTCFullYear()

/** A person a declaration names exists in the directory (profiles are not readable across institutions: the service looks). */
async function assertDirectoryPerson(tx: Tx, personId: string) {
  const found = await elevated(tx, 'check a declared person is in the directory', svc => svc.selectFrom('profiles').select('id')
    .where('id', '=', personId).where('erased_at', 'is', null).executeTakeFirst())
  if (!found) fail(422, 'conferences.errors.unknownPerson')
}

/** A reviewer (or a chair for them) declares a conflict of interest with a person, an institution or a submission. */
export async function declareConflict(tx: Tx, input: ConflictDeclareInput): Promise<string> {
  const reviewer = await tx.selectFrom('conference_reviewers').select('id').where('id', '=', input.reviewerId).executeTakeFirst()
  if (!reviewer) fail(404, 'errors.notFound')
  if (input.personId) await assertDirectoryPerson(tx, input.personId)
  const row = await tx.insertInto('reviewer_conflicts').values({
    reviewer_id: input.reviewerId, person_id: input.personId, institution_id: input.institutionId, submission_id: input.submissionId,
    reason: input.reason,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** The signed-in person declares that they published with another person in a year. */
export async function declareCoauthorship(tx: Tx, actor: Actor, input: CoauthorshipInput): Promise<void> {
  if (input.coauthorId === actor.id) fail(422, 'conferences.errors.selfCoauthorship')
  if (input.year > latestCoauthorshipYear()) fail(422, 'conferences.errors.yearInFuture')
  await assertDirectoryPerson(tx, input.coauthorId)
  await tx.insertInto('coauthorships').values({ person_id: actor.id, coauthor_id: input.coauthorId, year: input.year })
    .onConflict(oc => oc.doNothing()).execute()
}

/** Why a person may not review a submission (empty: they may). Chairs and the person themself get an answer; others ['unknown']. */
export async function reviewConflicts(tx: Tx, personId: string, submissionId: string): Promise<ConflictKind[]> {
  const { rows } = await sql<{ kinds: ConflictKind[] }>`select private.review_conflicts(${personId}::uuid, ${submissionId}::uuid) as kinds`.execute(tx)
  return rows[0]?.kinds ?? ['unknown']
}

/** Reviewers a chair may assign, best first (topic match, then fewest assignments), without anyone in conflict. */
export async function suggestReviewers(tx: Tx, submissionId: string) {
  const { rows } = await sql<{ reviewer_id: string; person_id: string; topic_score: number; load: number }>`
    select * from private.suggest_reviewers(${submissionId}::uuid)`.execute(tx)
  return rows
}

async function lockSubmissionAsChair(tx: Tx, submissionId: string) {
  const seen = await tx.selectFrom('conference_submissions').select('conference_id').where('id', '=', submissionId).executeTakeFirst()
  if (!seen) fail(404, 'errors.notFound')
  await lockConferenceAsChair(tx, seen.conference_id)
  return tx.selectFrom('conference_submissions').select(['id', 'conference_id', 'state']).where('id', '=', submissionId)
    .forUpdate().executeTakeFirstOrThrow()
}

/**
 * A chair assigns an accepted reviewer to a submitted submission (its review starts with the first assignment). A
 * conflict of interest is refused here with its kinds, and by the database whatever path a write takes.
 */
export async function assignReviewer(tx: Tx, input: AssignInput): Promise<string> {
  const submission = await lockSubmissionAsChair(tx, input.submissionId)
  const reviewer = await tx.selectFrom('conference_reviewers').select(['id', 'person_id', 'state', 'conference_id'])
    .where('id', '=', input.reviewerId).executeTakeFirst()
  if (!reviewer || reviewer.conference_id !== submission.conference_id) fail(404, 'errors.notFound')
  if (reviewer.state !== 'accepted' || !reviewer.person_id) fail(422, 'conferences.errors.reviewerNotAccepted')
  if (!['submitted', 'under_review'].includes(submission.state)) fail(409, 'conferences.errors.notInReview')
  const kinds = await reviewConflicts(tx, reviewer.person_id, submission.id)
  if (kinds.length) fail(409, 'conferences.errors.conflictOfInterest', {}, { kinds })
  const row = await tx.insertInto('review_assignments').values({ submission_id: submission.id, reviewer_id: reviewer.id, due_at: input.dueAt })
    .returning('id').executeTakeFirstOrThrow()
  if (submission.state === 'submitted') {
    await tx.updateTable('conference_submissions').set({ state: 'under_review', updated_at: new Date() }).where('id', '=', submission.id).execute()
  }
  return row.id
}

/** The assigned reviewer writes (and, with submit, finalises) their review. 404 for an assignment they cannot see. */
export async function saveReview(tx: Tx, assignmentId: string, input: ReviewInput): Promise<string> {
  const assignment = await tx.selectFrom('review_assignments as ra').innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
    .select(['ra.id', 's.state', 's.conference_id']).where('ra.id', '=', assignmentId).executeTakeFirst()
  if (!assignment) fail(404, 'errors.notFound')
  const { rows } = await sql<{ ok: boolean }>`select private.is_own_assignment(${assignmentId}::uuid) as ok`.execute(tx)
  if (!rows[0]?.ok) fail(404, 'errors.notFound')
  if (assignment.state !== 'under_review') fail(409, 'conferences.errors.notInReview')
  const conference = await loadConference(tx, assignment.conference_id)
  const criteria = conference.review_criteria
  if (Object.keys(input.scores).some(k => !criteria.includes(k))) fail(422, 'conferences.errors.scoresInvalid')
  if (input.submit && criteria.some(c => input.scores[c] === undefined)) fail(422, 'conferences.errors.scoresIncomplete')
  // Not FOR UPDATE: a submitted review is outside the update policy, and would look absent.
  const existing = await tx.selectFrom('reviews').select(['id', 'submitted_at']).where('assignment_id', '=', assignmentId).executeTakeFirst()
  if (existing?.submitted_at) fail(409, 'conferences.errors.reviewFinal')
  const values = {
    scores: JSON.stringify(input.scores), comment_to_authors: input.commentToAuthors, comment_to_chair: input.commentToChair,
    submitted_at: input.submit ? new Date() : null, updated_at: new Date(),
  }
  if (existing) {
    await tx.updateTable('reviews').set(values).where('id', '=', existing.id).execute()
    return existing.id
  }
  const row = await tx.insertInto('reviews').values({ assignment_id: assignmentId, ...values }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** A chair decides: accept (as a talk or a poster), accept with revisions, or reject. Final; the state follows. */
export async function decide(tx: Tx, submissionId: string, input: DecisionInput) {
  const submission = await lockSubmissionAsChair(tx, submissionId)
  const step = findSubmissionTransition(input.outcome, submission.state)
  if (!step) fail(409, 'conferences.errors.stepNotAllowed', { action: input.outcome, state: submission.state })
  const existing = await tx.selectFrom('conference_decisions').select('id').where('submission_id', '=', submissionId).executeTakeFirst()
  if (existing) fail(409, 'conferences.errors.decisionFinal')
  await tx.insertInto('conference_decisions').values({
    submission_id: submissionId, outcome: input.outcome, accepted_type: input.acceptedType, note_to_authors: input.noteToAuthors,
  }).execute()
  const row = await tx.updateTable('conference_submissions').set({ state: step.to, updated_at: new Date() }).where('id', '=', submissionId)
    .returning(['state', 'accepted_type']).executeTakeFirstOrThrow()
  await tellAuthorsOfDecision(tx, submissionId, input)
  return row
}

const OUTCOME_KEYS = { accept: { talk: 'acceptTalk', poster: 'acceptPoster' }, accept_with_revisions: 'acceptWithRevisions', reject: 'reject' } as const

/**
 * Each author with an account hears of the decision in their own language, with the chair's note and every submitted
 * review's comment to authors (unsigned; written in the reviewer's language, quoted as written).
 */
async function tellAuthorsOfDecision(tx: Tx, submissionId: string, input: DecisionInput) {
  const { rows: reviews } = await sql<{ comment_to_authors: string }>`
    select comment_to_authors from private.review_comments_for_author(${submissionId}::uuid)`.execute(tx)
  const about = await tx.selectFrom('conference_submissions as s').innerJoin('conferences as c', 'c.id', 's.conference_id')
    .innerJoin('activities as a', 'a.id', 'c.activity_id').select(['s.title', 'a.title as conference']).where('s.id', '=', submissionId)
    .executeTakeFirstOrThrow()
  const authors = await elevated(tx, 'find the authors to tell of a decision', svc => svc.selectFrom('submission_authors').select('person_id')
    .where('submission_id', '=', submissionId).where('person_id', 'is not', null).execute())
  const outcome = input.outcome === 'accept' ? OUTCOME_KEYS.accept[input.acceptedType ?? 'talk'] : OUTCOME_KEYS[input.outcome]
  const comments = reviews.map(r => r.comment_to_authors.trim()).filter(Boolean).map(c => `— ${c}`).join('\n\n') || '—'
  await notify(tx, { users: authors.map(a => a.person_id!) }, {
    kind: 'conferences.decision',
    params: { title: about.title, conference: about.conference, outcome: { key: `conferences.outcomes.${outcome}` }, note: input.noteToAuthors || '—', comments },
    link: `/conferences/submissions/${submissionId}`,
  })
}

/** What authors read after the decision: the decision and each review's scores and comment to authors, unsigned. */
export async function decisionForAuthors(tx: Tx, submissionId: string) {
  const decision = await tx.selectFrom('conference_decisions').select(['outcome', 'accepted_type', 'note_to_authors', 'created_at'])
    .where('submission_id', '=', submissionId).executeTakeFirst()
  if (!decision) fail(404, 'errors.notFound')
  const { rows } = await sql<{ scores: Record<string, number>; comment_to_authors: string }>`
    select * from private.review_comments_for_author(${submissionId}::uuid)`.execute(tx)
  return { ...decision, reviews: rows }
}

/** A reviewer's queue: their assignments they may see (never one in conflict), with the submission's content. */
export async function myAssignments(tx: Tx, actor: Actor, conferenceId: string) {
  return tx.selectFrom('review_assignments as ra').innerJoin('conference_reviewers as r', 'r.id', 'ra.reviewer_id')
    .innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
    .leftJoin('reviews as rv', 'rv.assignment_id', 'ra.id')
    .select(['ra.id', 'ra.due_at', 's.id as submission_id', 's.title', 's.abstract', 's.keywords', 's.type', 's.track_id',
      's.presentation_language', 'rv.submitted_at'])
    .where('r.person_id', '=', actor.id).where('r.conference_id', '=', conferenceId).orderBy('ra.created_at').execute()
}
