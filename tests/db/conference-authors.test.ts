import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { getCall, inviteCoauthor, listConferences, mySubmissions, setCameraReady, setSubmissionFile, submissionForAuthor } from '../../server/domain/conferences/authors'
import { takeSubmissionStep } from '../../server/domain/conferences/submissions'
import { decide } from '../../server/domain/conferences/reviews'
import { authorSchema, decisionSchema } from '../../shared/schemas/conferences'
import { SUBMISSION_FILE_MAX_BYTES } from '../../shared/schemas/conferences-authors'
import { freshDatabase } from './helpers'
import { createFileRow } from './rls-fixtures'
import { conferenceWorld, setDeadline, submissionBy, type ConferenceWorld } from './conference-fixtures'

let handle: DatabaseHandle, db: Db, w: ConferenceWorld
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
})
afterAll(() => handle.close())

interface Refusal { statusCode?: number; data?: { key?: string } }
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: Refusal) => ({ status: e.statusCode, key: e.data?.key }))
/** A file row of `owner` with a sniffed type and size, as the files module records them. */
async function file(owner: ConferenceWorld['thaiAuthor'], contentType: string, size = 1000) {
  const id = await createFileRow(db, owner)
  await asService(db, 'test fixture', tx => tx.updateTable('files').set({ content_type: contentType, size_bytes: size }).where('id', '=', id).execute())
  return id
}
const outbox = (email: string) => asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['locale', 'template', 'to_user_id'])
  .where('to_email', '=', email).execute())

describe('the call and the lists', () => {
  it('a visitor lists the published conference and reads its call; the call is open until its deadline', async () => {
    const list = await asUser(db, null, tx => listConferences(tx))
    expect(list.find(c => c.id === w.conferenceId)).toMatchObject({ call_open: true, time_zone: expect.any(String) })
    const call = await asUser(db, null, tx => getCall(tx, w.conferenceId))
    expect(call).toMatchObject({ call_open: true, word_limit: 300, submission_types: ['talk', 'poster', 'workshop'] })
    expect(call.call_text.zh).toBe('征稿：跨境职业教育')
  })
  it('my submissions are the ones that name me, whichever author I am', async () => {
    const id = await submissionBy(db, w, 'draft')
    expect((await asUser(db, w.thaiAuthor, tx => mySubmissions(tx, w.thaiAuthor))).map(s => s.id)).toContain(id)
    expect((await asUser(db, w.vnCoauthor, tx => mySubmissions(tx, w.vnCoauthor))).map(s => s.id)).toContain(id)
    expect(await asUser(db, w.outsider, tx => mySubmissions(tx, w.outsider))).toEqual([])
  })
})

describe('co-author invitations', () => {
  it('an address of a portal person is invited in that person\'s language, any other in the language the author chose', async () => {
    const id = await submissionBy(db, w, 'draft')
    await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ preferred_locale: 'km' }).where('id', '=', w.outsider.id).execute())
    const author = (email: string) => authorSchema.parse({ email, displayName: 'Invitee', institutionName: 'Royal University of Phnom Penh', country: 'KH', position: 3 })
    await asUser(db, w.thaiAuthor, tx => inviteCoauthor(tx, w.thaiAuthor, id, author(w.outsider.email.toUpperCase()), 'vi'))
    await asUser(db, w.thaiAuthor, tx => inviteCoauthor(tx, w.thaiAuthor, id, author('stranger@example.org'), 'vi'))
    expect(await outbox(w.outsider.email)).toEqual([expect.objectContaining({ locale: 'km', template: 'conferences.coauthorInvited', to_user_id: w.outsider.id })])
    const [stranger] = await outbox('stranger@example.org')
    expect(stranger).toMatchObject({ locale: 'vi', to_user_id: null })
  })
  it('only an author invites: the chair is refused, someone who cannot see the submission gets 404', async () => {
    const id = await submissionBy(db, w, 'draft')
    const author = authorSchema.parse({ email: 'x@example.org', displayName: 'X', institutionName: 'X', country: 'VN' })
    expect(await refusal(asUser(db, w.outsider, tx => inviteCoauthor(tx, w.outsider, id, author, 'en')))).toMatchObject({ status: 404 })
    expect(await refusal(asUser(db, w.chair, tx => inviteCoauthor(tx, w.chair, id, author, 'en')))).toMatchObject({ status: 403 })
  })
})

