import { sql } from 'kysely'
import { elevated, type Actor, type Tx } from '../../db/as-user'
import { fail } from '../../utils/errors'
import { isConferenceChair, loadConference, lockConferenceAsChair } from './conferences'
import { searchDirectory } from './directory'
import { suggestReviewers } from './reviews'

/**
 * What the chair's board and the reviewer's queue read, beside the data layer's services (server/domain/conferences/
 * conferences.ts, reviews.ts). Every read runs as the signed-in person: RLS decides what is there; only the directory
 * search and the names of reviewers (profiles other people cannot read) are looked up by the service, for chairs only.
 */

async function requireChair(tx: Tx, conferenceId: string) {
  const conference = await loadConference(tx, conferenceId)
  if (!(await isConferenceChair(tx, conferenceId))) fail(403, 'errors.forbidden')
  return conference
}

async function namesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const rows = await elevated(tx, 'name reviewers for their chair', svc => svc.selectFrom('profiles').select(['id', 'display_name'])
    .where('id', 'in', unique).execute())
  return new Map(rows.map(r => [r.id, r.display_name]))
}

/** The conference of an activity, if it has one, and whether the reader chairs it. */
export async function conferenceOfActivity(tx: Tx, activityId: string) {
  const row = await tx.selectFrom('conferences').select('id').where('activity_id', '=', activityId).executeTakeFirst()
  const { rows } = await sql<{ ok: boolean }>`select private.can_manage_activity(${activityId}::uuid) as ok`.execute(tx)
  if (!row) return { conferenceId: null, isChair: rows[0]?.ok === true }
  return { conferenceId: row.id, isChair: await isConferenceChair(tx, row.id) }
}

/** The chair's board: settings, tracks, submissions with their state and review progress, reviewers with their load. */
export async function chairBoard(tx: Tx, conferenceId: string) {
  const conference = await requireChair(tx, conferenceId)
  const [tracks, submissions, reviewers, assignments, decisions, chairs] = await Promise.all([
    tx.selectFrom('conference_tracks').select(['id', 'name', 'topics', 'position']).where('conference_id', '=', conferenceId).orderBy('position').execute(),
    tx.selectFrom('conference_submissions').select(['id', 'title', 'type', 'track_id', 'keywords', 'presentation_language', 'state', 'accepted_type', 'submitted_at'])
      .where('conference_id', '=', conferenceId).where('state', '!=', 'draft').orderBy('submitted_at').execute(),
    tx.selectFrom('conference_reviewers').select(['id', 'person_id', 'email', 'state', 'track_ids', 'topics'])
      .where('conference_id', '=', conferenceId).orderBy('created_at').execute(),
    tx.selectFrom('review_assignments as ra').innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
      .leftJoin('reviews as rv', 'rv.assignment_id', 'ra.id')
      .select(['ra.id', 'ra.submission_id', 'ra.reviewer_id', 'ra.due_at', 'rv.submitted_at', 'rv.scores'])
      .where('s.conference_id', '=', conferenceId).execute(),
    tx.selectFrom('conference_decisions as d').innerJoin('conference_submissions as s', 's.id', 'd.submission_id')
      .select(['d.submission_id', 'd.outcome', 'd.accepted_type', 'd.note_to_authors']).where('s.conference_id', '=', conferenceId).execute(),
    tx.selectFrom('conference_chairs').select('person_id').where('conference_id', '=', conferenceId).execute(),
  ])
  const names = await namesOf(tx, reviewers.flatMap(r => (r.person_id ? [r.person_id] : [])))
  return {
    conference: { ...conference, chairIds: chairs.map(c => c.person_id) },
    tracks,
    submissions: submissions.map((s) => {
      const mine = assignments.filter(a => a.submission_id === s.id)
      return {
        ...s,
        assigned: mine.length,
        reviewed: mine.filter(a => a.submitted_at).length,
        decision: decisions.find(d => d.submission_id === s.id) ?? null,
      }
    }),
    reviewers: reviewers.map(r => ({
      ...r, name: r.person_id ? names.get(r.person_id) ?? null : null, load: assignments.filter(a => a.reviewer_id === r.id).length,
    })),
    assignments: assignments.map(a => ({ ...a, reviewerName: names.get(reviewers.find(r => r.id === a.reviewer_id)?.person_id ?? '') ?? null })),
  }
}

/** A chair reads the submitted reviews of one submission (comments to the chair included) to decide. */
export async function reviewsForChair(tx: Tx, conferenceId: string, submissionId: string) {
  await requireChair(tx, conferenceId)
  const rows = await tx.selectFrom('review_assignments as ra').innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
    .innerJoin('reviews as rv', 'rv.assignment_id', 'ra.id')
    .select(['ra.id as assignment_id', 'ra.reviewer_id', 'rv.scores', 'rv.comment_to_authors', 'rv.comment_to_chair', 'rv.submitted_at'])
    .where('ra.submission_id', '=', submissionId).where('s.conference_id', '=', conferenceId).where('rv.submitted_at', 'is not', null).execute()
  return rows
}

