import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addTrack } from '../../server/domain/conferences/conferences'
import { assignReviewer, decide, declareConflict, inviteReviewer, saveReview } from '../../server/domain/conferences/reviews'
import { addProgrammeSession } from '../../server/domain/conferences/programme'
import { conflictDeclareSchema, decisionSchema, programmeSessionSchema, reviewerInviteSchema, reviewSchema, trackSchema } from '../../shared/schemas/conferences'
import { createPerson, freshDatabase } from './helpers'
import { PERMISSION_DENIED, RLS_VIOLATION, attemptAndRollBack, probeAs, rowsChanged } from './rls-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let submissionId: string, reviewerId: string, assignmentId: string, trackId: string, sessionId: string, namedChair: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  namedChair = await createPerson(db, 'named-chair')
  await asUser(db, w.chair, tx => tx.insertInto('conference_chairs').values({ conference_id: w.conferenceId, person_id: namedChair.id }).execute())
  trackId = await asUser(db, w.chair, tx => addTrack(tx, w.conferenceId, trackSchema.parse({ name: { en: 'Internships' }, topics: ['internships'] })))
  submissionId = await submissionBy(db, w)
  reviewerId = await acceptedReviewer(db, w, w.zhReviewer)
  assignmentId = await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId, dueAt: null }))
  await asUser(db, w.zhReviewer, tx => saveReview(tx, assignmentId, reviewSchema.parse({ scores: { relevance: 4, originality: 4, clarity: 4, overall: 4 }, commentToChair: 'Secret opinion', submit: true })))
  sessionId = await asUser(db, w.chair, tx => addProgrammeSession(tx, w.conferenceId, programmeSessionSchema.parse({
    startsAtLocal: '2027-03-15T13:00', endsAtLocal: '2027-03-15T14:00', language: 'en',
  })))
})
afterAll(() => handle.close())

const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const seesCount = (actor: Actor | null, fn: (tx: Tx) => Promise<unknown[]>) => asUser(db, actor, fn).then(r => r.length)

describe('conferences', () => {
  it('are read with their activity (public once published); made by the activity\'s managers; edited by chairs; deleted by managers', async () => {
    const read = (a: Actor | null) => seesCount(a, tx => tx.selectFrom('conferences').select('id').where('id', '=', w.conferenceId).execute())
    expect([await read(null), await read(w.outsider), await read(w.chair)]).toEqual([1, 1, 1])
    const edit = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('conferences').set({ word_limit: 400 }).where('id', '=', w.conferenceId).executeTakeFirst()))
    expect([await edit(w.chair), await edit(namedChair), await edit(w.thaiAuthor), await edit(w.zhReviewer)]).toEqual([1, 1, 0, 0])
    const again = await attemptAndRollBack(db, w.outsider, tx => tx.insertInto('conferences').values({ activity_id: w.activityId }).execute())
    expect(again.message).toMatch(RLS_VIOLATION)
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('conferences').where('id', '=', w.conferenceId).executeTakeFirst()))
    expect([await remove(namedChair), await remove(w.chair)]).toEqual([0, 1])
    const moved = await attemptAndRollBack(db, w.chair, tx => tx.updateTable('conferences').set({ activity_id: w.activityId } as never).where('id', '=', w.conferenceId).execute())
    expect(moved.message).toMatch(PERMISSION_DENIED)
  })

  it('only an activity of kind conference has one; the review mode is fixed once reviewers are assigned', async () => {
    const { draftActivity } = await import('./calendar-fixtures')
    const training = await draftActivity(db, w.setup)
    const wrongKind = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('conferences').values({ activity_id: training }).execute())
    expect(wrongKind.message).toMatch(/kind conference/)
    const mode = await attemptAndRollBack(db, w.chair, tx => tx.updateTable('conferences').set({ review_mode: 'open' }).where('id', '=', w.conferenceId).execute())
    expect(mode.message).toMatch(/review mode is fixed/)
  })
})

