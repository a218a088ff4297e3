import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { assignReviewer, declareCoauthorship, declareConflict, myAssignments, suggestReviewers } from '../../server/domain/conferences/reviews'
import { conferenceConflicts, declareConflictWithAssignment, myDeclarations, peopleToDeclare, removeConflict }
  from '../../server/domain/conferences/declarations'
import { addProgrammeSession, editProgrammeSession, moveProgrammeSession } from '../../server/domain/conferences/programme'
import { readProgramme } from '../../server/domain/conferences/programme-views'
import { conflictDeclareSchema, programmeSessionSchema } from '../../shared/schemas/conferences'
import { programmeSessionEditSchema } from '../../shared/schemas/conferences-programme'
import { createInstitutionRow, freshDatabase } from './helpers'
import { attemptAndRollBack, personWithRole, probeAs, rowsChanged } from './rls-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from './conference-fixtures'
import { loadLocaleFiles } from './agreement-fixtures'

/**
 * Declarations made from the pages: what the database refuses (a co-authorship in a future year or with an erased
 * person; a reviewer taking a declaration back), what a declared conflict changes (suggestions, assignments, the queue),
 * the chair's view of a conference's conflicts, and editing a session's details and chairs.
 */
let handle: DatabaseHandle, db: Db, w: ConferenceWorld
let submissionId: string
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  w = await conferenceWorld(db)
  submissionId = await submissionBy(db, w)
})
afterAll(() => handle.close())

const thisYear = new Date().getUTCFullYear()
const newReviewer = async (name: string) => {
  const person = await personWithRole(db, name, await createInstitutionRow(db), 'teacher')
  return { person, reviewerId: await acceptedReviewer(db, w, person) }
}
const suggested = async () => (await asUser(db, w.chair, tx => suggestReviewers(tx, submissionId))).map(s => s.person_id)

describe('co-authorships', () => {
  it('a year after this one is refused by the database and by the service (translated 422); this year is kept', async () => {
    const reviewer = await personWithRole(db, 'future-coauthor', await createInstitutionRow(db), 'teacher')
    const direct = await attemptAndRollBack(db, reviewer, tx => tx.insertInto('coauthorships')
      .values({ person_id: reviewer.id, coauthor_id: w.vnCoauthor.id, year: thisYear + 2 }).execute())
    expect(direct.message).toMatch(/year that has happened/)
    await expect(asUser(db, reviewer, tx => declareCoauthorship(tx, reviewer, { coauthorId: w.vnCoauthor.id, year: thisYear + 2 })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.yearInFuture' } })
    await asUser(db, reviewer, tx => declareCoauthorship(tx, reviewer, { coauthorId: w.vnCoauthor.id, year: thisYear }))
    const mine = await asUser(db, reviewer, tx => myDeclarations(tx, reviewer, w.conferenceId))
    expect(mine.coauthorships).toEqual([expect.objectContaining({ personId: w.vnCoauthor.id, year: thisYear, declaredByMe: true })])
    expect(mine.reviewerId).toBeNull()
    // The co-author sees it too, as declared by the other.
    const theirs = await asUser(db, w.vnCoauthor, tx => myDeclarations(tx, w.vnCoauthor, w.conferenceId))
    expect(theirs.coauthorships).toEqual([expect.objectContaining({ personId: reviewer.id, declaredByMe: false })])
  })

  it('an unknown or erased person is a translated 422, and the database refuses an erased one', async () => {
    const reviewer = await personWithRole(db, 'unknown-coauthor', await createInstitutionRow(db), 'teacher')
    await expect(asUser(db, reviewer, tx => declareCoauthorship(tx, reviewer, { coauthorId: '00000000-0000-4000-8000-000000000000', year: 2020 })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.unknownPerson' } })
    const erased = await personWithRole(db, 'erased-coauthor', await createInstitutionRow(db), 'teacher')
    await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ erased_at: new Date() }).where('id', '=', erased.id).execute())
    const direct = await attemptAndRollBack(db, reviewer, tx => tx.insertInto('coauthorships')
      .values({ person_id: reviewer.id, coauthor_id: erased.id, year: 2020 }).execute())
    expect(direct.message).toMatch(/people of the directory/)
  })

  it('the person who declared one cannot take it back; the secretariat can (and it is audited)', async () => {
    const reviewer = await personWithRole(db, 'undo-coauthor', await createInstitutionRow(db), 'teacher')
    await asUser(db, reviewer, tx => declareCoauthorship(tx, reviewer, { coauthorId: w.thaiAuthor.id, year: thisYear - 1 }))
    const removed = await probeAs(db, reviewer, async tx => rowsChanged(await tx.deleteFrom('coauthorships').where('person_id', '=', reviewer.id).executeTakeFirst()))
    expect(removed).toBe(0)
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id']).where('entity', '=', 'coauthorships')
      .where('actor_id', '=', reviewer.id).execute())
    expect(audit.length).toBe(1)
  })
})

