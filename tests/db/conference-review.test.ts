import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { revealIdentities } from '../../server/domain/conferences/conferences'
import { getSubmission } from '../../server/domain/conferences/submissions'
import { mySubmissions } from '../../server/domain/conferences/authors'
import { chairBoard } from '../../server/domain/conferences/review-board'
import { assignReviewer, declareCoauthorship, declareConflict, decide, decisionForAuthors, myAssignments, reviewConflicts, saveReview,
  suggestReviewers } from '../../server/domain/conferences/reviews'
import { conflictDeclareSchema, decisionSchema, reviewSchema } from '../../shared/schemas/conferences'
import { freshDatabase, grantRole, createInstitutionRow } from './helpers'
import { attemptAndRollBack, personWithRole, probeAs } from './rls-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'
import { loadLocaleFiles } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let submissionId: string
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  await asService(db, 'test fixture', async (tx) => {
    await tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', w.thaiAuthor.id).execute()
    await tx.updateTable('profiles').set({ preferred_locale: 'vi' }).where('id', '=', w.vnCoauthor.id).execute()
    await tx.updateTable('profiles').set({ preferred_locale: 'zh' }).where('id', '=', w.zhReviewer.id).execute()
  })
  submissionId = await submissionBy(db, w)
})
afterAll(() => handle.close())

const conflictsOf = (person: Actor, asker: Actor = w.chair, sub = submissionId) => asUser(db, asker, tx => reviewConflicts(tx, person.id, sub))
const thisYear = new Date().getUTCFullYear()
const FULL_SCORES = { relevance: 4, originality: 3, clarity: 5, overall: 4 }

describe('conflicts of interest', () => {
  it('an author of the submission is in conflict (and, through her college, also by institution)', async () => {
    expect(await conflictsOf(w.thaiAuthor)).toEqual(['author', 'institution'])
    expect(await conflictsOf(w.vnCoauthor)).toEqual(['author', 'institution'])
  })

  it('a colleague at the Thai author\'s college is in conflict by institution; the Chinese reviewer is not', async () => {
    expect(await conflictsOf(w.thaiColleague)).toEqual(['institution'])
    expect(await conflictsOf(w.zhReviewer)).toEqual([])
  })

  it('an institution counts also when only an author\'s membership names it, not the author row', async () => {
    const laoInstitute = await createInstitutionRow(db)
    await grantRole(db, w.vnCoauthor, laoInstitute, 'teacher')
    const laoReviewer = await personWithRole(db, 'lao-reviewer', laoInstitute, 'teacher')
    expect(await conflictsOf(laoReviewer)).toEqual(['institution'])
    await asService(db, 'test fixture', tx => tx.deleteFrom('memberships').where('user_id', '=', w.vnCoauthor.id).where('institution_id', '=', laoInstitute).execute())
    expect(await conflictsOf(laoReviewer)).toEqual([])
  })

  it('a declared co-authorship with an author counts within the conference\'s lookback years only, declared from either side', async () => {
    const reviewer = await personWithRole(db, 'coauthor-reviewer', await createInstitutionRow(db), 'teacher')
    await asUser(db, reviewer, tx => declareCoauthorship(tx, reviewer, { coauthorId: w.vnCoauthor.id, year: thisYear - 10 }))
    expect(await conflictsOf(reviewer)).toEqual([])
    await asUser(db, w.vnCoauthor, tx => declareCoauthorship(tx, w.vnCoauthor, { coauthorId: reviewer.id, year: thisYear - 2 }))
    expect(await conflictsOf(reviewer)).toEqual(['coauthor'])
  })

  it('a reviewer\'s declared conflict with the submission, an author or an institution counts', async () => {
    for (const subject of ['submission', 'person', 'institution'] as const) {
      const reviewer = await personWithRole(db, `declaring-${subject}`, await createInstitutionRow(db), 'teacher')
      const reviewerId = await acceptedReviewer(db, w, reviewer)
      expect(await conflictsOf(reviewer)).toEqual([])
      const input = conflictDeclareSchema.parse({
        reviewerId,
        submissionId: subject === 'submission' ? submissionId : null,
        personId: subject === 'person' ? w.thaiAuthor.id : null,
        institutionId: subject === 'institution' ? w.vnUniversity : null,
        reason: 'I supervised this work',
      })
      await asUser(db, reviewer, tx => declareConflict(tx, input))
      expect(await conflictsOf(reviewer), subject).toEqual(['declared'])
    }
  })

  it('only chairs, the service and the person themself learn the answer; anyone else reads unknown', async () => {
    expect(await conflictsOf(w.thaiColleague, w.outsider)).toEqual(['unknown'])
    expect(await conflictsOf(w.thaiColleague, w.thaiColleague)).toEqual(['institution'])
    expect(await asService(db, 'test check', tx => reviewConflicts(tx, w.thaiColleague.id, submissionId))).toEqual(['institution'])
  })
})