describe('conference_chairs and conference_tracks', () => {
  it('named chairs are public with the conference and named by the activity\'s managers only', async () => {
    expect(await seesCount(null, tx => tx.selectFrom('conference_chairs').select('person_id').execute())).toBe(1)
    const add = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('conference_chairs').values({ conference_id: w.conferenceId, person_id: w.outsider.id }).execute())
    expect((await add(namedChair)).message).toMatch(RLS_VIOLATION)
    expect((await add(w.chair)).message).toMatch(/succeeded/)
    expect(await probe(namedChair, async tx => rowsChanged(await tx.deleteFrom('conference_chairs').where('person_id', '=', namedChair.id).executeTakeFirst()))).toBe(0)
  })

  it('tracks are public; chairs add, edit and delete them; others cannot', async () => {
    expect(await seesCount(null, tx => tx.selectFrom('conference_tracks').select('id').execute())).toBe(1)
    const add = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('conference_tracks').values({ conference_id: w.conferenceId, name: JSON.stringify({ en: 'X' }) }).execute())
    expect((await add(namedChair)).message).toMatch(/succeeded/)
    expect((await add(w.thaiAuthor)).message).toMatch(RLS_VIOLATION)
    const edit = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('conference_tracks').set({ position: 3 }).where('id', '=', trackId).executeTakeFirst()))
    expect([await edit(namedChair), await edit(w.thaiAuthor)]).toEqual([1, 0])
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('conference_tracks').where('id', '=', trackId).executeTakeFirst()))
    expect([await remove(w.thaiAuthor), await remove(namedChair)]).toEqual([0, 1])
  })
})

describe('conference_submissions and submission_authors', () => {
  it('a submission is read by its authors, the chairs and its assigned reviewer; not by the public, an outsider or another reviewer', async () => {
    const other = await createPerson(db, 'other-reviewer')
    await acceptedReviewer(db, w, other)
    const read = (a: Actor | null) => seesCount(a, tx => tx.selectFrom('conference_submissions').select('id').where('id', '=', submissionId).execute())
    expect(await Promise.all([w.thaiAuthor, w.vnCoauthor, w.chair, namedChair, w.zhReviewer, other, w.outsider, null].map(read)))
      .toEqual([1, 1, 1, 1, 1, 0, 0, 0])
  })

  it('authors update (before the deadline, until review), chairs take chair steps; others change nothing; only a draft is deleted, by an author', async () => {
    const draft = await submissionBy(db, w, 'draft')
    const retitle = (a: Actor, id: string) => probe(a, async tx => rowsChanged(await tx.updateTable('conference_submissions').set({ keywords: ['changed'] }).where('id', '=', id).executeTakeFirst()))
    expect([await retitle(w.thaiAuthor, draft), await retitle(w.zhReviewer, draft), await retitle(w.outsider, draft)]).toEqual([1, 0, 0])
    expect((await attemptAndRollBack(db, w.chair, tx => tx.updateTable('conference_submissions').set({ keywords: ['chair'] }).where('id', '=', draft).execute())).message)
      .toMatch(/only its authors edit/)
    const remove = (a: Actor, id: string) => probe(a, async tx => rowsChanged(await tx.deleteFrom('conference_submissions').where('id', '=', id).executeTakeFirst()))
    expect([await remove(w.chair, draft), await remove(w.thaiAuthor, submissionId), await remove(w.thaiAuthor, draft)]).toEqual([0, 0, 1])
    const created = await attemptAndRollBack(db, null, tx => tx.insertInto('conference_submissions').values({ conference_id: w.conferenceId, type: 'talk', title: JSON.stringify({ en: 'Anon' }), presentation_language: 'en' }).execute())
    expect(created.message).toMatch(RLS_VIOLATION)
  })

  it('author rows: the authors and chairs read them, the assigned reviewer not (anonymised), the hash of an invitation nobody', async () => {
    const read = (a: Actor | null) => seesCount(a, tx => tx.selectFrom('submission_authors').select('id').where('submission_id', '=', submissionId).execute())
    expect(await Promise.all([w.thaiAuthor, w.vnCoauthor, w.chair, w.zhReviewer, w.outsider, null].map(read))).toEqual([2, 2, 2, 0, 0, 0])
    const hash = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.selectFrom('submission_authors').select('invite_token_hash').execute())
    expect(hash.message).toMatch(PERMISSION_DENIED)
    for (const actor of [w.thaiAuthor, w.chair, w.outsider, null]) {
      const email = await attemptAndRollBack(db, actor, tx => tx.selectFrom('submission_authors').select('email').execute())
      expect(email.message).toMatch(PERMISSION_DENIED)
    }
    const draft = await submissionBy(db, w, 'draft')
    const addBy = (a: Actor, id = draft) => attemptAndRollBack(db, a, tx => tx.insertInto('submission_authors').values({
      submission_id: id, email: 'third@test.example', display_name: 'Third', institution_name: 'Somewhere', country: 'KH',
    }).execute())
    expect((await addBy(w.outsider)).message).toMatch(RLS_VIOLATION)
    expect((await addBy(w.chair)).message).toMatch(RLS_VIOLATION)
    expect((await addBy(w.thaiAuthor)).message).toMatch(/succeeded/)
    // Under review, even an author's own edit of the list is refused.
    expect((await addBy(w.thaiAuthor, submissionId)).message).toMatch(/only before the deadline, until review/)
    const rename = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('submission_authors').set({ display_name: 'X' }).where('submission_id', '=', submissionId).executeTakeFirst()))
    expect([await rename(w.outsider), await rename(w.chair)]).toEqual([0, 0])
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('submission_authors').where('submission_id', '=', submissionId).where('is_submitter', '=', false).executeTakeFirst()))
    expect([await remove(w.outsider), await remove(w.chair)]).toEqual([0, 0])
  })
})

