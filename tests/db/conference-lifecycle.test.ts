import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { addCoauthor, confirmAuthorship, confirmAuthorshipByLink, createSubmission, getSubmission, takeSubmissionStep, updateSubmission, uploadCameraReady } from '../../server/domain/conferences/submissions'
import { answerReviewerInvitation, assignReviewer, claimReviewerInvitation, decide, inviteReviewer } from '../../server/domain/conferences/reviews'
import { inviteCoauthor } from '../../server/domain/conferences/authors'
import { SUBMISSION_TRANSITIONS } from '../../shared/conferences/lifecycle'
import { authorSchema, decisionSchema, reviewerInviteSchema, submissionUpdateSchema } from '../../shared/schemas/conferences'
import { createPerson, freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { attemptAndRollBack, createFileRow, probeAs } from './rls-fixtures'
import { acceptedReviewer, conferenceWorld, setDeadline, submissionBy, submissionInput, type ConferenceWorld } from './conference-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
})
afterAll(() => handle.close())

const stateOf = (id: string) => asService(db, 'test check', tx => tx.selectFrom('conference_submissions').select(['state', 'submitted_at', 'withdrawn_at', 'accepted_type'])
  .where('id', '=', id).executeTakeFirstOrThrow())
const setState = (actor: Parameters<typeof attemptAndRollBack>[1], id: string, state: string) =>
  attemptAndRollBack(db, actor, tx => tx.updateTable('conference_submissions').set({ state: state as never }).where('id', '=', id).execute())
const update = (_id: string) => submissionUpdateSchema.parse({ ...submissionInput(w), title: { en: 'A better title' } })

/** A submission under review with the Chinese reviewer assigned. */
async function underReview() {
  const id = await submissionBy(db, w)
  const existing = await asService(db, 'test check', tx => tx.selectFrom('conference_reviewers').select('id').where('person_id', '=', w.zhReviewer.id).executeTakeFirst())
  const reviewerId = existing?.id ?? await acceptedReviewer(db, w, w.zhReviewer)
  await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId: id, reviewerId, dueAt: null }))
  return id
}

describe('the lifecycle table', () => {
  it('is the same in the database as in shared/conferences/lifecycle.ts', async () => {
    const rows = await asUser(db, null, tx => tx.selectFrom('conference_submission_transitions').selectAll().execute())
    const key = (r: { action: string; from: string; to: string; by: string }) => `${r.action}:${r.from}>${r.to}@${r.by}`
    expect(rows.map(r => key({ action: r.action, from: r.from_state, to: r.to_state, by: r.side })).sort())
      .toEqual(SUBMISSION_TRANSITIONS.map(key).sort())
  })
})

describe('allowed steps', () => {
  it('draft → submitted → under review → accepted → camera-ready, with the database\'s times and the decision\'s type', async () => {
    const id = await submissionBy(db, w, 'draft')
    expect((await stateOf(id)).state).toBe('draft')
    const submitted = await asUser(db, w.thaiAuthor, tx => takeSubmissionStep(tx, id, 'submit'))
    expect(submitted.state).toBe('submitted')
    expect(submitted.submitted_at).toBeInstanceOf(Date)
    const reviewerId = await acceptedReviewer(db, w, w.zhReviewer)
    await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId: id, reviewerId, dueAt: null }))
    expect((await stateOf(id)).state).toBe('under_review')
    await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'poster' })))
    expect(await stateOf(id)).toMatchObject({ state: 'accepted', accepted_type: 'poster' })
    const file = await createFileRow(db, w.thaiAuthor)
    await asUser(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, file))
    expect((await stateOf(id)).state).toBe('camera_ready')
  })

  it('accepted with revisions and rejected follow the chair\'s recorded decision', async () => {
    const revise = await underReview()
    await asUser(db, w.chair, tx => decide(tx, revise, decisionSchema.parse({ outcome: 'accept_with_revisions', acceptedType: 'talk' })))
    expect((await stateOf(revise)).state).toBe('accepted_with_revisions')
    const reject = await underReview()
    await asUser(db, w.chair, tx => decide(tx, reject, decisionSchema.parse({ outcome: 'reject', noteToAuthors: 'Out of scope' })))
    expect(await stateOf(reject)).toMatchObject({ state: 'rejected', accepted_type: null })
  })

  it('withdrawn from a draft, a submitted and an under-review submission, by an author, also after the deadline', async () => {
    const draft = await submissionBy(db, w, 'draft')
    const submitted = await submissionBy(db, w)
    const reviewed = await underReview()
    await setDeadline(db, w.conferenceId, '2020-01-01T00:00:00Z')
    try {
      for (const id of [draft, submitted, reviewed]) {
        const row = await asUser(db, w.vnCoauthor, tx => takeSubmissionStep(tx, id, 'withdraw'))
        expect(row.state).toBe('withdrawn')
        expect(row.withdrawn_at).toBeInstanceOf(Date)
      }
    }
    finally { await setDeadline(db, w.conferenceId, '2099-01-31T15:59:00Z') }
  })
})

