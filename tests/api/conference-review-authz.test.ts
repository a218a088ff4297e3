import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import type { MemberRole } from '../../shared/roles'
import { addCoauthor, createSubmission, takeSubmissionStep } from '../../server/domain/conferences/submissions'
import { authorSchema, submissionCreateSchema } from '../../shared/schemas/conferences'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each route of the review side (chair board, reviewers, conflicts, co-authorships, suggestions,
 * assignments, decisions, reveal; the reviewer's queue and review): route × role (visitor, student, the Thai author, her
 * colleague at the same college who reviews, a Chinese reviewer, another office, the chair, the secretariat). Signed-in
 * routes answer 401 to visitors; what a person may not see is 404; what they see but may not do is 403.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'author' | 'colleague' | 'zhReviewer' | 'otherOffice' | 'chair' | 'secretariat'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role | 'organising' | 'thai' | 'vn' | 'zh' | 'other', string>
  & { activity: string; conference: string; submission: string; colleagueReviewer: string; zhReviewerRow: string; assignment: string }
const th = JSON.parse(readFileSync('locales/th.json', 'utf8')) as { conferences: { errors: Record<string, string> }; errors: Record<string, string> }

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)
const actor = (role: Role): Actor => ({ id: ids[role], email: `${role}@authz.example` })