describe('conference_reviewers, reviewer_conflicts, coauthorships', () => {
  it('a reviewer row is read by the person and the chairs; chairs invite; the person accepts; others do nothing', async () => {
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('conference_reviewers').select('id').where('id', '=', reviewerId).execute())
    expect(await Promise.all([w.zhReviewer, w.chair, namedChair, w.thaiAuthor, w.outsider].map(read))).toEqual([1, 1, 1, 0, 0])
    const selfInvite = reviewerInviteSchema.parse({ personId: w.thaiAuthor.id })
    await expect(asUser(db, w.thaiAuthor, tx => inviteReviewer(tx, w.thaiAuthor, w.conferenceId, selfInvite)))
      .rejects.toMatchObject({ statusCode: 403 })
    const self = await attemptAndRollBack(db, w.outsider, tx => tx.insertInto('conference_reviewers')
      .values({ conference_id: w.conferenceId, person_id: w.outsider.id, invited_by: w.outsider.id }).execute())
    expect(self.message).toMatch(RLS_VIOLATION)
    const invitation = reviewerInviteSchema.parse({ personId: w.outsider.id })
    const invited = await asUser(db, w.chair, tx => inviteReviewer(tx, w.chair, w.conferenceId, invitation))
    const acceptBy = (a: Actor) => attemptAndRollBack(db, a, tx => tx.updateTable('conference_reviewers').set({ state: 'accepted' }).where('id', '=', invited.id).execute())
    expect((await acceptBy(w.chair)).message).toMatch(/invited person accepts or declines/)
    expect((await acceptBy(w.outsider)).message).toMatch(/succeeded/)
    const remove = (a: Actor, id: string) => probe(a, async tx => rowsChanged(await tx.deleteFrom('conference_reviewers').where('id', '=', id).executeTakeFirst()))
    expect([await remove(w.outsider, invited.id), await remove(w.chair, reviewerId), await remove(w.chair, invited.id)]).toEqual([0, 0, 1])
    const hash = await attemptAndRollBack(db, w.chair, tx => tx.selectFrom('conference_reviewers').select('invite_token_hash').execute())
    expect(hash.message).toMatch(PERMISSION_DENIED)
  })

  it('declared conflicts: the reviewer and chairs read and declare; only a chair removes one; others see none', async () => {
    const id = await asUser(db, w.zhReviewer, tx => declareConflict(tx, conflictDeclareSchema.parse({ reviewerId, personId: w.outsider.id, reason: 'my student' })))
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('reviewer_conflicts').select('id').where('id', '=', id).execute())
    expect(await Promise.all([w.zhReviewer, w.chair, w.thaiAuthor, w.outsider].map(read))).toEqual([1, 1, 0, 0])
    const forge = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.insertInto('reviewer_conflicts').values({ reviewer_id: reviewerId, person_id: w.outsider.id }).execute())
    expect(forge.message).toMatch(RLS_VIOLATION)
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('reviewer_conflicts').where('id', '=', id).executeTakeFirst()))
    expect([await remove(w.zhReviewer), await remove(w.chair)]).toEqual([0, 1])
  })

  it('co-authorships: a person declares their own and reads those naming them; nobody declares for another', async () => {
    await asUser(db, w.zhReviewer, tx => tx.insertInto('coauthorships').values({ person_id: w.zhReviewer.id, coauthor_id: w.outsider.id, year: 2024 }).execute())
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('coauthorships').select('id').where('person_id', '=', w.zhReviewer.id).execute())
    expect(await Promise.all([w.zhReviewer, w.outsider, w.chair, w.thaiAuthor].map(read))).toEqual([1, 1, 0, 0])
    const forge = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.insertInto('coauthorships').values({ person_id: w.zhReviewer.id, coauthor_id: w.thaiAuthor.id, year: 2025 }).execute())
    expect(forge.message).toMatch(RLS_VIOLATION)
    const change = await attemptAndRollBack(db, w.zhReviewer, tx => tx.updateTable('coauthorships').set({ year: 2000 }).execute())
    expect(change.message).toMatch(PERMISSION_DENIED)
  })
})