describe('declared conflicts', () => {
  it('a conflict with a person (an author) removes the submission from that reviewer\'s suggestions; assigning them is refused', async () => {
    const { person, reviewerId } = await newReviewer('person-conflict')
    expect(await suggested()).toContain(person.id)
    await asUser(db, person, tx => declareConflict(tx, conflictDeclareSchema.parse({ reviewerId, personId: w.vnCoauthor.id, reason: 'My former student' })))
    expect(await suggested()).not.toContain(person.id)
    await expect(asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId, dueAt: null })))
      .rejects.toMatchObject({ statusCode: 409, data: { key: 'conferences.errors.conflictOfInterest', kinds: ['declared'] } })
    const direct = await attemptAndRollBack(db, w.chair, tx => tx.insertInto('review_assignments').values({ submission_id: submissionId, reviewer_id: reviewerId }).execute())
    expect(direct.message).toMatch(/conflict of interest/)
    const mine = await asUser(db, person, tx => myDeclarations(tx, person, w.conferenceId))
    expect(mine.conflicts).toEqual([expect.objectContaining({ subject: 'person', personId: w.vnCoauthor.id, reason: 'My former student' })])
    expect(mine.conflicts[0]!.personName).toBeTruthy()
  })

  it('a conflict with a person outside the directory is a translated 422', async () => {
    const { person, reviewerId } = await newReviewer('ghost-conflict')
    await expect(asUser(db, person, tx => declareConflict(tx, conflictDeclareSchema.parse({ reviewerId, personId: '00000000-0000-4000-8000-000000000000' }))))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'conferences.errors.unknownPerson' } })
  })

  it('from the review page: the assignment leaves the reviewer\'s queue and the submission is no longer theirs to read', async () => {
    const { person, reviewerId } = await newReviewer('submission-conflict')
    const assignmentId = await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId, reviewerId, dueAt: null }))
    expect((await asUser(db, person, tx => myAssignments(tx, person, w.conferenceId))).map(a => a.id)).toEqual([assignmentId])
    // Another reviewer cannot declare it for them: not their assignment.
    await expect(asUser(db, w.zhReviewer, tx => declareConflictWithAssignment(tx, w.zhReviewer, assignmentId, null)))
      .rejects.toMatchObject({ statusCode: 404 })
    await asUser(db, person, tx => declareConflictWithAssignment(tx, person, assignmentId, 'I know the authors'))
    expect(await asUser(db, person, tx => myAssignments(tx, person, w.conferenceId))).toEqual([])
    expect(await asUser(db, person, tx => tx.selectFrom('conference_submissions').select('id').where('id', '=', submissionId).execute())).toEqual([])
    // Asking again: the assignment is gone for them.
    await expect(asUser(db, person, tx => declareConflictWithAssignment(tx, person, assignmentId, null))).rejects.toMatchObject({ statusCode: 404 })
    const mine = await asUser(db, person, tx => myDeclarations(tx, person, w.conferenceId))
    expect(mine.conflicts).toEqual([expect.objectContaining({ subject: 'submission', submissionId, submissionTitle: null })])
    // The chair sees the conflict with the submission's title, and the reviewer in it.
    const all = await asUser(db, w.chair, tx => conferenceConflicts(tx, w.conferenceId))
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({ reviewerId, subject: 'submission', submissionTitle: expect.objectContaining({ en: expect.any(String) }) })]))
  })

  it('a reviewer cannot remove their own declaration; a chair can (audited), and the reviewer may be suggested again', async () => {
    const { person, reviewerId } = await newReviewer('undo-conflict')
    const id = await asUser(db, person, tx => declareConflict(tx, conflictDeclareSchema.parse({ reviewerId, submissionId })))
    const byReviewer = await probeAs(db, person, async tx => rowsChanged(await tx.deleteFrom('reviewer_conflicts').where('id', '=', id).executeTakeFirst()))
    expect(byReviewer).toBe(0)
    await expect(asUser(db, person, tx => removeConflict(tx, w.conferenceId, id))).rejects.toMatchObject({ statusCode: 403 })
    await expect(asUser(db, w.outsider, tx => conferenceConflicts(tx, w.conferenceId))).rejects.toMatchObject({ statusCode: 403 })
    expect(await suggested()).not.toContain(person.id)
    await asUser(db, w.chair, tx => removeConflict(tx, w.conferenceId, id))
    expect(await suggested()).toContain(person.id)
    await expect(asUser(db, w.chair, tx => removeConflict(tx, w.conferenceId, id))).rejects.toMatchObject({ statusCode: 404 })
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'action']).where('entity', '=', 'reviewer_conflicts')
      .where('entity_id', '=', id).execute())
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ actor_id: w.chair.id })]))
    expect(audit.length).toBe(2)
  })

  it('the people search answers reviewers and chairs of the conference only, and leaves out the reader', async () => {
    const { person } = await newReviewer('searching-reviewer')
    const found = await asUser(db, person, tx => peopleToDeclare(tx, person, w.conferenceId, 'vn-coauthor'))
    expect(found.map(p => p.id)).toContain(w.vnCoauthor.id)
    expect((await asUser(db, person, tx => peopleToDeclare(tx, person, w.conferenceId, 'searching-reviewer'))).map(p => p.id)).not.toContain(person.id)
    await expect(asUser(db, w.thaiAuthor, tx => peopleToDeclare(tx, w.thaiAuthor, w.conferenceId, 'vn-coauthor'))).rejects.toMatchObject({ statusCode: 403 })
  })
})