describe('refused steps', () => {
  it('nobody jumps the table: an author cannot accept their own submission, a chair cannot submit or withdraw it for them', async () => {
    const id = await submissionBy(db, w)
    expect((await setState(w.thaiAuthor, id, 'accepted')).message).toMatch(/cannot go from submitted to accepted/)
    expect((await setState(w.thaiAuthor, id, 'under_review')).message).toMatch(/cannot go from submitted to under_review by this person/)
    expect((await setState(w.chair, id, 'withdrawn')).message).toMatch(/cannot go from submitted to withdrawn by this person/)
    const draft = await submissionBy(db, w, 'draft')
    expect((await setState(w.chair, draft, 'submitted')).message).toMatch(/by this person/)
    await expect(asUser(db, w.chair, tx => takeSubmissionStep(tx, draft, 'submit'))).rejects.toMatchObject({ statusCode: 403 })
    await expect(asUser(db, w.thaiAuthor, tx => takeSubmissionStep(tx, draft, 'start_review'))).rejects.toMatchObject({ statusCode: 409 })
  })

  it('a chair cannot set accepted without a decision, nor a state other than the decision\'s', async () => {
    const id = await underReview()
    expect((await setState(w.chair, id, 'accepted')).message).toMatch(/recorded decision/)
    const mismatch = await attemptAndRollBack(db, w.chair, async (tx) => {
      await tx.insertInto('conference_decisions').values({ submission_id: id, outcome: 'reject' }).execute()
      await tx.updateTable('conference_submissions').set({ state: 'accepted' }).where('id', '=', id).execute()
    })
    expect(mismatch.message).toMatch(/recorded decision/)
  })

  it('no withdrawal after the decision; no camera-ready without its file; no schedule without a slot', async () => {
    const id = await underReview()
    await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
    await expect(asUser(db, w.thaiAuthor, tx => takeSubmissionStep(tx, id, 'withdraw'))).rejects.toMatchObject({ statusCode: 409 })
    expect((await setState(w.thaiAuthor, id, 'withdrawn')).message).toMatch(/cannot go from accepted to withdrawn/)
    expect((await setState(w.thaiAuthor, id, 'camera_ready')).message).toMatch(/camera-ready needs its file/)
    const file = await createFileRow(db, w.thaiAuthor)
    await asUser(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, file))
    expect((await setState(w.chair, id, 'scheduled')).message).toMatch(/through a slot of the programme/)
  })

  it('a camera-ready file is an upload of the author\'s own, not someone else\'s', async () => {
    const id = await underReview()
    await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
    const foreign = await createFileRow(db, w.outsider)
    const error = await attemptAndRollBack(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, foreign))
    expect(error.message).toMatch(/a file its author uploaded/)
  })

  it('times are the database\'s: an author cannot backdate submission or withdrawal', async () => {
    const id = await submissionBy(db, w)
    const backdate = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.updateTable('conference_submissions').set({ submitted_at: '2020-01-01T00:00:00Z' }).where('id', '=', id).execute())
    expect(backdate.message).toMatch(/submission time is the database's/)
  })
})

