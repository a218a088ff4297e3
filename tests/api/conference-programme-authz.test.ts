import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { assignReviewer, decide } from '../../server/domain/conferences/reviews'
import { uploadCameraReady } from '../../server/domain/conferences/submissions'
import { decisionSchema } from '../../shared/schemas/conferences'
import { createFileRow } from '../db/rls-fixtures'
import { acceptedReviewer, conferenceWorld, submissionBy, type ConferenceWorld } from '../db/conference-fixtures'
import { serverOnOwnDatabase, memberClient } from './authz-fixtures'
import { client, type Client, type RunningServer } from './server'

/**
 * Who may call each programme route: one test per route × role. Signed-in routes answer anonymous visitors 401; an
 * unpublished programme does not exist for anyone but its chairs (404); a member who sees the conference but does not
 * chair it gets 403 on the editor's routes; bad times are translated 4xx (the request's locale), never 500.
 * The server runs on a Postgres of its own; the conference is laid out beside it with the data layer's fixtures.
 */
let server: RunningServer
let fixtures: DatabaseHandle
let stop: (() => Promise<void>) | undefined
let w: ConferenceWorld
type Role = 'anon' | 'outsider' | 'member' | 'chair'
const who = {} as Record<Role, Client>
const ids = {} as Record<Role, string> & { talk: string; plainAccepted: string; submitted: string; session: string; slot: string }

const expectStatus = async (role: Role, method: string, path: string, status: number, body?: unknown) => {
  const reply = await who[role].request(method, path, body, { 'x-locale': 'th' })
  expect(reply.status, `${role} ${method} ${path}: ${reply.text.slice(0, 300)}`).toBe(status)
  return reply
}
const base = () => `/api/conferences/${w.conferenceId}`
const sessionBody = (start: string, end: string) => ({ roomId: w.setup.roomIds[1], title: { en: 'Internships', th: 'การฝึกงาน' }, startsAtLocal: start, endsAtLocal: end, language: 'th' })

beforeAll(async () => {
  ;({ server, fixtures, stop } = await serverOnOwnDatabase('programme'))
  const db = fixtures.db
  w = await conferenceWorld(db)
  who.anon = client(server.url)
  for (const [role, institution] of [['outsider', null], ['member', w.thaiCollege], ['chair', null]] as const) {
    const made = await memberClient(server, db, `programme-${role}`, institution, 'teacher')
    who[role] = made.client
    ids[role] = made.id
  }
  // A named chair of the conference (not a manager of the activity or its venue).
  await asService(db, 'test fixture', tx => tx.insertInto('conference_chairs').values({ conference_id: w.conferenceId, person_id: ids.chair }).execute())
  const reviewerId = await acceptedReviewer(db, w, w.zhReviewer)
  const accepted = async (cameraReady: boolean) => {
    const id = await submissionBy(db, w)
    await asUser(db, w.chair, tx => assignReviewer(tx, { submissionId: id, reviewerId, dueAt: null }))
    await asUser(db, w.chair, tx => decide(tx, id, decisionSchema.parse({ outcome: 'accept', acceptedType: 'talk' })))
    if (cameraReady) {
      const file = await createFileRow(db, w.thaiAuthor)
      await asUser(db, w.thaiAuthor, tx => uploadCameraReady(tx, id, file))
    }
    return id
  }
  ids.talk = await accepted(true)
  ids.plainAccepted = await accepted(false)
  ids.submitted = await submissionBy(db, w)
}, 240_000)
afterAll(async () => {
  await stop?.()
})