describe('editing a session', () => {
  const names = async (sessionId: string) => {
    const programme = await asUser(db, w.chair, tx => readProgramme(tx, w.conferenceId, 'en'))
    return programme.sessions.find(s => s.id === sessionId)!
  }
  it('replaces title, language, interpretation and chairs; a move alone keeps them', async () => {
    const chairA: Actor = w.zhReviewer
    const chairB: Actor = w.thaiColleague
    const id = await asUser(db, w.chair, tx => addProgrammeSession(tx, w.conferenceId, programmeSessionSchema.parse({
      roomId: w.setup.roomIds[1], title: { en: 'Internships' }, startsAtLocal: '2027-03-16T09:00', endsAtLocal: '2027-03-16T10:00',
      language: 'en', chairIds: [chairA.id],
    })))
    await asUser(db, w.chair, tx => editProgrammeSession(tx, id, programmeSessionEditSchema.parse({
      roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-16T09:00', endsAtLocal: '2027-03-16T10:00',
      title: { en: 'Internships across borders', th: 'การฝึกงานข้ามพรมแดน' }, language: 'th', interpretationLanguages: ['zh', 'vi'],
      chairIds: [chairB.id],
    })))
    let s = await names(id)
    expect(s).toMatchObject({ titleMap: { en: 'Internships across borders', th: 'การฝึกงานข้ามพรมแดน' }, language: 'th', interpretationLanguages: ['zh', 'vi'] })
    expect(s.chairs.map(c => c.personId)).toEqual([chairB.id])
    await asUser(db, w.chair, tx => editProgrammeSession(tx, id, programmeSessionEditSchema.parse({
      roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-16T11:00', endsAtLocal: '2027-03-16T12:00',
    })))
    s = await names(id)
    expect(s).toMatchObject({ language: 'th', startsAt: '2027-03-16T03:00:00.000Z' })
    expect(s.chairs.map(c => c.personId)).toEqual([chairB.id])
    await asUser(db, w.chair, tx => editProgrammeSession(tx, id, programmeSessionEditSchema.parse({
      roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-16T11:00', endsAtLocal: '2027-03-16T12:00', chairIds: [],
    })))
    expect((await names(id)).chairs).toEqual([])
  })

  it('only a chair edits a session', async () => {
    const id = await asUser(db, w.chair, tx => addProgrammeSession(tx, w.conferenceId, programmeSessionSchema.parse({
      roomId: null, startsAtLocal: '2027-03-16T14:00', endsAtLocal: '2027-03-16T15:00', language: 'en',
    })))
    const input = programmeSessionEditSchema.parse({ roomId: null, startsAtLocal: '2027-03-16T14:00', endsAtLocal: '2027-03-16T15:00', language: 'zh' })
    await expect(asUser(db, w.zhReviewer, tx => editProgrammeSession(tx, id, input))).rejects.toMatchObject({ statusCode: 404 })
    await expect(asUser(db, w.zhReviewer, tx => moveProgrammeSession(tx, id, input))).rejects.toMatchObject({ statusCode: 404 })
  })
})