describe('the deadline, by the database\'s clock', () => {
  it('before it, authors edit and add co-authors; after it, the service says 422 and the database refuses the same writes', async () => {
    const id = await submissionBy(db, w)
    await asUser(db, w.thaiAuthor, tx => updateSubmission(tx, id, update(id)))
    await setDeadline(db, w.conferenceId, '2020-01-01T00:00:00Z')
    try {
      await expect(asUser(db, w.thaiAuthor, tx => updateSubmission(tx, id, update(id)))).rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.callClosed' } })
      const direct = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.updateTable('conference_submissions').set({ title: JSON.stringify({ en: 'Late' }) }).where('id', '=', id).execute())
      expect(direct.message).toMatch(/only before the deadline/)
      const coauthor = authorSchema.parse({ email: 'late@test.example', displayName: 'Late Author', institutionName: 'Somewhere', country: 'LA' })
      await expect(asUser(db, w.thaiAuthor, tx => addCoauthor(tx, id, coauthor))).rejects.toMatchObject({ statusCode: 422 })
      const directAuthor = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.insertInto('submission_authors').values({
        submission_id: id, email: 'late@test.example', display_name: 'Late', institution_name: 'Somewhere', country: 'LA',
      }).execute())
      expect(directAuthor.message).toMatch(/only before the deadline/)
      await expect(asUser(db, w.thaiAuthor, tx => createSubmission(tx, w.thaiAuthor, w.conferenceId, submissionInput(w))))
        .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.callClosed' } })
      const directNew = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.insertInto('conference_submissions').values({
        conference_id: w.conferenceId, type: 'talk', title: JSON.stringify({ en: 'Late' }), presentation_language: 'en',
      }).execute())
      expect(directNew.message).toMatch(/call for abstracts is closed/)
    }
    finally { await setDeadline(db, w.conferenceId, '2099-01-31T15:59:00Z') }
  })

  it('a draft is not submitted after the deadline', async () => {
    const id = await submissionBy(db, w, 'draft')
    await setDeadline(db, w.conferenceId, '2020-01-01T00:00:00Z')
    try {
      await expect(asUser(db, w.thaiAuthor, tx => takeSubmissionStep(tx, id, 'submit'))).rejects.toMatchObject({ statusCode: 422 })
      expect((await setState(w.thaiAuthor, id, 'submitted')).message).toMatch(/call for abstracts is closed/)
    }
    finally { await setDeadline(db, w.conferenceId, '2099-01-31T15:59:00Z') }
  })

  it('under review, content is frozen even before the deadline', async () => {
    const id = await underReview()
    await expect(asUser(db, w.thaiAuthor, tx => updateSubmission(tx, id, update(id)))).rejects.toMatchObject({ statusCode: 422 })
  })
})