describe('assignment', () => {
  let thaiReviewerId: string, zhReviewerId: string
  beforeAll(async () => {
    thaiReviewerId = await acceptedReviewer(db, w, w.thaiColleague, ['internships', 'vocational education'])
    zhReviewerId = await acceptedReviewer(db, w, w.zhReviewer, ['internships'])
  })

  it('the suggestions leave out the Thai author\'s colleague although her topics match best', async () => {
    const suggested = await asUser(db, w.chair, tx => suggestReviewers(tx, submissionId))
    expect(suggested.map(s => s.reviewer_id)).toContain(zhReviewerId)
    expect(suggested.map(s => s.reviewer_id)).not.toContain(thaiReviewerId)
    expect(suggested.find(s => s.reviewer_id === zhReviewerId)).toMatchObject({ topic_score: 1, load: 0 })
    expect(await asUser(db, w.outsider, tx => suggestReviewers(tx, submissionId))).toEqual([])
  })

  it('ranks by topic match, then by load', async () => {
    const busy = await personWithRole(db, 'busy-reviewer', await createInstitutionRow(db), 'teacher')
    const idle = await personWithRole(db, 'idle-reviewer', await createInstitutionRow(db), 'teacher')
    const busyId = await acceptedReviewer(db, w, busy, ['internships', 'vocational education'])
    const idleId = await acceptedReviewer(db, w, idle, [])
    const ranked = (await asUser(db, w.chair, tx => suggestReviewers(tx, submissionId))).map(s => s.reviewer_id)
    expect(ranked.indexOf(busyId)).toBeLessThan(ranked.indexOf(zhReviewerId))
    expect(ranked.indexOf(zhReviewerId)).toBeLessThan(ranked.indexOf(idleId))
  })

  it('refuses a conflicted reviewer in the service (409 naming why) and in the database whatever the path', async () => {
    await expect(asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId: thaiReviewerId, dueAt: null })))
      .rejects.toMatchObject({ statusCode: 409, data: { key: 'conferences.errors.conflictOfInterest', kinds: ['institution'] } })
    const direct = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('review_assignments').values({ submission_id: submissionId, reviewer_id: thaiReviewerId }).execute())
    expect(direct.message).toMatch(/conflict of interest/)
    await expect(asService(db, 'test check', tx => tx.insertInto('review_assignments').values({ submission_id: submissionId, reviewer_id: thaiReviewerId }).execute()))
      .rejects.toThrow(/conflict of interest/)
  })

  it('assigns the Chinese reviewer; the submission goes under review and she sees it in her queue', async () => {
    await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId: zhReviewerId, dueAt: null }))
    const state = await asService(db, 'test check', tx => tx.selectFrom('conference_submissions').select('state').where('id', '=', submissionId).executeTakeFirstOrThrow())
    expect(state.state).toBe('under_review')
    const queue = await asUser(db, w.zhReviewer, tx => myAssignments(tx, w.zhReviewer, w.conferenceId))
    expect(queue.map(q => q.submission_id)).toEqual([submissionId])
  })

  it('the Thai colleague gets 404 for the submission and sees nothing of it, even if the service had assigned her', async () => {
    await expect(asUser(db, w.thaiColleague, tx => getSubmission(tx, submissionId))).rejects.toMatchObject({ statusCode: 404 })
    // An assignment that exists anyway: she was assigned before she joined the Thai college. RLS still hides everything.
    const membership = () => asService(db, 'test fixture', tx => tx.selectFrom('memberships').select(['user_id', 'institution_id', 'role'])
      .where('user_id', '=', w.thaiColleague.id).executeTakeFirstOrThrow())
    const held = await membership()
    await asService(db, 'test fixture', tx => tx.deleteFrom('memberships').where('user_id', '=', w.thaiColleague.id).execute())
    await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId: thaiReviewerId, dueAt: null }))
    await asService(db, 'test fixture', tx => tx.insertInto('memberships').values(held).execute())
    const seen = await asUser(db, w.thaiColleague, async tx => ({
      submissions: (await tx.selectFrom('conference_submissions').select('id').execute()).length,
      assignments: (await tx.selectFrom('review_assignments').select('id').execute()).length,
      authors: (await tx.selectFrom('submission_authors').select('id').execute()).length,
    }))
    expect(seen).toEqual({ submissions: 0, assignments: 0, authors: 0 })
    await expect(asUser(db, w.thaiColleague, tx => myAssignments(tx, w.thaiColleague, w.conferenceId))).resolves.toEqual([])
    const assignment = await asService(db, 'test check', tx => tx.selectFrom('review_assignments').select('id').where('reviewer_id', '=', thaiReviewerId).executeTakeFirstOrThrow())
    await expect(asUser(db, w.thaiColleague, tx => saveReview(tx, assignment.id, reviewSchema.parse({ scores: FULL_SCORES }))))
      .rejects.toMatchObject({ statusCode: 404 })
    const direct = await attemptAndRollBack(db, w.thaiColleague, tx => tx.insertInto('reviews').values({ assignment_id: assignment.id, scores: JSON.stringify({}) }).execute())
    expect(direct.message).toMatch(/row-level security|only the assigned reviewer/)
  })

  it('a conflict declared after the assignment hides the submission, the assignment and the review at once', async () => {
    const late = await personWithRole(db, 'late-conflict', await createInstitutionRow(db), 'teacher')
    const lateId = await acceptedReviewer(db, w, late)
    const assignmentId = await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId: lateId, dueAt: null }))
    await asUser(db, late, tx => saveReview(tx, assignmentId, reviewSchema.parse({ scores: { relevance: 2 }, commentToChair: 'draft' })))
    const sees = () => asUser(db, late, async tx => [
      (await tx.selectFrom('conference_submissions').select('id').execute()).length,
      (await tx.selectFrom('review_assignments').select('id').execute()).length,
      (await tx.selectFrom('reviews').select('id').execute()).length,
    ])
    expect(await sees()).toEqual([1, 1, 1])
    await asUser(db, late, tx => declareCoauthorship(tx, late, { coauthorId: w.thaiAuthor.id, year: thisYear }))
    expect(await sees()).toEqual([0, 0, 0])
    // Taking the declaration back is not theirs to do.
    const undo = await asUser(db, late, tx => tx.deleteFrom('coauthorships').where('person_id', '=', late.id).executeTakeFirst())
    expect(Number(undo.numDeletedRows)).toBe(0)
  })
})

