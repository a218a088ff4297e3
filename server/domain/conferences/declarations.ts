import { elevated, type Actor, type Tx } from '../../db/as-user'
import { containsPattern } from '../../db/search'
import type { LocalizedText } from '../../../shared/localized-text'
import { fail } from '../../utils/errors'
import { isConferenceChair, loadConference, lockConferenceAsChair } from './conferences'
import { declareConflict } from './reviews'

/**
 * What reviewers declare from the pages (co-authorships, conflicts with a person, an institution or a submission) and
 * what chairs read of it. Reads run as the signed-in person (RLS decides which declarations are there); only the names of
 * the people a declaration names (profiles other people cannot read) are looked up by the service.
 */

export type ConflictSubject = 'person' | 'institution' | 'submission'

async function namesOf(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (!unique.length) return new Map()
  const rows = await elevated(tx, 'name the people of declarations their reader made or chairs', svc => svc.selectFrom('profiles')
    .select(['id', 'display_name']).where('id', 'in', unique).execute())
  return new Map(rows.map(r => [r.id, r.display_name ?? '']))
}

/** The declared conflicts of reviewer rows the reader may see (their own, or all of a conference they chair), with names. */
async function conflictsOf(tx: Tx, reviewerIds: string[], withSubmissionTitles: boolean) {
  if (!reviewerIds.length) return []
  const rows = await tx.selectFrom('reviewer_conflicts as rc').leftJoin('institutions as i', 'i.id', 'rc.institution_id')
    .select(['rc.id', 'rc.reviewer_id', 'rc.person_id', 'rc.institution_id', 'rc.submission_id', 'rc.reason', 'rc.created_at',
      'i.name as institution_name'])
    .where('rc.reviewer_id', 'in', reviewerIds).orderBy('rc.created_at').execute()
  const names = await namesOf(tx, rows.map(r => r.person_id))
  // A reviewer no longer reads a submission they declared a conflict with (RLS): its title is for chairs only.
  const submissionIds = rows.map(r => r.submission_id).filter((id): id is string => Boolean(id))
  const titles = withSubmissionTitles && submissionIds.length
    ? new Map((await tx.selectFrom('conference_submissions').select(['id', 'title']).where('id', 'in', submissionIds).execute())
        .map(s => [s.id, s.title as LocalizedText]))
    : new Map<string, LocalizedText>()
  return rows.map(r => ({
    id: r.id,
    reviewerId: r.reviewer_id,
    subject: (r.person_id ? 'person' : r.institution_id ? 'institution' : 'submission') as ConflictSubject,
    personId: r.person_id,
    personName: r.person_id ? names.get(r.person_id) ?? null : null,
    institutionId: r.institution_id,
    institutionName: r.institution_name ?? null,
    submissionId: r.submission_id,
    submissionTitle: r.submission_id ? titles.get(r.submission_id) ?? null : null,
    reason: r.reason,
    createdAt: new Date(r.created_at).toISOString(),
  }))
}

/**
 * The reader's declarations for one conference: their reviewer row (null if they do not review for it), the conflicts
 * they (or a chair for them) declared, and their co-authorships (a fact about two people, whoever declared it, for every
 * conference), with the conference's lookback in years.
 */
export async function myDeclarations(tx: Tx, actor: Actor, conferenceId: string) {
  const conference = await loadConference(tx, conferenceId)
  const reviewer = await tx.selectFrom('conference_reviewers').select(['id', 'state']).where('conference_id', '=', conferenceId)
    .where('person_id', '=', actor.id).executeTakeFirst()
  const conflicts = await conflictsOf(tx, reviewer ? [reviewer.id] : [], false)
  const coauthorships = await tx.selectFrom('coauthorships').select(['id', 'person_id', 'coauthor_id', 'year', 'created_at'])
    .where(eb => eb.or([eb('person_id', '=', actor.id), eb('coauthor_id', '=', actor.id)])).orderBy('year', 'desc').orderBy('created_at').execute()
  const names = await namesOf(tx, coauthorships.map(c => (c.person_id === actor.id ? c.coauthor_id : c.person_id)))
  return {
    reviewerId: reviewer?.id ?? null,
    reviewerState: reviewer?.state ?? null,
    lookbackYears: conference.coauthor_lookback_years,
    conflicts,
    coauthorships: coauthorships.map((c) => {
      const other = c.person_id === actor.id ? c.coauthor_id : c.person_id
      return { id: c.id, personId: other, personName: names.get(other) ?? null, year: c.year, declaredByMe: c.person_id === actor.id }
    }),
  }
}