describe('what the call takes', () => {
  it('an abstract over the word limit is refused, counted in words also for Thai, which has no spaces', async () => {
    // 'การศึกษา' is two words (การ + ศึกษา): 60 of them are 120 words in 480 characters, 45 are 90 words.
    const long = 'การศึกษา'.repeat(60)
    const limited = await conferenceWorld(db, { wordLimit: 100 })
    const submit = (abstract: string) => asUser(db, limited.thaiAuthor, tx => createSubmission(tx, limited.thaiAuthor, limited.conferenceId,
      submissionInput(limited, { abstract: { th: abstract } })))
    await expect(submit(long))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.overWordLimit' } })
    const short = 'การศึกษา'.repeat(45)
    await expect(submit(short)).resolves.toBeTypeOf('string')
  })

  it('a huge abstract is refused by the database whatever the path', async () => {
    const id = await submissionBy(db, w, 'draft')
    const error = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.updateTable('conference_submissions')
      .set({ abstract: JSON.stringify({ en: 'word '.repeat(5000) }) }).where('id', '=', id).execute())
    expect(error.message).toMatch(/longer than the call allows/)
  })

  it('a type or a language the call does not take is refused', async () => {
    await expect(asUser(db, w.thaiAuthor, tx => createSubmission(tx, w.thaiAuthor, w.conferenceId, submissionInput(w, { type: 'panel' }))))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.typeNotInCall' } })
    const thaiOnly = await conferenceWorld(db, { submissionLanguages: ['th', 'en'] })
    await expect(asUser(db, thaiOnly.thaiAuthor, tx => createSubmission(tx, thaiOnly.thaiAuthor, thaiOnly.conferenceId, submissionInput(thaiOnly, { title: { vi: 'Thực tập' } }))))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.languageNotInCall' } })
  })

  it('a submission without its submitter among the authors is refused when the transaction ends', async () => {
    const orphan = await attemptAndRollBack(db, w.outsider, async (tx) => {
      await tx.insertInto('conference_submissions').values({ conference_id: w.conferenceId, type: 'talk', title: JSON.stringify({ en: 'Nobody' }), presentation_language: 'en' }).execute()
      await sql`set constraints all immediate`.execute(tx)
    })
    expect(orphan.message).toMatch(/names its submitter/)
  })
})

describe('co-authors', () => {
  it('a co-author confirms their own line; nobody else confirms it; the submitter is confirmed from the start', async () => {
    const id = await submissionBy(db, w, 'draft')
    const rows = await asUser(db, w.thaiAuthor, tx => tx.selectFrom('submission_authors').select(['id', 'person_id', 'confirmed_at', 'is_submitter']).where('submission_id', '=', id).execute())
    const mine = rows.find(r => r.is_submitter)!
    const theirs = rows.find(r => !r.is_submitter)!
    expect(mine.confirmed_at).toBeInstanceOf(Date)
    expect(theirs.confirmed_at).toBeNull()
    const forged = await attemptAndRollBack(db, w.thaiAuthor, tx => tx.updateTable('submission_authors').set({ confirmed_at: new Date() }).where('id', '=', theirs.id).execute())
    expect(forged.message).toMatch(/confirms for themself/)
    await asUser(db, w.vnCoauthor, tx => confirmAuthorship(tx, w.vnCoauthor, theirs.id))
    const confirmed = await asService(db, 'test check', tx => tx.selectFrom('submission_authors').select('confirmed_at').where('id', '=', theirs.id).executeTakeFirstOrThrow())
    expect(confirmed.confirmed_at).toBeInstanceOf(Date)
  })

  it('the submitter stays an author, and nobody makes themself the submitter of another\'s submission', async () => {
    const id = await submissionBy(db, w, 'draft')
    const removeSubmitter = await probeAs(db, w.thaiAuthor, tx => tx.deleteFrom('submission_authors').where('submission_id', '=', id).where('is_submitter', '=', true).execute()).catch(e => e as Error)
    expect((removeSubmitter as Error).message).toMatch(/submitter stays an author/)
    const claim = await attemptAndRollBack(db, w.outsider, tx => tx.insertInto('submission_authors').values({
      submission_id: id, person_id: w.outsider.id, display_name: 'Me', institution_name: 'X', country: 'TH', is_submitter: true,
    }).execute())
    expect(claim.message).toMatch(/submitter is the person who makes the submission/)
  })
})