describe('the submission\'s PDF', () => {
  it('is the author\'s own PDF within the size limit; anything else is refused with its reason', async () => {
    const id = await submissionBy(db, w, 'draft')
    const pdf = await file(w.thaiAuthor, 'application/pdf')
    await asUser(db, w.thaiAuthor, tx => setSubmissionFile(tx, w.thaiAuthor, id, pdf))
    expect((await asUser(db, w.thaiAuthor, tx => submissionForAuthor(tx, id))).submission.file_id).toBe(pdf)
    const png = await file(w.thaiAuthor, 'image/png')
    expect(await refusal(asUser(db, w.thaiAuthor, tx => setSubmissionFile(tx, w.thaiAuthor, id, png)))).toEqual({ status: 415, key: 'conferences.authors.errors.notPdf' })
    const big = await file(w.thaiAuthor, 'application/pdf', SUBMISSION_FILE_MAX_BYTES + 1)
    expect(await refusal(asUser(db, w.thaiAuthor, tx => setSubmissionFile(tx, w.thaiAuthor, id, big)))).toEqual({ status: 413, key: 'conferences.authors.errors.fileTooLarge' })
    const theirs = await file(w.vnCoauthor, 'application/pdf')
    expect(await refusal(asUser(db, w.thaiAuthor, tx => setSubmissionFile(tx, w.thaiAuthor, id, theirs)))).toEqual({ status: 422, key: 'conferences.authors.errors.fileNotYours' })
    expect(await refusal(asUser(db, w.outsider, tx => setSubmissionFile(tx, w.outsider, id, null)))).toMatchObject({ status: 404 })
  })
  it('cannot change after the deadline', async () => {
    const id = await submissionBy(db, w, 'submitted')
    const pdf = await file(w.thaiAuthor, 'application/pdf')
    await setDeadline(db, w.conferenceId, new Date(Date.now() - 60_000))
    try {
      expect(await refusal(asUser(db, w.thaiAuthor, tx => setSubmissionFile(tx, w.thaiAuthor, id, pdf)))).toEqual({ status: 422, key: 'conferences.errors.callClosed' })
      const view = await asUser(db, w.thaiAuthor, tx => submissionForAuthor(tx, id))
      expect(view).toMatchObject({ editable: false, actions: ['withdraw'] })
    }
    finally { await setDeadline(db, w.conferenceId, new Date(Date.now() + 30 * 86_400_000)) }
  })
})

describe('after the decision', () => {
  it('the authors read the decision and upload the camera-ready PDF; an image is refused', async () => {
    const id = await submissionBy(db, w, 'submitted')
    await asUser(db, w.chair, tx => takeSubmissionStep(tx, id, 'start_review'))
    await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'poster', noteToAuthors: 'Welcome.' })))
    const view = await asUser(db, w.vnCoauthor, tx => submissionForAuthor(tx, id))
    expect(view).toMatchObject({ is_author: true, can_upload_camera_ready: true, actions: [], decision: { outcome: 'accept', accepted_type: 'poster', note_to_authors: 'Welcome.' } })
    expect(view.submission.authors.find(a => a.person_id === w.vnCoauthor.id)?.institution).toBeTruthy()
    const image = await file(w.thaiAuthor, 'image/png')
    expect(await refusal(asUser(db, w.thaiAuthor, tx => setCameraReady(tx, w.thaiAuthor, id, image)))).toMatchObject({ status: 415 })
    const pdf = await file(w.thaiAuthor, 'application/pdf')
    await asUser(db, w.thaiAuthor, tx => setCameraReady(tx, w.thaiAuthor, id, pdf))
    expect((await asUser(db, w.thaiAuthor, tx => submissionForAuthor(tx, id))).submission).toMatchObject({ state: 'camera_ready', camera_ready_file_id: pdf })
    // Someone who is not an author of it never gets the decision.
    expect(await refusal(asUser(db, w.outsider, tx => submissionForAuthor(tx, id)))).toMatchObject({ status: 404 })
  })
})