describe('POST /api/conferences/:id/programme/sessions', () => {
  it.each([['anon', 401], ['outsider', 403], ['member', 403]] as [Role, number][])('%s: %i', async (role, status) => {
    await expectStatus(role, 'POST', `${base()}/programme/sessions`, status, sessionBody('2027-03-15T09:00', '2027-03-15T10:30'))
  })
  it('chair: 201; the same room at the same time again: 409, told in Thai', async () => {
    ids.session = (await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 201, sessionBody('2027-03-15T09:00', '2027-03-15T10:30'))).json.id
    const again = await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 409, sessionBody('2027-03-15T10:00', '2027-03-15T11:00'))
    expect(again.json.data.key).toBe('conferences.errors.roomDoubleBooked')
    expect(again.json.message).toContain('ห้อง')
  })
  it('bad times: an end before the start, a time that is no time, a session of a day: translated 422, never 500', async () => {
    const backwards = await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 422, sessionBody('2027-03-16T11:00', '2027-03-16T10:00'))
    expect(backwards.json.data.key).toBe('conferences.errors.endsBeforeStart')
    expect(backwards.json.message).toMatch(/[\u0E00-\u0E7F]/)
    await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 422, sessionBody('2027-03-16T25:00', '2027-03-16T26:00'))
    await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 422, sessionBody('2027-03-16T00:00', '2027-03-16T23:00'))
    await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 422, { ...sessionBody('2027-03-16T09:00', '2027-03-16T10:00'), language: 'klingon' })
  })
})

describe('the programme before publication', () => {
  it.each([['anon', 404], ['outsider', 404], ['member', 404]] as [Role, number][])('GET programme as %s: %i (hidden from the public)', async (role, status) => {
    await expectStatus(role, 'GET', `${base()}/programme`, status)
    await expectStatus(role, 'GET', `${base()}/programme.xlsx`, status)
  })
  it('chair: 200, the draft with its session', async () => {
    const reply = await expectStatus('chair', 'GET', `${base()}/programme`, 200)
    expect(reply.json.publishedAt).toBeNull()
    expect(reply.json.sessions.map((s: { id: string }) => s.id)).toEqual([ids.session])
  })
  it.each([['anon', 401], ['outsider', 403], ['member', 403]] as [Role, number][])('GET editor and conflicts as %s: %i', async (role, status) => {
    await expectStatus(role, 'GET', `${base()}/programme/editor`, status)
    await expectStatus(role, 'GET', `${base()}/programme/conflicts`, status)
  })
  it('chair: the editor lists the venue\'s rooms and the accepted talks not yet placed; conflicts: 200', async () => {
    const reply = await expectStatus('chair', 'GET', `${base()}/programme/editor`, 200)
    expect(reply.json.rooms.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(w.setup.roomIds))
    expect(reply.json.unplaced.map((s: { id: string }) => s.id).sort()).toEqual([ids.talk, ids.plainAccepted].sort())
    expect((await expectStatus('chair', 'GET', `${base()}/programme/conflicts`, 200)).json).toEqual([])
  })
})

describe('slots', () => {
  it.each([['anon', 401], ['outsider', 404], ['member', 404]] as [Role, number][])('POST slots as %s: %i', async (role, status) => {
    await expectStatus(role, 'POST', `${base()}/programme/slots`, status, { sessionId: ids.session, submissionId: ids.talk })
  })
  it('chair: an accepted talk 201; a submission not accepted 409; a slot outside its session 422', async () => {
    ids.slot = (await expectStatus('chair', 'POST', `${base()}/programme/slots`, 201, { sessionId: ids.session, submissionId: ids.talk })).json.id
    const notAccepted = await expectStatus('chair', 'POST', `${base()}/programme/slots`, 409, { sessionId: ids.session, submissionId: ids.submitted })
    expect(notAccepted.json.data.key).toBe('conferences.errors.notAccepted')
    const outside = await expectStatus('chair', 'POST', `${base()}/programme/slots`, 422, {
      sessionId: ids.session, submissionId: ids.plainAccepted, startsAtLocal: '2027-03-15T08:00', endsAtLocal: '2027-03-15T08:30',
    })
    expect(outside.json.data.key).toBe('conferences.errors.slotOutsideSession')
  })
  it('PUT and DELETE a slot: member 404; chair reorders (200), takes out an unscheduled talk (200), a scheduled one stays (4xx)', async () => {
    await expectStatus('member', 'PUT', `${base()}/programme/slots/${ids.slot}`, 404, { position: 2 })
    await expectStatus('anon', 'DELETE', `${base()}/programme/slots/${ids.slot}`, 401)
    await expectStatus('chair', 'PUT', `${base()}/programme/slots/${ids.slot}`, 200, { position: 2 })
    const plain = (await expectStatus('chair', 'POST', `${base()}/programme/slots`, 201, { sessionId: ids.session, submissionId: ids.plainAccepted, position: 1 })).json.id
    await expectStatus('member', 'DELETE', `${base()}/programme/slots/${plain}`, 404)
    await expectStatus('chair', 'DELETE', `${base()}/programme/slots/${plain}`, 200)
    const scheduled = await who.chair.request('DELETE', `${base()}/programme/slots/${ids.slot}`, undefined, { 'x-locale': 'th' })
    expect(scheduled.status).toBeGreaterThanOrEqual(400)
    expect(scheduled.status).toBeLessThan(500)
  })
})