describe('review_assignments, reviews, conference_decisions', () => {
  it('an assignment is read by its reviewer and the chairs; made, changed and removed by chairs only', async () => {
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('review_assignments').select('id').where('id', '=', assignmentId).execute())
    expect(await Promise.all([w.zhReviewer, w.chair, namedChair, w.thaiAuthor, w.outsider].map(read))).toEqual([1, 1, 1, 0, 0])
    const due = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('review_assignments').set({ due_at: new Date() }).where('id', '=', assignmentId).executeTakeFirst()))
    expect([await due(w.zhReviewer), await due(w.thaiAuthor), await due(namedChair)]).toEqual([0, 0, 1])
    const other = await createPerson(db, 'assign-self')
    const otherId = await acceptedReviewer(db, w, other)
    const self = await attemptAndRollBack(db, other, tx => tx.insertInto('review_assignments').values({ submission_id: submissionId, reviewer_id: otherId }).execute())
    expect(self.message).toMatch(RLS_VIOLATION)
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('review_assignments').where('id', '=', assignmentId).executeTakeFirst()))
    expect(await remove(w.zhReviewer)).toBe(0)
    expect((await attemptAndRollBack(db, w.chair, tx => tx.deleteFrom('review_assignments').where('id', '=', assignmentId).execute())).message).toMatch(/submitted review is kept/)
  })

  it('a review is read by its reviewer and the chairs, never by the authors; nobody deletes one', async () => {
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('reviews').select('id').where('assignment_id', '=', assignmentId).execute())
    expect(await Promise.all([w.zhReviewer, w.chair, w.thaiAuthor, w.vnCoauthor, w.outsider].map(read))).toEqual([1, 1, 0, 0, 0])
    const remove = await attemptAndRollBack(db, w.chair, tx => tx.deleteFrom('reviews').where('assignment_id', '=', assignmentId).execute())
    expect(remove.message).toMatch(PERMISSION_DENIED)
  })

  it('a decision is made by a chair, read by the authors and chairs, and never changed', async () => {
    const forged = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.insertInto('conference_decisions').values({ submission_id: submissionId, outcome: 'accept', accepted_type: 'talk' }).execute())
    expect(forged.message).toMatch(RLS_VIOLATION)
    await asUser(db, namedChair, tx => decide(tx, submissionId, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
    const read = (a: Actor) => seesCount(a, tx => tx.selectFrom('conference_decisions').select('id').where('submission_id', '=', submissionId).execute())
    expect(await Promise.all([w.thaiAuthor, w.vnCoauthor, w.chair, w.zhReviewer, w.outsider].map(read))).toEqual([1, 1, 1, 0, 0])
    const decidedBy = await asService(db, 'test check', tx => tx.selectFrom('conference_decisions').select('decided_by').where('submission_id', '=', submissionId).executeTakeFirstOrThrow())
    expect(decidedBy.decided_by).toBe(namedChair.id)
    const remove = await attemptAndRollBack(db, w.chair, tx => tx.deleteFrom('conference_decisions').execute())
    expect(remove.message).toMatch(PERMISSION_DENIED)
  })

  it('the lifecycle table is read by anyone and changed by nobody', async () => {
    expect(await seesCount(null, tx => tx.selectFrom('conference_submission_transitions').selectAll().execute())).toBeGreaterThan(5)
    const change = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('conference_submission_transitions').values({ action: 'accept', from_state: 'draft', to_state: 'accepted', side: 'chair' }).execute())
    expect(change.message).toMatch(PERMISSION_DENIED)
  })
})

