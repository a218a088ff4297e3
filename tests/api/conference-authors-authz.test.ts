import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { decide } from '../../server/domain/conferences/reviews'
import { decisionSchema } from '../../shared/schemas/conferences'
import type { MemberRole } from '../../shared/roles'
import { serverOnOwnDatabase, institutionRow, memberClient, roleRequests } from './authz-fixtures'
import { client, mailsTo, type Client, type RunningServer } from './server'

/**
 * Who may call each route of the author's side of a conference: route × role (visitor, a student with no part in it, the
 * author, the co-author, another institution's office, the chair = the organiser's office, the secretariat). Signed-in routes
 * answer 401 to visitors; what a person may not see is 404; what they see but may not do is 403; bad input is a translated 4xx.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
type Role = 'anon' | 'student' | 'author' | 'coauthor' | 'otherOffice' | 'chair' | 'secretariat' | 'picked'
const who = {} as Record<Role, Client>
type Named = 'activity' | 'conference' | 'closing' | 'closed' | 'draftActivity' | 'draftConference' | 'submission' | 'late' | 'decided' | 'coauthorRow'
const ids = {} as Record<Role | 'home' | 'other' | 'organising' | 'vn' | Named, string>
const emails = {} as Record<Role, string>

const service = <T>(fn: Parameters<typeof asService<T>>[2]) => asService(fixtures.db, 'test fixture', fn)
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const PNG = Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
  0x90, 0x77, 0x53, 0xDE])

async function person(role: Exclude<Role, 'anon'>, institution: string | null, memberRole: MemberRole = 'student') {
  const made = await memberClient(server, fixtures.db, `conf-${role}`, institution, memberRole)
  who[role] = made.client
  ids[role] = made.id
  emails[role] = (await service(tx => tx.selectFrom('profiles').select('email').where('id', '=', made.id).executeTakeFirstOrThrow())).email
}
const { ok, expectStatus, matrix } = roleRequests(who)
async function upload(role: Role, bytes: Uint8Array, name: string): Promise<string> {
  const body = new FormData()
  body.append('file', new Blob([Uint8Array.from(bytes)]), name)
  return (await ok(who[role], 'POST', '/api/files', body)).id
}

async function conferenceActivity(state: 'published' | 'registration_open' | 'draft', deadline: Date, title: string) {
  return service(async (tx) => {
    const { id } = await tx.insertInto('activities').values({
      kind: 'conference', state, title: JSON.stringify({ en: title, th: `การประชุม ${title}` }), time_zone: 'Asia/Bangkok', capacity: 200, created_by: ids.chair,
    } as never).returning('id').executeTakeFirstOrThrow()
    await tx.insertInto('activity_organisers').values({ activity_id: id, institution_id: ids.organising }).execute()
    const conference = await tx.insertInto('conferences').values({
      activity_id: id, call_text: JSON.stringify({ en: 'Send us your abstracts.', th: 'ขอเชิญส่งบทคัดย่อ' }), submission_languages: ['th', 'en', 'vi'],
      submission_types: ['talk', 'poster'], word_limit: 60, submission_deadline: deadline,
    }).returning('id').executeTakeFirstOrThrow()
    return { activity: id, conference: conference.id }
  })
}
const later = () => new Date(Date.now() + 7 * 86_400_000)
const content = (overrides: Record<string, unknown> = {}) => ({
  type: 'talk', title: { th: 'การฝึกงานข้ามพรมแดน', en: 'Cross-border internships' },
  abstract: { th: 'เรารายงานผลการฝึกงานของนักศึกษาไทยในสถานประกอบการที่กว่างซีเป็นเวลาสองปี' },
  keywords: ['internships'], presentationLanguage: 'th', fileId: null, ...overrides,
})
const create = (overrides: Record<string, unknown> = {}) => ({
  ...content(overrides), submitter: { displayName: 'Malee Srisuk', institutionId: ids.home, country: 'TH' },
})
const coauthorBody = (email: string, overrides: Record<string, unknown> = {}) => ({
  author: { email, displayName: 'Nguyễn Thị Lan', institutionName: 'Hanoi University of Industry', country: 'VN', position: 2, ...overrides }, locale: 'vi',
})

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('conf_authors'))
  ids.home = await institutionRow(fixtures.db, 'thai-college')
  ids.other = await institutionRow(fixtures.db, 'other')
  ids.organising = await institutionRow(fixtures.db, 'organising')
  ids.vn = await institutionRow(fixtures.db, 'vn-university')
  who.anon = client(server.url)
  await person('student', ids.home)
  await person('author', ids.home, 'teacher')
  await person('coauthor', ids.vn, 'teacher')
  await person('otherOffice', ids.other, 'office_staff')
  await person('chair', ids.organising, 'office_staff')
  await person('secretariat', await institutionRow(fixtures.db, 'secretariat'), 'secretariat')
  // A teacher of another member college, in the directory, who reads the portal in Khmer.
  await person('picked', ids.other, 'teacher')
  await service(tx => tx.updateTable('profiles').set({ preferred_locale: 'km' }).where('id', '=', ids.picked).execute())
  await service(tx => tx.updateTable('profiles').set({ preferred_locale: 'vi' }).where('id', '=', ids.coauthor).execute())
  await service(tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', ids.author).execute())
  const open = await conferenceActivity('registration_open', later(), 'Open call')
  ids.activity = open.activity
  ids.conference = open.conference
  ids.closing = (await conferenceActivity('registration_open', later(), 'Closing call')).conference
  ids.closed = (await conferenceActivity('published', new Date(Date.now() - 86_400_000), 'Closed call')).conference
  const draft = await conferenceActivity('draft', later(), 'Draft call')
  ids.draftActivity = draft.activity
  ids.draftConference = draft.conference

  // The author's submission with the co-author invited by email and confirmed through the mailed link.
  ids.submission = (await ok(who.author, 'POST', `/api/conferences/${ids.conference}/submissions`, create())).id
  ids.coauthorRow = (await ok(who.author, 'POST', `/api/conferences/submissions/${ids.submission}/authors`, coauthorBody(emails.coauthor))).id
  const invitation = mailsTo(server.dataDir, emails.coauthor).findLast(m => m.template === 'conferences.coauthorInvited')!
  const token = /invite=([^\s&]+)/.exec(invitation.body)![1]!
  await ok(who.coauthor, 'POST', '/api/conferences/authorship/confirm', { token: decodeURIComponent(token) })
  // A submission to a call that closes after it was submitted.
  ids.late = (await ok(who.author, 'POST', `/api/conferences/${ids.closing}/submissions`, create())).id
  await ok(who.author, 'POST', `/api/conferences/submissions/${ids.late}/step`, { action: 'submit' })
  await service(tx => tx.updateTable('conferences').set({ submission_deadline: new Date(Date.now() - 60_000) }).where('id', '=', ids.closing).execute())
  // A submission the chair has decided on: accepted as a talk.
  ids.decided = (await ok(who.author, 'POST', `/api/conferences/${ids.conference}/submissions`, create({ title: { en: 'Decided one' } }))).id
  await ok(who.author, 'POST', `/api/conferences/submissions/${ids.decided}/step`, { action: 'submit' })
  await ok(who.chair, 'POST', `/api/conferences/submissions/${ids.decided}/step`, { action: 'start_review' })
  await asUser(fixtures.db, { id: ids.chair, email: emails.chair }, tx => decide(tx, ids.decided, decisionSchema.parse({
    outcome: 'accept', acceptedType: 'talk', noteToAuthors: 'Please shorten the introduction.',
  })))
}, 300_000)
afterAll(async () => {
  await stop?.()
})

describe('the co-author invitation', () => {
  it('is mailed in the invitee\'s own language (their profile says Vietnamese) and confirming names them on the list', async () => {
    const mail = mailsTo(server.dataDir, emails.coauthor).findLast(m => m.template === 'conferences.coauthorInvited')!
    expect(mail.locale).toBe('vi')
    expect(mail.subject).toContain('đồng tác giả')
    expect(mail.subject).toContain('Cross-border internships')
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json
    const row = view.submission.authors.find((a: { id: string }) => a.id === ids.coauthorRow)
    expect(row).toMatchObject({ person_id: ids.coauthor, country: 'VN', institution_name: 'Hanoi University of Industry' })
    expect(row.confirmed_at).not.toBeNull()
  })
  it('a used or unknown link is 404, translated', async () => {
    const reply = await expectStatus('student', 'POST', '/api/conferences/authorship/confirm', 404, { token: 'x'.repeat(40) })
    expect(reply.json.data.key).toBe('conferences.errors.invitationInvalid')
    await expectStatus('anon', 'POST', '/api/conferences/authorship/confirm', 401, { token: 'x'.repeat(40) })
    await expectStatus('student', 'POST', '/api/conferences/authorship/confirm', 422, { token: 'short' })
  })
})

describe('GET /api/conferences', () => {
  it('everyone lists the published calls; the draft one only its organisers and the secretariat', async () => {
    for (const role of ['anon', 'student', 'author', 'otherOffice'] as const) {
      const list = (await expectStatus(role, 'GET', '/api/conferences', 200)).json as { id: string; call_open: boolean }[]
      expect(list.map(c => c.id)).toEqual(expect.arrayContaining([ids.conference, ids.closed]))
      expect(list.map(c => c.id)).not.toContain(ids.draftConference)
      expect(list.find(c => c.id === ids.conference)!.call_open).toBe(true)
      expect(list.find(c => c.id === ids.closed)!.call_open).toBe(false)
    }
    for (const role of ['chair', 'secretariat'] as const) {
      const list = (await expectStatus(role, 'GET', '/api/conferences', 200)).json as { id: string }[]
      expect(list.map(c => c.id)).toContain(ids.draftConference)
    }
  })
})

describe('GET /api/conferences/:id', () => {
  matrix('GET', () => `/api/conferences/${ids.conference}`, { anon: 200, student: 200, author: 200, coauthor: 200, otherOffice: 200, chair: 200, secretariat: 200 })
  matrix('GET', () => `/api/conferences/${ids.draftConference}`, { anon: 404, student: 404, author: 404, otherOffice: 404, chair: 200, secretariat: 200 })
  it('gives the call with its deadline as an instant and the conference zone; a malformed id is 404', async () => {
    const call = (await expectStatus('anon', 'GET', `/api/conferences/${ids.conference}`, 200)).json
    expect(call).toMatchObject({ time_zone: 'Asia/Bangkok', word_limit: 60, submission_languages: ['th', 'en', 'vi'], call_open: true })
    expect(Date.parse(call.submission_deadline)).toBeGreaterThan(Date.now())
    expect(call.call_text.th).toBe('ขอเชิญส่งบทคัดย่อ')
    await expectStatus('anon', 'GET', '/api/conferences/nope', 404)
  })
})

describe('POST /api/conferences/:id/submissions', () => {
  matrix('POST', () => `/api/conferences/${ids.conference}/submissions`, { anon: 401, student: 201, otherOffice: 201, secretariat: 201 }, () => create())
  matrix('POST', () => `/api/conferences/${ids.draftConference}/submissions`, { student: 404 }, () => create())
  it('bad input is a translated 4xx: deadline passed, over the word limit, a huge abstract, a language or type the call does not take', async () => {
    const closed = await expectStatus('author', 'POST', `/api/conferences/${ids.closed}/submissions`, 422, create())
    expect(closed.json.data.key).toBe('conferences.errors.callClosed')
    expect(closed.json.message).toContain('ปิด')
    const long = await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/submissions`, 422, create({ abstract: { en: 'word '.repeat(61) } }))
    expect(long.json.data).toMatchObject({ key: 'conferences.errors.overWordLimit' })
    expect(long.json.message).toContain('60')
    const huge = await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/submissions`, 422, create({ abstract: { en: 'x'.repeat(40_001) } }))
    expect(huge.json.data.key).toBe('errors.validation')
    await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/submissions`, 413, create({ abstract: { en: 'x'.repeat(1_100_000) } }))
    const language = await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/submissions`, 422, create({ title: { zh: '跨境实习' } }))
    expect(language.json.data.key).toBe('conferences.errors.languageNotInCall')
    const type = await expectStatus('author', 'POST', `/api/conferences/${ids.conference}/submissions`, 422, create({ type: 'panel' }))
    expect(type.json.data.key).toBe('conferences.errors.typeNotInCall')
  })
})

describe('GET /api/conferences/:id/submissions and /api/conferences/submissions/mine', () => {
  it('each person lists only the submissions that name them', async () => {
    await expectStatus('anon', 'GET', '/api/conferences/submissions/mine', 401)
    const mine = (await expectStatus('author', 'GET', '/api/conferences/submissions/mine', 200)).json as { id: string }[]
    expect(mine.map(s => s.id)).toEqual(expect.arrayContaining([ids.submission, ids.late, ids.decided]))
    const coauthor = (await expectStatus('coauthor', 'GET', '/api/conferences/submissions/mine', 200)).json as { id: string }[]
    expect(coauthor.map(s => s.id)).toEqual([ids.submission])
    const chair = (await expectStatus('chair', 'GET', '/api/conferences/submissions/mine', 200)).json as { id: string }[]
    expect(chair).toEqual([])
    const inConference = (await expectStatus('author', 'GET', `/api/conferences/${ids.conference}/submissions`, 200)).json as { id: string }[]
    expect(inConference.map(s => s.id)).not.toContain(ids.late)
    await expectStatus('anon', 'GET', `/api/conferences/${ids.conference}/submissions`, 401)
    await expectStatus('student', 'GET', `/api/conferences/${ids.draftConference}/submissions`, 404)
  })
})

describe('GET /api/conferences/submissions/:id', () => {
  matrix('GET', () => `/api/conferences/submissions/${ids.submission}`, { anon: 401, student: 404, author: 200, coauthor: 200, otherOffice: 404, chair: 200, secretariat: 200 })
  it('the author sees their steps and the word limit; the chair no author steps', async () => {
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json
    expect(view).toMatchObject({ is_author: true, editable: true, actions: ['submit', 'withdraw'], decision: null })
    expect(view.call.word_limit).toBe(60)
    const chair = (await expectStatus('chair', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json
    expect(chair).toMatchObject({ is_author: false, editable: false, actions: [] })
  })
  it('after the decision the authors read it, with the chairs\' note; the decision reached them by mail in their language', async () => {
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.decided}`, 200)).json
    expect(view.decision).toMatchObject({ outcome: 'accept', accepted_type: 'talk', note_to_authors: 'Please shorten the introduction.' })
    expect(view).toMatchObject({ can_upload_camera_ready: true, actions: [] })
    expect(view.submission.state).toBe('accepted')
    const mails = await service(tx => tx.selectFrom('mail_outbox').select(['locale']).where('to_user_id', '=', ids.author)
      .where('template', '=', 'conferences.decision').execute())
    // Rendered in the author's language (Thai); decided here in the test's process, whose outbox renders keys, not texts.
    expect(mails).toEqual([expect.objectContaining({ locale: 'th' })])
  })
})

describe('PATCH /api/conferences/submissions/:id', () => {
  matrix('PATCH', () => `/api/conferences/submissions/${ids.submission}`, { anon: 401, student: 404, otherOffice: 404, author: 200, coauthor: 200 }, () => content())
  it('the chair may read but not edit it; after the deadline nobody edits; bad input is a translated 422', async () => {
    await expectStatus('chair', 'PATCH', `/api/conferences/submissions/${ids.submission}`, 403, content())
    const late = await expectStatus('author', 'PATCH', `/api/conferences/submissions/${ids.late}`, 422, content())
    expect(late.json.data.key).toBe('conferences.errors.callClosed')
    const over = await expectStatus('author', 'PATCH', `/api/conferences/submissions/${ids.submission}`, 422, content({ abstract: { th: 'คำ '.repeat(61) } }))
    expect(over.json.data.key).toBe('conferences.errors.overWordLimit')
    await expectStatus('author', 'PATCH', `/api/conferences/submissions/${ids.submission}`, 422, content({ title: {} }))
  })
})

describe('POST /api/conferences/submissions/:id/authors and DELETE …/authors/:authorId', () => {
  matrix('POST', () => `/api/conferences/submissions/${ids.submission}/authors`, { anon: 401, student: 404, otherOffice: 404, chair: 403 },
    () => coauthorBody('someone@example.org'))
  it('an author adds and removes a co-author; the submitter cannot be removed; an author without institution is 422', async () => {
    const added = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 201, coauthorBody('third@example.org', { position: 3 }))
    expect(mailsTo(server.dataDir, 'third@example.org').at(-1)).toMatchObject({ locale: 'vi', template: 'conferences.coauthorInvited' })
    await expectStatus('student', 'DELETE', `/api/conferences/submissions/${ids.submission}/authors/${added.json.id}`, 404)
    await expectStatus('chair', 'DELETE', `/api/conferences/submissions/${ids.submission}/authors/${added.json.id}`, 403)
    await expectStatus('author', 'DELETE', `/api/conferences/submissions/${ids.submission}/authors/${added.json.id}`, 200)
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json
    const submitter = view.submission.authors.find((a: { is_submitter: boolean }) => a.is_submitter)
    await expectStatus('author', 'DELETE', `/api/conferences/submissions/${ids.submission}/authors/${submitter.id}`, 404)
    const bad = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 422, coauthorBody('x@example.org', { institutionName: null }))
    expect(bad.json.message).toBeTruthy()
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.late}/authors`, 422, coauthorBody('x@example.org'))
  })
})

describe('GET /api/conferences/submissions/:id/coauthor-candidates', () => {
  matrix('GET', () => `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=conf-picked`,
    { anon: 401, student: 404, otherOffice: 404, chair: 403, secretariat: 403, picked: 404, author: 200, coauthor: 200 })
  it('finds teachers of member institutions by a part of the name: name, institution, country and language, never an email', async () => {
    const reply = await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=conf-PICK`, 200)
    expect(reply.json).toEqual([{
      id: ids.picked, display_name: 'Authz conf-picked', institution_id: ids.other, institution_name: { en: 'other' }, country: 'TH',
      locale: 'km', already_author: false,
    }])
    expect(reply.text).not.toContain(emails.picked)
    // The co-author confirmed earlier is marked, so the page offers no second line for them.
    const listed = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=conf-coauthor`, 200)).json
    expect(listed).toEqual([expect.objectContaining({ id: ids.coauthor, already_author: true })])
    // Students are not in the teacher and expert directory.
    expect((await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=conf-student`, 200)).json).toEqual([])
  })
  it('an email finds its person only when it is whole: a part of an address reveals nobody', async () => {
    const whole = await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=${encodeURIComponent(emails.picked.toUpperCase())}`, 200)
    expect(whole.json.map((p: { id: string }) => p.id)).toEqual([ids.picked])
    const part = await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=${encodeURIComponent(emails.picked.slice(0, -3))}`, 200)
    expect(part.json).toEqual([])
  })
  it('bad input is a translated 4xx: no search, one letter, a search too long, a malformed submission', async () => {
    const none = await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates`, 422)
    expect(none.json.data.key).toBe('errors.validation')
    expect(none.json.message).not.toBe('errors.validation')
    await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=a`, 422)
    await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}/coauthor-candidates?q=${'a'.repeat(101)}`, 422)
    await expectStatus('author', 'GET', '/api/conferences/submissions/nope/coauthor-candidates?q=conf', 404)
  })
})

describe('POST /api/conferences/submissions/:id/authors with a person of the directory', () => {
  const picked = (overrides: Record<string, unknown> = {}) => ({
    author: { personId: ids.picked, displayName: 'Sok Dara', institutionId: ids.other, country: 'TH', position: 4, ...overrides }, locale: 'en',
  })
  it('the person is told through their account, in their language; an address or language the client sends is not used', async () => {
    const added = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 201,
      picked({ email: 'decoy@example.org', locale: 'en' }))
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json
    expect(view.submission.authors.find((a: { id: string }) => a.id === added.json.id))
      .toMatchObject({ person_id: ids.picked, display_name: 'Sok Dara', institution_id: ids.other, email: null, confirmed_at: null })
    const mails = await service(tx => tx.selectFrom('mail_outbox').select(['to_email', 'locale']).where('template', '=', 'conferences.coauthorInvited')
      .where(eb => eb.or([eb('to_user_id', '=', ids.picked), eb('to_email', '=', 'decoy@example.org')])).execute())
    expect(mails).toEqual([{ to_email: emails.picked, locale: 'km' }])
    const notices = await service(tx => tx.selectFrom('notifications').select('link').where('user_id', '=', ids.picked).execute())
    expect(notices).toEqual([{ link: `/conferences/submissions/${ids.submission}` }])
    // They now see the submission and confirm on its page.
    await expectStatus('picked', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)
  })
  it('the same person twice is a translated 409; so is the same address twice', async () => {
    const again = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 409, picked({ position: 5 }))
    expect(again.json.data.key).toBe('conferences.authors.errors.alreadyAuthor')
    expect(again.json.message).toContain('ผู้เขียน')
    const self = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 409,
      picked({ personId: ids.author, institutionId: ids.home }))
    expect(self.json.data.key).toBe('conferences.authors.errors.alreadyAuthor')
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 201, coauthorBody('twice@example.org', { position: 6 }))
    const twice = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 409, coauthorBody('TWICE@example.org', { position: 7 }))
    expect(twice.json.data.key).toBe('conferences.authors.errors.alreadyAuthor')
  })
  it('someone the directory does not show (a student, an unknown id, the wrong institution) is a translated 422', async () => {
    for (const overrides of [{ personId: ids.student, institutionId: ids.home }, { personId: '00000000-0000-4000-8000-000000000000' },
      { institutionId: ids.home }]) {
      const reply = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 422, picked(overrides))
      expect(reply.json.data.key).toBe('conferences.authors.errors.notInDirectory')
    }
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/authors`, 422, picked({ personId: 'not-a-uuid' }))
    expect((await service(tx => tx.selectFrom('notifications').select('id').where('user_id', '=', ids.student).execute()))).toEqual([])
  })
})

describe('PUT /api/conferences/submissions/:id/file', () => {
  it('only the author attaches their own PDF; another type is 415, someone else\'s file 422, both translated', async () => {
    const pdf = await upload('author', PDF, 'abstract.pdf')
    await expectStatus('anon', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 401, { fileId: pdf })
    await expectStatus('student', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 404, { fileId: pdf })
    await expectStatus('chair', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 403, { fileId: pdf })
    await expectStatus('author', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 200, { fileId: pdf })
    expect((await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.submission}`, 200)).json.submission.file_id).toBe(pdf)
    const png = await upload('author', PNG, 'photo.pdf')
    const wrong = await expectStatus('author', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 415, { fileId: png })
    expect(wrong.json.data.key).toBe('conferences.authors.errors.notPdf')
    expect(wrong.json.message).toContain('PDF')
    const theirs = await upload('coauthor', PDF, 'theirs.pdf')
    const notYours = await expectStatus('author', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 422, { fileId: theirs })
    expect(notYours.json.data.key).toBe('conferences.authors.errors.fileNotYours')
    await expectStatus('author', 'PUT', `/api/conferences/submissions/${ids.late}/file`, 422, { fileId: pdf })
    await expectStatus('author', 'PUT', `/api/conferences/submissions/${ids.submission}/file`, 200, { fileId: null })
  })
})

describe('POST /api/conferences/submissions/:id/step', () => {
  it('only authors submit; the chair cannot submit for them; submitting twice is 409', async () => {
    await expectStatus('anon', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 401, { action: 'submit' })
    await expectStatus('student', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 404, { action: 'submit' })
    await expectStatus('otherOffice', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 404, { action: 'submit' })
    await expectStatus('chair', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 403, { action: 'submit' })
    const done = await expectStatus('coauthor', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 200, { action: 'submit' })
    expect(done.json.state).toBe('submitted')
    const again = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 409, { action: 'submit' })
    expect(again.json.data.key).toBe('conferences.errors.stepNotAllowed')
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/step`, 422, { action: 'accept' })
  })
  it('withdrawal: still possible after the deadline, refused after the decision', async () => {
    const late = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.late}/step`, 200, { action: 'withdraw' })
    expect(late.json.state).toBe('withdrawn')
    const decided = await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.decided}/step`, 409, { action: 'withdraw' })
    expect(decided.json.data.key).toBe('conferences.errors.stepNotAllowed')
    expect(decided.json.message).not.toBe('conferences.errors.stepNotAllowed')
  })
})

describe('POST /api/conferences/submissions/:id/camera-ready', () => {
  it('after acceptance only the author uploads a PDF; before the decision it is 409', async () => {
    const pdf = await upload('author', PDF, 'final.pdf')
    await expectStatus('anon', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 401, { fileId: pdf })
    await expectStatus('student', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 404, { fileId: pdf })
    await expectStatus('otherOffice', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 404, { fileId: pdf })
    await expectStatus('chair', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 403, { fileId: pdf })
    const png = await upload('author', PNG, 'final.png')
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 415, { fileId: png })
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.submission}/camera-ready`, 409, { fileId: pdf })
    await expectStatus('author', 'POST', `/api/conferences/submissions/${ids.decided}/camera-ready`, 200, { fileId: pdf })
    const view = (await expectStatus('author', 'GET', `/api/conferences/submissions/${ids.decided}`, 200)).json
    expect(view.submission).toMatchObject({ state: 'camera_ready', camera_ready_file_id: pdf })
  })
})