/** Every declared conflict of a conference's reviewers, for its chairs (403 for others who see the conference). */
export async function conferenceConflicts(tx: Tx, conferenceId: string) {
  await loadConference(tx, conferenceId)
  if (!(await isConferenceChair(tx, conferenceId))) fail(403, 'errors.forbidden')
  const reviewers = await tx.selectFrom('conference_reviewers').select('id').where('conference_id', '=', conferenceId).execute()
  return conflictsOf(tx, reviewers.map(r => r.id), true)
}

/** A chair removes a declared conflict of a reviewer of their conference (a reviewer cannot: RLS). */
export async function removeConflict(tx: Tx, conferenceId: string, conflictId: string) {
  await lockConferenceAsChair(tx, conferenceId)
  const gone = await tx.deleteFrom('reviewer_conflicts').where('id', '=', conflictId)
    .where('reviewer_id', 'in', eb => eb.selectFrom('conference_reviewers').select('id').where('conference_id', '=', conferenceId))
    .returning('id').executeTakeFirst()
  if (!gone) fail(404, 'errors.notFound')
}

/**
 * People a reviewer (or a chair) of the conference may name in a declaration: teachers and experts of member
 * institutions whose name matches, with their institution. Others who see the conference: 403.
 */
export async function peopleToDeclare(tx: Tx, actor: Actor, conferenceId: string, q: string) {
  await loadConference(tx, conferenceId)
  const reviewer = await tx.selectFrom('conference_reviewers').select('id').where('conference_id', '=', conferenceId)
    .where('person_id', '=', actor.id).where('state', '!=', 'declined').executeTakeFirst()
  if (!reviewer && !(await isConferenceChair(tx, conferenceId))) fail(403, 'errors.forbidden')
  const term = containsPattern(q)
  return elevated(tx, 'search the teacher and expert directory for a declaration', svc => svc.selectFrom('memberships as m')
    .innerJoin('profiles as p', 'p.id', 'm.user_id').innerJoin('institutions as i', 'i.id', 'm.institution_id')
    .select(['p.id', 'p.display_name', 'i.name as institution_name', 'i.country'])
    .where('m.role', 'in', ['teacher', 'reviewer']).where('i.membership_status', '=', 'member').where('p.erased_at', 'is', null)
    .where('p.id', '!=', actor.id).where(eb => eb(eb.fn('lower', ['p.display_name']), 'like', term))
    .orderBy('p.display_name').limit(20).execute())
}

/**
 * From the review page: the assigned reviewer declares a conflict with the submission. The assignment then disappears for
 * them (the database hides a submission, its assignment and review from a reviewer in conflict).
 */
export async function declareConflictWithAssignment(tx: Tx, actor: Actor, assignmentId: string, reason: string | null) {
  const row = await tx.selectFrom('review_assignments as ra').innerJoin('conference_reviewers as r', 'r.id', 'ra.reviewer_id')
    .select(['ra.reviewer_id', 'ra.submission_id', 'r.person_id']).where('ra.id', '=', assignmentId).executeTakeFirst()
  if (!row || row.person_id !== actor.id) fail(404, 'errors.notFound')
  return declareConflict(tx, { reviewerId: row.reviewer_id, submissionId: row.submission_id, personId: null, institutionId: null, reason })
}