async function person(role: Role, institution: string | null, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `conf-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
}
const { ok, expectStatus, matrix } = roleRequests(who)
// The secretariat manages every activity, so it chairs every conference (private.can_manage_activity): as the chair.
const nobodyElse = { anon: 401, student: 403, author: 403, otherOffice: 403 } as const

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('conf_review'))
  const institution = (slug: string) => institutionRow(fixtures.db, slug)
  ids.organising = await institution('nanning')
  ids.thai = await institution('thai-college')
  ids.vn = await institution('vn-university')
  ids.zh = await institution('zh-university')
  ids.other = await institution('other')
  who.anon = client(server.url)
  await person('student', ids.other)
  await person('author', ids.thai, 'teacher')
  await person('colleague', ids.thai, 'teacher')
  await person('zhReviewer', ids.zh, 'teacher')
  await person('otherOffice', ids.other, 'office_staff')
  await person('chair', ids.organising, 'office_staff')
  await person('secretariat', await institution('secretariat'), 'secretariat')
  const vn = await memberClient(server, fixtures.db, 'conf-vn', ids.vn, 'teacher')
  ids.activity = await service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'conference', state: 'published', title: JSON.stringify({ en: 'Vocational education conference', zh: '职业教育学术会议' }),
      time_zone: 'Asia/Shanghai', capacity: 200, created_by: ids.chair,
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    return id
  })
  ids.conference = (await ok(who.chair, 'POST', `/api/conferences/for-activity/${ids.activity}`, {
    callText: { en: 'Call for abstracts' }, submissionDeadlineLocal: '2099-01-31T23:59',
  })).id
  // The Thai author submits with a Vietnamese co-author (the author side's routes are another helper's: the services here).
  ids.submission = await asUser(fixtures.db, actor('author'), async (tx) => {
    const id = await createSubmission(tx, actor('author'), ids.conference, submissionCreateSchema.parse({
      type: 'talk', title: { en: 'Cross-border internships', th: 'การฝึกงานข้ามพรมแดน' },
      abstract: { en: 'Two years of internships of Thai students in Guangxi.' }, keywords: ['internships'], presentationLanguage: 'en',
      submitter: { displayName: 'Malee Srisuk', institutionId: ids.thai, country: 'TH' },
    }))
    await addCoauthor(tx, id, authorSchema.parse({ personId: vn.id, displayName: 'Nguyen Van An', institutionId: ids.vn, country: 'VN', position: 2 }))
    await takeSubmissionStep(tx, id, 'submit')
    return id
  })
  ids.colleagueReviewer = (await ok(who.chair, 'POST', `/api/conferences/${ids.conference}/reviewers`, { personId: ids.colleague, topics: ['internships'] })).id
  ids.zhReviewerRow = (await ok(who.chair, 'POST', `/api/conferences/${ids.conference}/reviewers`, { personId: ids.zhReviewer, topics: ['assessment'] })).id
  await ok(who.colleague, 'POST', `/api/conferences/reviews/invitations/${ids.colleagueReviewer}`, { accept: true, topics: ['internships'] })
}, 240_000)
afterAll(async () => {
  await stop?.()
})

describe('POST /api/conferences/for-activity/:activityId and GET', () => {
  matrix('POST', () => `/api/conferences/for-activity/${ids.activity}`, { anon: 401, student: 403, otherOffice: 403, chair: 409 }, () => ({}))
  it('the chair sees the conference and that they chair it; a student sees it without the link', async () => {
    await expectStatus('anon', 'GET', `/api/conferences/for-activity/${ids.activity}`, 401)
    expect((await expectStatus('chair', 'GET', `/api/conferences/for-activity/${ids.activity}`, 200)).json).toEqual({ conferenceId: ids.conference, isChair: true })
    expect((await expectStatus('student', 'GET', `/api/conferences/for-activity/${ids.activity}`, 200)).json).toMatchObject({ isChair: false })
    const reply = await expectStatus('chair', 'POST', `/api/conferences/for-activity/${ids.activity}`, 409, {})
    expect(reply.json.message).toBe(th.conferences.errors.alreadyExists)
  })
})

describe('chair routes', () => {
  matrix('GET', () => `/api/conferences/${ids.conference}/board`, { ...nobodyElse, colleague: 403, chair: 200, secretariat: 200 })
  matrix('PUT', () => `/api/conferences/${ids.conference}/settings`, { ...nobodyElse, zhReviewer: 403, chair: 200 },
    () => ({ callText: { en: 'Call', th: 'ประกาศรับบทคัดย่อ' }, submissionDeadlineLocal: '2099-01-31T23:59', reviewCriteria: ['relevance', 'originality', 'clarity', 'overall'] }))
  matrix('POST', () => `/api/conferences/${ids.conference}/tracks`, { ...nobodyElse, chair: 200 }, () => ({ name: { en: 'Internships' }, topics: ['internships'] }))
  matrix('POST', () => `/api/conferences/${ids.conference}/reviewers`, { ...nobodyElse, colleague: 403 }, () => ({ email: 'someone@example.org', locale: 'th' }))
  matrix('GET', () => `/api/conferences/${ids.conference}/reviewers/candidates?q=Authz`, { ...nobodyElse, chair: 200, secretariat: 200 })
  matrix('GET', () => `/api/conferences/${ids.conference}/suggestions/${ids.submission}`, { ...nobodyElse, colleague: 403, zhReviewer: 403 })
  matrix('GET', () => `/api/conferences/${ids.conference}/reviews/${ids.submission}`, { ...nobodyElse, zhReviewer: 403, chair: 200 })
  matrix('POST', () => `/api/conferences/${ids.conference}/reveal`, { ...nobodyElse, zhReviewer: 403 })

  it('the board lists the submission with its state; bad settings are a translated 422; an unknown conference 404', async () => {
    const board = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/board`, 200)).json
    expect(board.submissions).toEqual([expect.objectContaining({ id: ids.submission, state: 'submitted', assigned: 0, reviewed: 0 })])
    expect(board.reviewers.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([ids.colleagueReviewer, ids.zhReviewerRow]))
    const bad = await expectStatus('chair', 'PUT', `/api/conferences/${ids.conference}/settings`, 422, { wordLimit: 10 })
    expect(bad.json.message).toBe(th.errors.validation!.replace('{field}', 'wordLimit'))
    await expectStatus('chair', 'GET', '/api/conferences/00000000-0000-4000-8000-000000000000/board', 404)
    await expectStatus('chair', 'GET', '/api/conferences/not-a-uuid/board', 404)
  })

  it('the directory search finds teachers of member institutions by name, and needs two letters', async () => {
    const found = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/reviewers/candidates?q=conf-zhReviewer`, 200)).json
    expect(found.map((p: { id: string }) => p.id)).toContain(ids.zhReviewer)
    expect(found.map((p: { id: string }) => p.id)).not.toContain(ids.student)
    await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/reviewers/candidates?q=a`, 422)
  })

  it('suggestions leave out the author\'s colleague with the reason; assigning them is a translated 409', async () => {
    const { suggestions, excluded } = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/suggestions/${ids.submission}`, 200)).json
    expect(suggestions.map((s: { reviewerId: string }) => s.reviewerId)).not.toContain(ids.colleagueReviewer)
    expect(excluded).toEqual([expect.objectContaining({ reviewerId: ids.colleagueReviewer, kinds: expect.arrayContaining(['institution']) })])
    const reply = await expectStatus('chair', 'POST', `/api/conferences/${ids.conference}/assignments`, 409, { submissionId: ids.submission, reviewerId: ids.colleagueReviewer })
    expect(reply.json.data.key).toBe('conferences.errors.conflictOfInterest')
    expect(reply.json.message).toBe(th.conferences.errors.conflictOfInterest)
    // Not accepted yet: 422, translated.
    const pending = await expectStatus('chair', 'POST', `/api/conferences/${ids.conference}/assignments`, 422, { submissionId: ids.submission, reviewerId: ids.zhReviewerRow })
    expect(pending.json.message).toBe(th.conferences.errors.reviewerNotAccepted)
  })
})

describe('the reviewer accepts, is assigned and reviews anonymised', () => {
  matrix('POST', () => `/api/conferences/reviews/invitations/${ids.zhReviewerRow}`, { anon: 401, student: 404, author: 404, colleague: 404, chair: 404 }, () => ({ accept: true }))
  it('the Chinese reviewer accepts; the chair assigns them; others may not assign', async () => {
    await expectStatus('zhReviewer', 'POST', `/api/conferences/reviews/invitations/${ids.zhReviewerRow}`, 200, { accept: true, topics: ['internships'] })
    const again = await expectStatus('zhReviewer', 'POST', `/api/conferences/reviews/invitations/${ids.zhReviewerRow}`, 409, { accept: true })
    expect(again.json.message).toBe(th.conferences.errors.alreadyAnswered)
    const { suggestions } = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/suggestions/${ids.submission}`, 200)).json
    expect(suggestions[0]).toMatchObject({ reviewerId: ids.zhReviewerRow })
    // Who cannot see the submission: 404; its author sees it but may not assign: 403.
    for (const role of ['student', 'otherOffice', 'zhReviewer'] as const) {
      await expectStatus(role, 'POST', `/api/conferences/${ids.conference}/assignments`, 404, { submissionId: ids.submission, reviewerId: ids.zhReviewerRow })
    }
    await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/assignments`, 403, { submissionId: ids.submission, reviewerId: ids.zhReviewerRow })
    await expectStatus('anon', 'POST', `/api/conferences/${ids.conference}/assignments`, 401, { submissionId: ids.submission, reviewerId: ids.zhReviewerRow })
    ids.assignment = (await expectStatus('chair', 'POST', `/api/conferences/${ids.conference}/assignments`, 200, { submissionId: ids.submission, reviewerId: ids.zhReviewerRow })).json.id
  })

  it('the queue shows the assignment to its reviewer only', async () => {
    await expectStatus('anon', 'GET', '/api/conferences/reviews/mine', 401)
    const mine = (await expectStatus('zhReviewer', 'GET', '/api/conferences/reviews/mine', 200)).json
    expect(mine.assignments.map((a: { id: string }) => a.id)).toEqual([ids.assignment])
    expect((await expectStatus('colleague', 'GET', '/api/conferences/reviews/mine', 200)).json.assignments).toEqual([])
  })

  it('the submission without author identity for the reviewer; 404 to the author\'s colleague, the author and others', async () => {
    const reply = await expectStatus('zhReviewer', 'GET', `/api/conferences/reviews/${ids.assignment}`, 200)
    expect(reply.json.conference.anonymised).toBe(true)
    expect(reply.json.assignment.title.en).toBe('Cross-border internships')
    expect(reply.json).not.toHaveProperty('authors')
    expect(reply.text).not.toContain('Malee')
    expect(reply.text).not.toContain('Nguyen')
    expect(reply.text).not.toContain(ids.thai)
    for (const role of ['colleague', 'author', 'student', 'otherOffice', 'secretariat'] as const) {
      await expectStatus(role, 'GET', `/api/conferences/reviews/${ids.assignment}`, 404)
      await expectStatus(role, 'PUT', `/api/conferences/reviews/${ids.assignment}`, 404, { scores: { overall: 3 } })
    }
    await expectStatus('anon', 'GET', `/api/conferences/reviews/${ids.assignment}`, 401)
    await expectStatus('colleague', 'GET', '/api/conferences/reviews/00000000-0000-4000-8000-000000000000', 404)
  })

  it('bad scores are a translated 4xx; a full review submits and is then final', async () => {
    const path = `/api/conferences/reviews/${ids.assignment}`
    const range = await expectStatus('zhReviewer', 'PUT', path, 422, { scores: { overall: 9 } })
    expect(range.json.data.key).toBe('errors.validation')
    const unknown = await expectStatus('zhReviewer', 'PUT', path, 422, { scores: { beauty: 3 } })
    expect(unknown.json.message).toBe(th.conferences.errors.scoresInvalid)
    const incomplete = await expectStatus('zhReviewer', 'PUT', path, 422, { scores: { overall: 4 }, submit: true })
    expect(incomplete.json.message).toBe(th.conferences.errors.scoresIncomplete)
    await expectStatus('zhReviewer', 'PUT', path, 200, { scores: { overall: 4 }, commentToAuthors: 'Clear and useful.' })
    const full = { relevance: 5, originality: 4, clarity: 4, overall: 4 }
    await expectStatus('zhReviewer', 'PUT', path, 200, { scores: full, commentToAuthors: 'Clear and useful.', commentToChair: 'Accept.', submit: true })
    const final = await expectStatus('zhReviewer', 'PUT', path, 409, { scores: full })
    expect(final.json.message).toBe(th.conferences.errors.reviewFinal)
    expect((await expectStatus('zhReviewer', 'GET', path, 200)).json.review).toMatchObject({ scores: full, comment_to_chair: 'Accept.' })
    // A submitted review is not taken back.
    await expectStatus('chair', 'DELETE', `/api/conferences/${ids.conference}/assignments/${ids.assignment}`, 409)
  })

  it('the chair takes back an assignment with a draft review: the reviewer no longer sees it; others may not', async () => {
    const row = (await ok(who.chair, 'POST', `/api/conferences/${ids.conference}/reviewers`, { personId: ids.student })).id
    await ok(who.student, 'POST', `/api/conferences/reviews/invitations/${row}`, { accept: true })
    const assignment = (await ok(who.chair, 'POST', `/api/conferences/${ids.conference}/assignments`, { submissionId: ids.submission, reviewerId: row })).id
    await expectStatus('student', 'PUT', `/api/conferences/reviews/${assignment}`, 200, { scores: { overall: 2 } })
    for (const role of ['student', 'author', 'zhReviewer', 'otherOffice'] as const) {
      await expectStatus(role, 'DELETE', `/api/conferences/${ids.conference}/assignments/${assignment}`, 403)
    }
    await expectStatus('anon', 'DELETE', `/api/conferences/${ids.conference}/assignments/${assignment}`, 401)
    await expectStatus('chair', 'DELETE', `/api/conferences/${ids.conference}/assignments/${assignment}`, 200)
    await expectStatus('student', 'GET', `/api/conferences/reviews/${assignment}`, 404)
    expect((await expectStatus('student', 'GET', '/api/conferences/reviews/mine', 200)).json.assignments).toEqual([])
    await expectStatus('chair', 'DELETE', `/api/conferences/${ids.conference}/assignments/${assignment}`, 404)
  })

  it('after the reveal the reviewer sees the authors', async () => {
    await expectStatus('chair', 'POST', `/api/conferences/${ids.conference}/reveal`, 200)
    const reply = await expectStatus('zhReviewer', 'GET', `/api/conferences/reviews/${ids.assignment}`, 200)
    expect(reply.json.conference.anonymised).toBe(false)
    expect(reply.json.authors.map((a: { display_name: string }) => a.display_name)).toEqual(['Malee Srisuk', 'Nguyen Van An'])
  })
})

describe('conflicts and co-authorships', () => {
  it('a reviewer declares a conflict for their own row; others may not; a bad declaration is 422', async () => {
    const body = { reviewerId: ids.colleagueReviewer, institutionId: ids.vn, reason: 'Former employer' }
    await expectStatus('anon', 'POST', `/api/conferences/${ids.conference}/conflicts`, 401, body)
    for (const role of ['student', 'author', 'zhReviewer', 'otherOffice'] as const) await expectStatus(role, 'POST', `/api/conferences/${ids.conference}/conflicts`, 404, body)
    await expectStatus('colleague', 'POST', `/api/conferences/${ids.conference}/conflicts`, 200, body)
    await expectStatus('chair', 'POST', `/api/conferences/${ids.conference}/conflicts`, 200, { reviewerId: ids.zhReviewerRow, personId: ids.student })
    await expectStatus('colleague', 'POST', `/api/conferences/${ids.conference}/conflicts`, 422, { reviewerId: ids.colleagueReviewer })
  })
  it('a person declares a co-authorship of their own; with themself is a translated 422', async () => {
    await expectStatus('anon', 'POST', `/api/conferences/${ids.conference}/coauthorships`, 401, { coauthorId: ids.author, year: 2025 })
    await expectStatus('zhReviewer', 'POST', `/api/conferences/${ids.conference}/coauthorships`, 200, { coauthorId: ids.student, year: 2025 })
    const self = await expectStatus('zhReviewer', 'POST', `/api/conferences/${ids.conference}/coauthorships`, 422, { coauthorId: ids.zhReviewer, year: 2025 })
    expect(self.json.message).toBe(th.conferences.errors.selfCoauthorship)
    await expectStatus('zhReviewer', 'POST', `/api/conferences/${ids.conference}/coauthorships`, 422, { coauthorId: ids.student, year: 1800 })
  })
})

describe('POST /api/conferences/:id/decisions/:submissionId', () => {
  const path = () => `/api/conferences/${ids.conference}/decisions/${ids.submission}`
  // The assigned reviewer and the author see the submission but may not decide: 403; who cannot see it: 404.
  matrix('POST', path, { anon: 401, student: 404, author: 403, zhReviewer: 403, otherOffice: 404 }, () => ({ outcome: 'accept', acceptedType: 'talk' }))
  it('the chair reads the reviews, accepts as a talk; a second decision is a translated 409; a type with reject 422', async () => {
    const reviews = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/reviews/${ids.submission}`, 200)).json
    expect(reviews).toEqual([expect.objectContaining({ comment_to_chair: 'Accept.' })])
    await expectStatus('chair', 'POST', path(), 422, { outcome: 'reject', acceptedType: 'talk' })
    expect((await expectStatus('chair', 'POST', path(), 200, { outcome: 'accept', acceptedType: 'talk', noteToAuthors: 'Welcome' })).json)
      .toMatchObject({ state: 'accepted', accepted_type: 'talk' })
    const again = await expectStatus('chair', 'POST', path(), 409, { outcome: 'reject' })
    expect(again.json.data.key).toMatch(/^conferences\.errors\.(stepNotAllowed|decisionFinal)$/)
    const board = (await expectStatus('chair', 'GET', `/api/conferences/${ids.conference}/board`, 200)).json
    expect(board.submissions[0]).toMatchObject({ state: 'accepted', reviewed: 1, decision: { outcome: 'accept', accepted_type: 'talk' } })
  })
})