describe('programme_sessions, programme_session_chairs, programme_slots', () => {
  it('unpublished: chairs read and write them; others neither', async () => {
    const read = (a: Actor | null) => seesCount(a, tx => tx.selectFrom('programme_sessions').select('id').where('id', '=', sessionId).execute())
    expect(await Promise.all([w.chair, namedChair, w.thaiAuthor, w.outsider, null].map(read))).toEqual([1, 1, 0, 0, 0])
    const retitle = (a: Actor) => probe(a, async tx => rowsChanged(await tx.updateTable('programme_sessions').set({ language: 'th' }).where('id', '=', sessionId).executeTakeFirst()))
    expect([await retitle(w.thaiAuthor), await retitle(namedChair)]).toEqual([0, 1])
    const chairOf = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('programme_session_chairs').values({ session_id: sessionId, person_id: w.vnCoauthor.id }).execute())
    expect((await chairOf(w.thaiAuthor)).message).toMatch(RLS_VIOLATION)
    expect((await chairOf(namedChair)).message).toMatch(/succeeded/)
    const slot = (a: Actor) => attemptAndRollBack(db, a, tx => tx.insertInto('programme_slots').values({ session_id: sessionId, submission_id: submissionId }).execute())
    expect((await slot(w.thaiAuthor)).message).toMatch(RLS_VIOLATION)
    expect((await slot(w.chair)).message).toMatch(/succeeded/)
    const remove = (a: Actor) => probe(a, async tx => rowsChanged(await tx.deleteFrom('programme_sessions').where('id', '=', sessionId).executeTakeFirst()))
    expect([await remove(w.thaiAuthor), await remove(w.chair)]).toEqual([0, 1])
  })

  it('published: everyone reads them, still only chairs write', async () => {
    await asService(db, 'test fixture', tx => tx.updateTable('conferences').set({ programme_published_at: new Date() }).where('id', '=', w.conferenceId).execute())
    expect(await seesCount(null, tx => tx.selectFrom('programme_sessions').select('id').where('id', '=', sessionId).execute())).toBe(1)
    const write = await attemptAndRollBack(db, w.outsider, tx => tx.insertInto('programme_session_chairs').values({ session_id: sessionId, person_id: w.outsider.id }).execute())
    expect(write.message).toMatch(RLS_VIOLATION)
  })
})

describe('audit', () => {
  it('every change is logged with who did it, without abstracts, review comments, names or emails of authors', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['entity', 'actor_id', 'before', 'after'])
      .where('entity', 'in', ['conferences', 'conference_tracks', 'conference_submissions', 'submission_authors', 'conference_reviewers',
        'review_assignments', 'reviews', 'conference_decisions', 'programme_sessions', 'conference_chairs']).execute())
    const entities = new Set(rows.map(r => r.entity))
    for (const entity of ['conferences', 'conference_tracks', 'conference_submissions', 'submission_authors', 'conference_reviewers',
      'review_assignments', 'reviews', 'conference_decisions', 'programme_sessions', 'conference_chairs']) expect(entities, entity).toContain(entity)
    const submissionInsert = rows.find(r => r.entity === 'conference_submissions' && r.before === null)!
    expect(submissionInsert.actor_id).toBe(w.thaiAuthor.id)
    const text = JSON.stringify(rows)
    expect(text).not.toMatch(/two years of internships|Secret opinion|Malee Srisuk|Nguyễn Văn An/)
    const review = rows.find(r => r.entity === 'reviews')!
    expect(review.actor_id).toBe(w.zhReviewer.id)
    expect(JSON.stringify(review.after)).toMatch(/\[redacted\]/)
  })

  it('no helper of conferences sits in the exposed schema and people run no trigger function', async () => {
    const exposed = await asService(db, 'test check', tx => sql<{ name: string }>`select p.proname as name from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.prosecdef`.execute(tx))
    expect(exposed.rows).toEqual([])
  })
})