describe('invitations by email', () => {
  const mailTo = (email: string) => asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['locale', 'subject', 'body', 'to_user_id'])
    .where('to_email', '=', email).executeTakeFirstOrThrow())

  it('a co-author invited by email gets the link in the language chosen for them; opening it signed in makes the line theirs, confirmed', async () => {
    const id = await submissionBy(db, w, 'draft')
    const email = `sokha-${Date.now()}@test.example`
    const { id: authorId } = await asUser(db, w.thaiAuthor, tx => inviteCoauthor(tx, w.thaiAuthor, id, authorSchema.parse({
      email, displayName: 'Sokha Chan', institutionName: 'Royal University of Phnom Penh', country: 'KH', position: 3, locale: 'km',
    }), 'km'))
    const mail = await mailTo(email)
    expect(mail).toMatchObject({ locale: 'km', to_user_id: null })
    const secret = decodeURIComponent(/\/km\/conferences\/mine\?invite=([^\s&]+)/.exec(mail.body)![1]!)
    // The submitter and the chair see the invited email on the submission; its reviewers and the public never do.
    const emailsSeenBy = async (actor: typeof w.chair) => (await asUser(db, actor, tx => getSubmission(tx, id))
      .catch(() => ({ authors: [] as { email: string | null }[] }))).authors.map(a => a.email)
    expect(await emailsSeenBy(w.thaiAuthor)).toContain(email)
    expect(await emailsSeenBy(w.chair)).toContain(email)
    expect(await emailsSeenBy(w.outsider)).toEqual([])
    expect(mail.subject).toContain('និពន្ធ')
    // The author (and anyone else) never reads the mail or the link's hash.
    expect(await asUser(db, w.thaiAuthor, tx => tx.selectFrom('mail_outbox').select('id').where('to_email', '=', email).execute())).toEqual([])
    const sokha = await createPerson(db, 'sokha')
    await expect(asUser(db, sokha, tx => confirmAuthorshipByLink(tx, sokha, 'wrong'))).rejects.toMatchObject({ statusCode: 404 })
    await asUser(db, sokha, tx => confirmAuthorshipByLink(tx, sokha, secret!))
    const line = await asUser(db, sokha, tx => tx.selectFrom('submission_authors').select(['id', 'person_id', 'confirmed_at']).where('id', '=', authorId).executeTakeFirstOrThrow())
    expect(line.person_id).toBe(sokha.id)
    expect(line.confirmed_at).toBeInstanceOf(Date)
    expect((await asUser(db, w.thaiAuthor, tx => getSubmission(tx, id))).authors.find(a => a.id === authorId)!.email).toBeNull()
    await expect(asUser(db, w.outsider, tx => confirmAuthorshipByLink(tx, w.outsider, secret!))).rejects.toMatchObject({ statusCode: 404 })
  })

  it('a reviewer invited by email claims the invitation with its link, then accepts; a person of the directory is told in-app', async () => {
    const email = `reviewer-${Date.now()}@test.example`
    const { id, secret } = await asUser(db, w.chair, tx => inviteReviewer(tx, w.chair, w.conferenceId, reviewerInviteSchema.parse({ email, locale: 'lo' })))
    const mail = await mailTo(email)
    expect(mail.locale).toBe('lo')
    expect(mail.body).toContain(`/lo/conferences/invitations/reviewer/${secret}`)
    const reviewer = await createPerson(db, 'lao-reviewer')
    await asUser(db, reviewer, tx => claimReviewerInvitation(tx, reviewer, secret!))
    await asUser(db, reviewer, tx => answerReviewerInvitation(tx, reviewer, id, { accept: true, topics: ['tourism'] }))
    const row = await asUser(db, reviewer, tx => tx.selectFrom('conference_reviewers').select(['state', 'topics', 'responded_at']).where('id', '=', id).executeTakeFirstOrThrow())
    expect(row).toMatchObject({ state: 'accepted', topics: ['tourism'] })
    const known = await createPerson(db, 'known-reviewer')
    await asUser(db, w.chair, tx => inviteReviewer(tx, w.chair, w.conferenceId, reviewerInviteSchema.parse({ personId: known.id })))
    const notices = await asUser(db, known, tx => tx.selectFrom('notifications').select(['kind', 'link']).execute())
    expect(notices).toEqual([{ kind: 'conferences.reviewerInvited', link: `/conferences/${w.conferenceId}/reviewing` }])
  })
})