describe('anonymity', () => {
  it('in the anonymised phase the assigned reviewer reads the content but no author, name or institution', async () => {
    const view = await asUser(db, w.zhReviewer, tx => getSubmission(tx, submissionId))
    expect(view.title).toMatchObject({ th: 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา' })
    expect(view.authors).toEqual([])
    const text = JSON.stringify(view)
    for (const identity of ['Malee', 'Nguyễn', w.thaiAuthor.id, w.vnCoauthor.id, w.thaiCollege, w.vnUniversity]) expect(text).not.toContain(identity)
    // The table itself names nobody: no column of a submission is about its authors.
    const row = await asUser(db, w.zhReviewer, tx => tx.selectFrom('conference_submissions').selectAll().where('id', '=', submissionId).executeTakeFirstOrThrow())
    expect(Object.values(row).map(v => JSON.stringify(v)).join(' ')).not.toMatch(new RegExp(`${w.thaiAuthor.id}|${w.thaiCollege}`))
    expect(await asUser(db, w.zhReviewer, tx => tx.selectFrom('submission_authors').select('id').where('submission_id', '=', submissionId).execute())).toEqual([])
  })

  it('the authors and the chair see the authors all along', async () => {
    for (const actor of [w.thaiAuthor, w.vnCoauthor, w.chair]) {
      const view = await asUser(db, actor, tx => getSubmission(tx, submissionId))
      expect(view.authors.map(a => a.display_name)).toEqual(['Malee Srisuk', 'Nguyễn Văn An'])
    }
  })

  it('when the chair opens the review, the reviewer sees names, institutions and countries', async () => {
    await expect(asUser(db, w.zhReviewer, tx => revealIdentities(tx, w.conferenceId))).rejects.toMatchObject({ statusCode: 403 })
    await asUser(db, w.chair, tx => revealIdentities(tx, w.conferenceId))
    const view = await asUser(db, w.zhReviewer, tx => getSubmission(tx, submissionId))
    expect(view.authors.map(a => [a.display_name, a.institution_id, a.country])).toEqual([
      ['Malee Srisuk', w.thaiCollege, 'TH'], ['Nguyễn Văn An', w.vnUniversity, 'VN']])
  })

  it('a conference in open review mode shows authors to its reviewers from the start', async () => {
    const open = await conferenceWorld(db, { reviewMode: 'open' })
    const sub = await submissionBy(db, open)
    const reviewerId = await acceptedReviewer(db, open, open.zhReviewer)
    await asUser(db, open.chair, tx => assignReviewer(tx, { submissionId: sub, reviewerId, dueAt: null }))
    const view = await asUser(db, open.zhReviewer, tx => getSubmission(tx, sub))
    expect(view.authors).toHaveLength(2)
  })
})

describe('reviews and decisions', () => {
  let assignmentId: string
  beforeAll(async () => {
    const row = await asService(db, 'test check', tx => tx.selectFrom('review_assignments as ra').innerJoin('conference_reviewers as r', 'r.id', 'ra.reviewer_id')
      .select('ra.id').where('r.person_id', '=', w.zhReviewer.id).where('ra.submission_id', '=', submissionId).executeTakeFirstOrThrow())
    assignmentId = row.id
  })

  it('scores are the conference\'s criteria from 1 to 5, all of them to submit; the database holds the same rule', async () => {
    await expect(asUser(db, w.zhReviewer, tx => saveReview(tx, assignmentId, reviewSchema.parse({ scores: { novelty: 3 } }))))
      .rejects.toMatchObject({ statusCode: 422 })
    await expect(asUser(db, w.zhReviewer, tx => saveReview(tx, assignmentId, reviewSchema.parse({ scores: { relevance: 4 }, submit: true }))))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.scoresIncomplete' } })
    expect(() => reviewSchema.parse({ scores: { relevance: 6 } })).toThrow()
    for (const scores of [{ relevance: 6 }, { relevance: 2.5 }, { relevance: '3' }, { novelty: 3 }]) {
      const error = await attemptAndRollBack(db, w.zhReviewer, tx => tx.insertInto('reviews').values({ assignment_id: assignmentId, scores: JSON.stringify(scores) }).execute())
      expect(error.message, JSON.stringify(scores)).toMatch(/scores are the conference's criteria/)
    }
  })

  it('the reviewer submits once; a submitted review is final', async () => {
    await asUser(db, w.zhReviewer, tx => saveReview(tx, assignmentId, reviewSchema.parse({
      scores: FULL_SCORES, commentToAuthors: '请补充企业导师的评价数据。', commentToChair: 'Strong, but the sample is small.', submit: true,
    })))
    await expect(asUser(db, w.zhReviewer, tx => saveReview(tx, assignmentId, reviewSchema.parse({ scores: FULL_SCORES }))))
      .rejects.toMatchObject({ statusCode: 409 })
    const changed = await asUser(db, w.zhReviewer, tx => tx.updateTable('reviews').set({ comment_to_chair: 'changed' }).where('assignment_id', '=', assignmentId).executeTakeFirst())
    expect(Number(changed.numUpdatedRows)).toBe(0)
  })

  it('authors read no review before the decision, and no decision is made by anyone but a chair', async () => {
    await expect(asUser(db, w.thaiAuthor, tx => decisionForAuthors(tx, submissionId))).rejects.toMatchObject({ statusCode: 404 })
    expect(await asUser(db, w.thaiAuthor, tx => tx.selectFrom('reviews').select('id').execute())).toEqual([])
    for (const actor of [w.thaiAuthor, w.zhReviewer]) {
      await expect(asUser(db, actor, tx => decide(tx, submissionId, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' }))))
        .rejects.toMatchObject({ statusCode: 403 })
    }
  })

  it('the chair accepts it as a talk; the authors read the decision and the comment to authors, never the comment to the chair or who wrote it', async () => {
    const result = await asUser(db, w.chair, tx => decide(tx, submissionId, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk', noteToAuthors: 'Welcome to Nanning' })))
    expect(result).toEqual({ state: 'accepted', accepted_type: 'talk' })
    const forAuthors = await asUser(db, w.vnCoauthor, tx => decisionForAuthors(tx, submissionId))
    expect(forAuthors).toMatchObject({ outcome: 'accept', accepted_type: 'talk', note_to_authors: 'Welcome to Nanning' })
    expect(forAuthors.reviews).toEqual([{ scores: FULL_SCORES, comment_to_authors: '请补充企业导师的评价数据。' }])
    expect(JSON.stringify(forAuthors)).not.toMatch(/sample is small|zh-reviewer/)
    expect(JSON.stringify(forAuthors)).not.toContain(w.zhReviewer.id)
    await expect(asUser(db, w.chair, tx => decide(tx, submissionId, decisionSchema.parse({ outcome: 'reject' }))))
      .rejects.toMatchObject({ statusCode: 409 })
    const rewrite = await attemptAndRollBack(db, w.chair, tx => tx.updateTable('conference_decisions').set({ outcome: 'reject', accepted_type: null }).execute())
    expect(rewrite.message).toMatch(/permission denied/)
  })

  it('each author hears of the decision in their own language, with the comments to authors and not the reviewer\'s name', async () => {
    const mails = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
      .where('template', '=', 'conferences.decision').execute())
    expect(mails.map(m => m.to_user_id).sort()).toEqual([w.thaiAuthor.id, w.vnCoauthor.id].sort())
    const thai = mails.find(m => m.to_user_id === w.thaiAuthor.id)!
    const vietnamese = mails.find(m => m.to_user_id === w.vnCoauthor.id)!
    expect(thai).toMatchObject({ locale: 'th' })
    expect(thai.subject).toContain('ตอบรับให้นำเสนอแบบบรรยาย')
    expect(thai.subject).toContain('การฝึกงานข้ามพรมแดนในอาชีวศึกษา')
    expect(vietnamese.subject).toContain('được chấp nhận trình bày báo cáo')
    for (const mail of mails) {
      expect(mail.body).toContain('请补充企业导师的评价数据。')
      expect(mail.body).toContain('Welcome to Nanning')
      expect(mail.body).not.toMatch(/sample is small|zh-reviewer/)
    }
    const notices = await asUser(db, w.thaiAuthor, tx => tx.selectFrom('notifications').select(['kind', 'link']).execute())
    expect(notices).toContainEqual({ kind: 'conferences.decision', link: `/conferences/submissions/${submissionId}` })
  })

  it('the lists: the chair\'s board has every submitted one with its reviews\' progress, an author their own, a reviewer only what is assigned', async () => {
    const other = await submissionBy(db, w, 'draft', { submitter: { displayName: 'Other', institutionName: 'Elsewhere', country: 'PH', isPresenter: true, institutionId: null } })
    const board = await asUser(db, w.chair, tx => chairBoard(tx, w.conferenceId))
    expect(board.submissions.find(s => s.id === submissionId)).toMatchObject({ state: 'accepted', reviewed: 1 })
    // A draft is its authors' until they submit it.
    expect(board.submissions.map(s => s.id)).not.toContain(other)
    for (const actor of [w.zhReviewer, w.thaiColleague, w.thaiAuthor]) {
      await expect(asUser(db, actor, tx => chairBoard(tx, w.conferenceId))).rejects.toMatchObject({ statusCode: 403 })
    }
    const mine = await asUser(db, w.thaiAuthor, tx => mySubmissions(tx, w.thaiAuthor, w.conferenceId))
    expect(mine.map(s => s.id)).toEqual(expect.arrayContaining([submissionId, other]))
    expect(await asUser(db, w.thaiColleague, tx => mySubmissions(tx, w.thaiColleague, w.conferenceId))).toEqual([])
    const seen = (actor: Actor) => asUser(db, actor, async tx => (await tx.selectFrom('conference_submissions').select('id')
      .where('conference_id', '=', w.conferenceId).execute()).map(s => s.id))
    expect(await seen(w.zhReviewer)).toEqual([submissionId])
    expect((await asUser(db, w.zhReviewer, tx => myAssignments(tx, w.zhReviewer, w.conferenceId))).map(a => a.submission_id)).toEqual([submissionId])
    expect(await seen(w.thaiColleague)).toEqual([])
    expect(await seen(w.outsider)).toEqual([])
  })

  it('a reviewer may not be assigned once it is decided', async () => {
    const other = await personWithRole(db, 'too-late', await createInstitutionRow(db), 'teacher')
    const reviewerId = await acceptedReviewer(db, w, other)
    await expect(asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId, dueAt: null }))).rejects.toMatchObject({ statusCode: 409 })
    void probeAs
  })
})