describe('moving and removing sessions', () => {
  it('PUT: anon 401, member 404, chair 200; a bad time 422', async () => {
    const move = { roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-15T09:00', endsAtLocal: '2027-03-15T11:00' }
    await expectStatus('anon', 'PUT', `${base()}/programme/sessions/${ids.session}`, 401, move)
    await expectStatus('member', 'PUT', `${base()}/programme/sessions/${ids.session}`, 404, move)
    await expectStatus('chair', 'PUT', `${base()}/programme/sessions/${ids.session}`, 200, move)
    await expectStatus('chair', 'PUT', `${base()}/programme/sessions/${ids.session}`, 422, { ...move, endsAtLocal: '2027-03-15T08:00' })
  })
  it('PUT with details: anon 401, outsider and member 404; the chair edits title, language, interpretation and chairs', async () => {
    const edit = {
      roomId: w.setup.roomIds[1], startsAtLocal: '2027-03-15T09:00', endsAtLocal: '2027-03-15T11:00',
      title: { en: 'Internships across borders', th: 'การฝึกงานข้ามพรมแดน' }, language: 'zh', interpretationLanguages: ['th', 'vi'], chairIds: [ids.member],
    }
    const path = `${base()}/programme/sessions/${ids.session}`
    await expectStatus('anon', 'PUT', path, 401, edit)
    await expectStatus('outsider', 'PUT', path, 404, edit)
    await expectStatus('member', 'PUT', path, 404, edit)
    await expectStatus('chair', 'PUT', path, 200, edit)
    const editor = (await expectStatus('chair', 'GET', `${base()}/programme/editor`, 200)).json
    const session = editor.programme.sessions.find((s: { id: string }) => s.id === ids.session)
    expect(session).toMatchObject({ titleMap: edit.title, language: 'zh', interpretationLanguages: ['th', 'vi'], chairs: [{ personId: ids.member }] })
    // Bad input: a language that is none (422), a chair who is nobody (a translated 4xx, not 500); nothing changed.
    const badLanguage = await expectStatus('chair', 'PUT', path, 422, { ...edit, language: 'klingon' })
    expect(badLanguage.json.data.key).toBe('errors.validation')
    const nobody = await who.chair.request('PUT', path, { ...edit, chairIds: ['00000000-0000-4000-8000-000000000000'] }, { 'x-locale': 'th' })
    expect([409, 422]).toContain(nobody.status)
    expect(nobody.json.message).not.toMatch(/[a-z]+\.[a-z]+\.[a-z]+/)
    const after = (await expectStatus('chair', 'GET', `${base()}/programme/editor`, 200)).json.programme.sessions.find((s: { id: string }) => s.id === ids.session)
    expect(after.chairs).toEqual([expect.objectContaining({ personId: ids.member })])
  })
  it('DELETE: member 404; chair: a session with a scheduled talk stays (409), an empty one goes (200)', async () => {
    await expectStatus('member', 'DELETE', `${base()}/programme/sessions/${ids.session}`, 404)
    const kept = await expectStatus('chair', 'DELETE', `${base()}/programme/sessions/${ids.session}`, 409)
    expect(kept.json.data.key).toBe('conferences.programme.errors.sessionHasScheduled')
    const empty = (await expectStatus('chair', 'POST', `${base()}/programme/sessions`, 201, sessionBody('2027-03-15T14:00', '2027-03-15T15:00'))).json.id
    await expectStatus('chair', 'DELETE', `${base()}/programme/sessions/${empty}`, 200)
  })
  it('POST rooms: anon 401, member 403; a named chair who does not manage the venue 403; bad input 422', async () => {
    await expectStatus('anon', 'POST', `${base()}/programme/rooms`, 401, { name: { en: 'Hall C' } })
    await expectStatus('member', 'POST', `${base()}/programme/rooms`, 403, { name: { en: 'Hall C' } })
    await expectStatus('chair', 'POST', `${base()}/programme/rooms`, 403, { name: { en: 'Hall C' } })
    await expectStatus('chair', 'POST', `${base()}/programme/rooms`, 422, { name: {} })
  })
})

describe('publication and the agenda', () => {
  it('publish: anon 401, member 403, chair 200', async () => {
    await expectStatus('anon', 'POST', `${base()}/programme/publish`, 401)
    await expectStatus('member', 'POST', `${base()}/programme/publish`, 403)
    await expectStatus('member', 'PUT', `${base()}/programme/agenda/${ids.talk}`, 404)
    expect((await expectStatus('chair', 'POST', `${base()}/programme/publish`, 200)).json.publishedAt).toBeTruthy()
  })
  it.each(['anon', 'outsider', 'member'] as Role[])('the published programme and its XLSX as %s: 200, the talk with its speakers', async (role) => {
    const reply = await expectStatus(role, 'GET', `${base()}/programme`, 200)
    const talk = reply.json.sessions[0].talks[0]
    expect(talk.submissionId).toBe(ids.talk)
    expect(talk.title).toEqual({ text: 'การฝึกงานข้ามพรมแดนในอาชีวศึกษา', locale: 'th', isFallback: false })
    expect(talk.speakers.map((s: { name: string }) => s.name)).toEqual(['Malee Srisuk', 'Nguyễn Văn An'])
    const xlsx = await expectStatus(role, 'GET', `${base()}/programme.xlsx`, 200)
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
  })
  it('agenda: anon 401; a member stars a talk (200), lists it, gets it in an .ics with the venue\'s zone; a missing talk 404', async () => {
    await expectStatus('anon', 'GET', `${base()}/programme/agenda`, 401)
    await expectStatus('anon', 'PUT', `${base()}/programme/agenda/${ids.talk}`, 401)
    await expectStatus('anon', 'GET', `${base()}/programme/agenda.ics`, 401)
    await expectStatus('member', 'PUT', `${base()}/programme/agenda/${ids.talk}`, 200)
    await expectStatus('member', 'PUT', `${base()}/programme/agenda/${ids.submitted}`, 404)
    expect((await expectStatus('member', 'GET', `${base()}/programme/agenda`, 200)).json.submissionIds).toEqual([ids.talk])
    expect((await expectStatus('outsider', 'GET', `${base()}/programme/agenda`, 200)).json.submissionIds).toEqual([])
    const ics = await expectStatus('member', 'GET', `${base()}/programme/agenda.ics`, 200)
    expect(ics.text).toMatch(/DTSTART;TZID=Asia\/Shanghai:20270315T090000/)
    await expectStatus('member', 'DELETE', `${base()}/programme/agenda/${ids.talk}`, 200)
    expect((await expectStatus('member', 'GET', `${base()}/programme/agenda`, 200)).json.submissionIds).toEqual([])
  })
})