describe('declarations from the pages', () => {
  const conf = () => `/api/conferences/${ids.conference}`
  let second: string, assignment: string, conflictId: string
  beforeAll(async () => {
    // A second abstract of the Thai author, under review by the Chinese reviewer (the first one is decided).
    second = await asUser(fixtures.db, actor('author'), async (tx) => {
      const id = await createSubmission(tx, actor('author'), ids.conference, submissionCreateSchema.parse({
        type: 'poster', title: { en: 'Mentors at the workplace' }, abstract: { en: 'Workplace mentors of Thai interns.' }, keywords: ['mentors'],
        presentationLanguage: 'en', submitter: { displayName: 'Malee Srisuk', institutionId: ids.thai, country: 'TH' },
      }))
      await takeSubmissionStep(tx, id, 'submit')
      return id
    })
    assignment = (await ok(who.chair, 'POST', `${conf()}/assignments`, { submissionId: second, reviewerId: ids.zhReviewerRow })).id
  })

  matrix('GET', () => `${conf()}/declarations`, { anon: 401, student: 200, colleague: 200, zhReviewer: 200, chair: 200 })
  matrix('GET', () => `${conf()}/declarations/people?q=conf-author`,
    { anon: 401, student: 200, author: 403, colleague: 200, zhReviewer: 200, otherOffice: 403, chair: 200, secretariat: 200 })
  matrix('GET', () => `${conf()}/conflicts`, { ...nobodyElse, colleague: 403, zhReviewer: 403, chair: 200, secretariat: 200 })

  it('a reviewer lists their own declarations only: their conflicts and co-authorships, with names', async () => {
    const mine = (await expectStatus('colleague', 'GET', `${conf()}/declarations`, 200)).json
    expect(mine.reviewerId).toBe(ids.colleagueReviewer)
    expect(mine.conflicts).toEqual([expect.objectContaining({ subject: 'institution', institutionId: ids.vn, reason: 'Former employer' })])
    const zh = (await expectStatus('zhReviewer', 'GET', `${conf()}/declarations`, 200)).json
    expect(zh.conflicts).toEqual([expect.objectContaining({ subject: 'person', personId: ids.student, personName: 'Authz conf-student' })])
    expect(zh.coauthorships).toEqual([expect.objectContaining({ personId: ids.student, year: 2025, declaredByMe: true })])
    expect((await expectStatus('otherOffice', 'GET', `${conf()}/declarations`, 200)).json).toMatchObject({ reviewerId: null, conflicts: [], coauthorships: [] })
    await expectStatus('chair', 'GET', '/api/conferences/00000000-0000-4000-8000-000000000000/declarations', 404)
  })

  it('the people search finds the directory by name, needs two letters, and leaves out the reader', async () => {
    const found = (await expectStatus('zhReviewer', 'GET', `${conf()}/declarations/people?q=conf-author`, 200)).json
    expect(found.map((p: { id: string }) => p.id)).toContain(ids.author)
    await expectStatus('zhReviewer', 'GET', `${conf()}/declarations/people?q=a`, 422)
    const self = (await expectStatus('zhReviewer', 'GET', `${conf()}/declarations/people?q=conf-zhReviewer`, 200)).json
    expect(self).toEqual([])
  })

  it('bad declarations are translated 4xx: a future year, an unknown person (co-author or conflict)', async () => {
    const future = await expectStatus('zhReviewer', 'POST', `${conf()}/coauthorships`, 422, { coauthorId: ids.author, year: new Date().getUTCFullYear() + 2 })
    expect(future.json.message).toBe(th.conferences.errors.yearInFuture)
    const nobody = '00000000-0000-4000-8000-000000000000'
    const unknown = await expectStatus('zhReviewer', 'POST', `${conf()}/coauthorships`, 422, { coauthorId: nobody, year: 2024 })
    expect(unknown.json.message).toBe(th.conferences.errors.unknownPerson)
    const conflict = await expectStatus('zhReviewer', 'POST', `${conf()}/conflicts`, 422, { reviewerId: ids.zhReviewerRow, personId: nobody })
    expect(conflict.json.message).toBe(th.conferences.errors.unknownPerson)
  })

  it('the chair sees each reviewer\'s conflicts; only a chair removes one (others 403/401, unknown 404)', async () => {
    const all = (await expectStatus('chair', 'GET', `${conf()}/conflicts`, 200)).json
    expect(all.map((c: { reviewerId: string }) => c.reviewerId).sort()).toEqual([ids.colleagueReviewer, ids.zhReviewerRow].sort())
    conflictId = all.find((c: { reviewerId: string }) => c.reviewerId === ids.zhReviewerRow).id
    for (const role of ['student', 'author', 'colleague', 'zhReviewer', 'otherOffice'] as const) {
      await expectStatus(role, 'DELETE', `${conf()}/conflicts/${conflictId}`, 403)
    }
    await expectStatus('anon', 'DELETE', `${conf()}/conflicts/${conflictId}`, 401)
    await expectStatus('chair', 'DELETE', `${conf()}/conflicts/${conflictId}`, 200)
    await expectStatus('chair', 'DELETE', `${conf()}/conflicts/${conflictId}`, 404)
    await expectStatus('chair', 'DELETE', `${conf()}/conflicts/not-a-uuid`, 404)
    expect((await expectStatus('zhReviewer', 'GET', `${conf()}/declarations`, 200)).json.conflicts).toEqual([])
  })

  matrix('POST', () => `/api/conferences/reviews/${assignment}/conflict`,
    { anon: 401, student: 404, author: 404, colleague: 404, otherOffice: 404, chair: 404, secretariat: 404 }, () => ({ reason: null }))

  it('the assigned reviewer declares a conflict with the submission: the assignment leaves their queue; the chair sees why', async () => {
    expect((await expectStatus('zhReviewer', 'GET', '/api/conferences/reviews/mine', 200)).json.assignments.map((a: { id: string }) => a.id)).toContain(assignment)
    await expectStatus('zhReviewer', 'POST', `/api/conferences/reviews/${assignment}/conflict`, 422, { reason: 'x'.repeat(1001) })
    await expectStatus('zhReviewer', 'POST', `/api/conferences/reviews/${assignment}/conflict`, 200, { reason: 'I supervised the first author' })
    expect((await expectStatus('zhReviewer', 'GET', '/api/conferences/reviews/mine', 200)).json.assignments.map((a: { id: string }) => a.id)).not.toContain(assignment)
    await expectStatus('zhReviewer', 'GET', `/api/conferences/reviews/${assignment}`, 404)
    await expectStatus('zhReviewer', 'POST', `/api/conferences/reviews/${assignment}/conflict`, 404, {})
    const all = (await expectStatus('chair', 'GET', `${conf()}/conflicts`, 200)).json
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({
      reviewerId: ids.zhReviewerRow, subject: 'submission', submissionId: second, submissionTitle: { en: 'Mentors at the workplace' },
    })]))
    // The reviewer's own list names no title (they no longer read the submission).
    const mine = (await expectStatus('zhReviewer', 'GET', `${conf()}/declarations`, 200)).json
    expect(mine.conflicts).toEqual([expect.objectContaining({ subject: 'submission', submissionTitle: null })])
  })
})