/** Ranked reviewers without conflict for a submission of the chair's conference, with their names. */
export async function suggestionsFor(tx: Tx, conferenceId: string, submissionId: string) {
  await requireChair(tx, conferenceId)
  const submission = await tx.selectFrom('conference_submissions').select('id').where('id', '=', submissionId)
    .where('conference_id', '=', conferenceId).executeTakeFirst()
  if (!submission) fail(404, 'errors.notFound')
  const rows = await suggestReviewers(tx, submissionId)
  const names = await namesOf(tx, rows.map(r => r.person_id))
  // Reviewers who accepted but are in conflict: named with why, so the chair sees why they are not offered.
  const accepted = await tx.selectFrom('conference_reviewers').select(['id', 'person_id']).where('conference_id', '=', conferenceId)
    .where('state', '=', 'accepted').where('person_id', 'is not', null).execute()
  const offered = new Set(rows.map(r => r.reviewer_id))
  const excluded = []
  for (const r of accepted.filter(a => !offered.has(a.id))) {
    const { rows: k } = await sql<{ kinds: string[] }>`select private.review_conflicts(${r.person_id}::uuid, ${submissionId}::uuid) as kinds`.execute(tx)
    if (k[0]?.kinds.length) excluded.push({ reviewerId: r.id, personId: r.person_id!, kinds: k[0].kinds })
  }
  const excludedNames = await namesOf(tx, excluded.map(e => e.personId))
  return {
    suggestions: rows.map(r => ({
      reviewerId: r.reviewer_id, personId: r.person_id, name: names.get(r.person_id) ?? null, topicScore: Number(r.topic_score), load: Number(r.load),
    })),
    excluded: excluded.map(e => ({ ...e, name: excludedNames.get(e.personId) ?? null })),
  }
}

/** A chair takes an assignment back before its review is submitted. */
export async function unassignReviewer(tx: Tx, conferenceId: string, assignmentId: string) {
  await lockConferenceAsChair(tx, conferenceId)
  const row = await tx.selectFrom('review_assignments as ra').innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
    .leftJoin('reviews as rv', 'rv.assignment_id', 'ra.id').select(['ra.id', 'rv.submitted_at'])
    .where('ra.id', '=', assignmentId).where('s.conference_id', '=', conferenceId).executeTakeFirst()
  if (!row) fail(404, 'errors.notFound')
  if (row.submitted_at) fail(409, 'conferences.errors.reviewFinal')
  // A draft review goes with its assignment (on delete cascade).
  const gone = await tx.deleteFrom('review_assignments').where('id', '=', assignmentId).returning('id').executeTakeFirst()
  if (!gone) fail(404, 'errors.notFound')
}

/** The teacher and expert directory (./directory), by name or email: for a chair inviting reviewers. Name, institution and role only. */
export async function reviewerCandidates(tx: Tx, conferenceId: string, q: string) {
  await requireChair(tx, conferenceId)
  const people = await searchDirectory(tx, 'search the teacher and expert directory for a chair', q)
  return people.map(({ locale: _locale, ...person }) => person)
}

/** The reviewer's queue across conferences: invitations to answer and assignments they may see (never in conflict). */
export async function myReviewing(tx: Tx, actor: Actor) {
  const invitations = await tx.selectFrom('conference_reviewers as r').innerJoin('conferences as c', 'c.id', 'r.conference_id')
    .innerJoin('activities as a', 'a.id', 'c.activity_id')
    .select(['r.id', 'r.conference_id', 'r.state', 'r.topics', 'r.track_ids', 'a.title as conference_title'])
    .where('r.person_id', '=', actor.id).orderBy('r.created_at').execute()
  const assignments = await tx.selectFrom('review_assignments as ra').innerJoin('conference_reviewers as r', 'r.id', 'ra.reviewer_id')
    .innerJoin('conference_submissions as s', 's.id', 'ra.submission_id').innerJoin('conferences as c', 'c.id', 's.conference_id')
    .innerJoin('activities as a', 'a.id', 'c.activity_id').leftJoin('reviews as rv', 'rv.assignment_id', 'ra.id')
    .select(['ra.id', 'ra.due_at', 's.id as submission_id', 's.title', 's.type', 's.state', 'a.title as conference_title',
      'r.conference_id', 'rv.submitted_at', 'rv.id as review_id'])
    .where('r.person_id', '=', actor.id).orderBy('ra.created_at').execute()
  return { invitations, assignments }
}

/**
 * One assignment as its reviewer may see it: the submission's content, the criteria, their review so far, and the
 * authors only outside the anonymised phase (the database returns none inside it). 404 for anything else.
 */
export async function assignmentForReviewer(tx: Tx, actor: Actor, assignmentId: string) {
  const row = await tx.selectFrom('review_assignments as ra').innerJoin('conference_reviewers as r', 'r.id', 'ra.reviewer_id')
    .innerJoin('conference_submissions as s', 's.id', 'ra.submission_id')
    .select(['ra.id', 'ra.due_at', 'r.person_id', 's.id as submission_id', 's.conference_id', 's.title', 's.abstract', 's.keywords',
      's.type', 's.track_id', 's.presentation_language', 's.state'])
    .where('ra.id', '=', assignmentId).executeTakeFirst()
  if (!row || row.person_id !== actor.id) fail(404, 'errors.notFound')
  const conference = await loadConference(tx, row.conference_id)
  const anonymised = conference.review_mode === 'anonymised_then_open' && conference.identities_revealed_at === null
  const [review, track, authors] = await Promise.all([
    tx.selectFrom('reviews').select(['scores', 'comment_to_authors', 'comment_to_chair', 'submitted_at']).where('assignment_id', '=', assignmentId).executeTakeFirst(),
    row.track_id ? tx.selectFrom('conference_tracks').select(['id', 'name']).where('id', '=', row.track_id).executeTakeFirst() : undefined,
    anonymised
      ? []
      : tx.selectFrom('submission_authors').select(['display_name', 'institution_name', 'institution_id', 'country', 'position'])
          .where('submission_id', '=', row.submission_id).orderBy('position').execute(),
  ])
  const { person_id: _person, ...submission } = row
  return {
    assignment: submission,
    conference: { id: conference.id, title: conference.title, reviewCriteria: conference.review_criteria, anonymised },
    track: track ?? null,
    review: review ?? null,
    ...(anonymised ? {} : { authors }),
  }
}
