import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { createVersion, listForms, publishVersion, updateVersion } from '../../server/domain/evaluation/forms'
import { getInstance, listInstances } from '../../server/domain/evaluation/instances'
import { canSeeInstitutionBreakdown, requireInstanceManager } from '../../server/domain/evaluation/access'
import { openResponse, saveAnswers, submitResponse } from '../../server/domain/evaluation/responses'
import { asInvitee } from '../../server/domain/evaluation/invitations'
import type { AnswersSaveInput } from '../../shared/schemas/evaluation'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { attachInstance, evaluationSetup, REACTION_DEFINITION, type EvaluationSetup } from './evaluation-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const refused = (statusCode: number, key: string) => ({ statusCode, data: expect.objectContaining({ key: `evaluation.errors.${key}` }) })
const save = (who: Actor, instanceId: string, input: Partial<AnswersSaveInput>) =>
  asUser(db, who, tx => saveAnswers(tx, who, instanceId, { answers: {}, ...input }))
const submit = (who: Actor, instanceId: string, input: Partial<AnswersSaveInput>) =>
  asUser(db, who, tx => submitResponse(tx, who, instanceId, { answers: {}, ...input }))
const responsesOf = (instanceId: string) => asService(db, 'test check', tx => tx.selectFrom('evaluation_responses')
  .select(['id', 'person_id', 'locale', 'submitted_at']).where('instance_id', '=', instanceId).execute())
const answerRowsOf = (responseId: string) => asService(db, 'test check', tx => tx.selectFrom('evaluation_answers')
  .select(['question_id', 'number_value', 'text_value']).where('response_id', '=', responseId).orderBy('question_id').execute())

describe('one response per person', () => {
  let ev: EvaluationSetup
  beforeAll(async () => {
    ev = await evaluationSetup(db, { students: 1 })
  })
  it('50 saves at once by the same person leave one response holding one of the answers sent', async () => {
    const student = ev.students[0]!
    const values = Array.from({ length: 50 }, (_, i) => (i % 5) + 1)
    const results = await Promise.allSettled(values.map(useful => save(student, ev.instanceId, { answers: { useful }, locale: 'th' })))
    expect(results.filter(r => r.status === 'rejected')).toEqual([])
    const responses = await responsesOf(ev.instanceId)
    expect(responses).toHaveLength(1)
    expect(responses[0]).toMatchObject({ person_id: student.id, locale: 'th', submitted_at: null })
    const rows = await answerRowsOf(responses[0]!.id)
    expect(rows).toHaveLength(1)
    expect(values).toContain(rows[0]!.number_value)
  })
})

describe('partial answers, then submit', () => {
  let ev: EvaluationSetup, student: Actor
  beforeAll(async () => {
    ev = await evaluationSetup(db, { students: 2 })
    student = ev.students[0]!
  })
  it('a draft is saved without the required answers, and a value out of range is refused with the question named', async () => {
    const view = await save(student, ev.instanceId, { answers: { useful: 4 }, locale: 'km' })
    expect(view).toMatchObject({ submitted_at: null, answers: { useful: 4 }, locale: 'km' })
    await expect(save(student, ev.instanceId, { answers: { recommend: 11 } })).rejects.toMatchObject({
      statusCode: 422, data: expect.objectContaining({ key: 'evaluation.errors.invalidAnswers', issues: [expect.objectContaining({ path: 'answers.recommend', code: 'outOfRange' })] }),
    })
  })
  it('switching language mid-form keeps every answer given so far', async () => {
    const reopened = await asUser(db, student, tx => openResponse(tx, student, ev.instanceId, { locale: 'th' }))
    expect(reopened).toMatchObject({ locale: 'th', answers: { useful: 4 }, submitted_at: null })
    const more = await save(student, ev.instanceId, { answers: { comment: 'ดีมาก' }, locale: 'th' })
    expect(more.answers).toEqual({ useful: 4, comment: 'ดีมาก' })
  })
  it('submitting without a required answer is refused (422, the question named); with it, the response is final', async () => {
    await expect(submit(student, ev.instanceId, {})).rejects.toMatchObject({
      statusCode: 422, data: expect.objectContaining({ issues: [expect.objectContaining({ path: 'answers.recommend', code: 'required' })] }),
    })
    const done = await submit(student, ev.instanceId, { answers: { recommend: 9 } })
    expect(done.submitted_at).toBeInstanceOf(Date)
    expect(done.answers).toEqual({ useful: 4, comment: 'ดีมาก', recommend: 9 })
    const [response] = await responsesOf(ev.instanceId)
    expect((await answerRowsOf(response!.id)).map(r => [r.question_id, r.number_value ?? r.text_value]))
      .toEqual([['comment', 'ดีมาก'], ['recommend', 9], ['useful', 4]])
  })
  it('after submitting: saving again is refused (409) and opening shows the answers read-only', async () => {
    await expect(save(student, ev.instanceId, { answers: { useful: 1 } })).rejects.toMatchObject(refused(409, 'alreadySubmitted'))
    await expect(submit(student, ev.instanceId, { answers: { useful: 1 } })).rejects.toMatchObject(refused(409, 'alreadySubmitted'))
    const view = await asUser(db, student, tx => openResponse(tx, student, ev.instanceId, { locale: 'en' }))
    expect(view).toMatchObject({ answers: { useful: 4, recommend: 9 }, submitted_at: expect.any(Date) })
  })
  it('a personal link opens the same response as its owner; a made-up link opens nothing', async () => {
    const peer = ev.students[1]!
    const secret = ev.tokens.get(peer.id)!
    const view = await asInvitee(db, secret, (tx, invitee) => saveAnswers(tx, invitee, invitee.instanceId, { answers: { useful: 2 }, locale: 'lo' }))
    expect(view).toMatchObject({ instance_id: ev.instanceId, answers: { useful: 2 } })
    expect((await responsesOf(ev.instanceId)).find(r => r.person_id === peer.id)).toMatchObject({ locale: 'lo' })
    expect(await asInvitee(db, 'x'.repeat(43), async () => 'opened')).toBeNull()
  })
  it('someone not invited is refused (403); a closed instance takes no answers (409)', async () => {
    const stranger = ev.offices[1]!
    await expect(save(stranger, ev.instanceId, { answers: { useful: 3 } })).rejects.toMatchObject({ statusCode: 404 })
    await asService(db, 'test fixture', tx => tx.updateTable('evaluation_instances')
      .set({ opens_at: new Date(Date.now() - 5 * 86_400_000), closes_at: new Date(Date.now() - 86_400_000) }).where('id', '=', ev.instanceId).execute())
    await expect(save(ev.students[1]!, ev.instanceId, { answers: { useful: 3 } })).rejects.toMatchObject(refused(409, 'closed'))
  })
})

describe('anonymous instances', () => {
  let ev: EvaluationSetup, student: Actor
  beforeAll(async () => {
    ev = await evaluationSetup(db, { students: 2, anonymous: true })
    student = ev.students[0]!
  })
  it('answers are saved under a resume key and submitted; the response names nobody and participation is kept apart', async () => {
    const opened = await asUser(db, student, tx => openResponse(tx, student, ev.instanceId, { locale: 'km' }))
    expect(opened.resume_key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    await save(student, ev.instanceId, { answers: { useful: 5 }, resumeKey: opened.resume_key! })
    const resumed = await asUser(db, student, tx => openResponse(tx, student, ev.instanceId, { locale: 'km', resumeKey: opened.resume_key! }))
    expect(resumed.answers).toEqual({ useful: 5 })
    const done = await submit(student, ev.instanceId, { answers: { recommend: 10 }, resumeKey: opened.resume_key! })
    expect(done).toMatchObject({ submitted_at: expect.any(Date), resume_key: null })
    const responses = (await responsesOf(ev.instanceId)).filter(r => r.submitted_at)
    expect(responses).toHaveLength(1)
    expect(responses[0]!.person_id).toBeNull()
    expect(await asService(db, 'test check', tx => tx.selectFrom('evaluation_participation').selectAll().where('instance_id', '=', ev.instanceId).execute()))
      .toEqual([{ instance_id: ev.instanceId, person_id: student.id }])
  })
  it('no row links the anonymous answers to the person: not the response, its answers, nor the audit log', async () => {
    const [response] = (await responsesOf(ev.instanceId)).filter(r => r.submitted_at)
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').selectAll()
      .where(eb => eb.or([eb('entity_id', '=', response!.id), eb.and([eb('entity', '=', 'evaluation_participation'), eb('entity_id', '=', ev.instanceId)])])).execute())
    expect(audit.length).toBeGreaterThan(2)
    expect(audit.every(row => row.actor_id === null)).toBe(true)
    expect(JSON.stringify(audit)).not.toContain(student.id)
    const answers = await asService(db, 'test check', tx => tx.selectFrom('evaluation_answers').selectAll().where('response_id', '=', response!.id).execute())
    expect(JSON.stringify(answers)).not.toContain(student.id)
    // The organiser sees the answers and who took part, and cannot join the two.
    const seen = await asUser(db, ev.organiser, tx => tx.selectFrom('evaluation_responses').selectAll().where('id', '=', response!.id).executeTakeFirstOrThrow())
    expect(seen.person_id).toBeNull()
    expect(JSON.stringify(seen)).not.toContain(student.id)
  })
  it('a person who took part cannot answer a second time, even with a fresh resume key', async () => {
    await expect(asUser(db, student, tx => openResponse(tx, student, ev.instanceId, { locale: 'en' }))).rejects.toMatchObject(refused(409, 'alreadySubmitted'))
    await expect(submit(student, ev.instanceId, { answers: { useful: 1, recommend: 1 } })).rejects.toMatchObject(refused(409, 'alreadySubmitted'))
    expect((await responsesOf(ev.instanceId)).filter(r => r.submitted_at)).toHaveLength(1)
  })
  it('two submissions by one person at once record one participation and one submitted response', async () => {
    const peer = ev.students[1]!
    const keys = await Promise.all([0, 1].map(async () => (await asUser(db, peer, tx => openResponse(tx, peer, ev.instanceId, { locale: 'en' }))).resume_key!))
    const results = await Promise.allSettled(keys.map(resumeKey => submit(peer, ev.instanceId, { answers: { useful: 3, recommend: 7 }, resumeKey })))
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1)
    expect((await responsesOf(ev.instanceId)).filter(r => r.submitted_at)).toHaveLength(2)
    expect(await asService(db, 'test check', tx => tx.selectFrom('evaluation_participation').select('person_id').where('person_id', '=', peer.id).execute())).toHaveLength(1)
  })
})

describe('versions', () => {
  let ev: EvaluationSetup
  beforeAll(async () => {
    ev = await evaluationSetup(db, { students: 1 })
  })
  it('a published version is immutable: editing it is refused (409); an edit makes version 2, which is published on its own', async () => {
    await expect(asUser(db, ev.organiser, tx => updateVersion(tx, ev.versionId, REACTION_DEFINITION))).rejects.toMatchObject(refused(409, 'versionPublished'))
    const changed = { ...REACTION_DEFINITION, title: { en: 'How was the training, really?', zh: '培训到底怎么样？' } }
    const v2 = await asUser(db, ev.organiser, tx => createVersion(tx, ev.formId, changed))
    expect(v2).toMatchObject({ version: 2, state: 'draft' })
    const published = await asUser(db, ev.organiser, tx => publishVersion(tx, v2.id))
    expect(published.published_at).toBeInstanceOf(Date)
    const v1 = await asService(db, 'test check', tx => tx.selectFrom('evaluation_form_versions').select('definition').where('id', '=', ev.versionId).executeTakeFirstOrThrow())
    expect((v1.definition as { title: unknown }).title).toEqual(REACTION_DEFINITION.title)
    await expect(asService(db, 'test', tx => tx.updateTable('evaluation_form_versions').set({ definition: JSON.stringify(changed) }).where('id', '=', ev.versionId).execute()))
      .rejects.toThrow(/published version is immutable/)
  })
  it('answers record the version they came from', async () => {
    const student = ev.students[0]!
    await save(student, ev.instanceId, { answers: { useful: 3 } })
    const rows = await asService(db, 'test check', tx => tx.selectFrom('evaluation_responses').select('version_id').where('instance_id', '=', ev.instanceId).execute())
    expect(rows).toEqual([{ version_id: ev.versionId }])
  })
  it('a definition that does not parse is refused with its mistakes named under definition', async () => {
    const broken = { ...REACTION_DEFINITION, schema: 'someone-else/2' }
    await expect(asUser(db, ev.organiser, tx => createVersion(tx, ev.formId, broken))).rejects.toMatchObject({
      statusCode: 422, data: expect.objectContaining({ key: 'evaluation.errors.invalidDefinition', issues: [{ path: 'definition.schema', code: 'unknownSchema' }] }),
    })
  })
})

describe('lists for the pages', () => {
  it('an activity\'s instances show their managers how many were invited and submitted; an invitee sees no counts', async () => {
    const ev = await evaluationSetup(db, { students: 2 })
    const student = ev.students[0]!
    await submit(student, ev.instanceId, { answers: { useful: 5, recommend: 10 } })
    const managed = await asUser(db, ev.organiser, tx => listInstances(tx, { activityId: ev.activityId }))
    expect(managed).toEqual([expect.objectContaining({ id: ev.instanceId, invited: 2, submitted: 1, opens_at: expect.any(Date), closes_at: expect.any(Date) })])
    const invitee = await asUser(db, student, tx => listInstances(tx, { activityId: ev.activityId }))
    expect(invitee).toEqual([expect.objectContaining({ id: ev.instanceId, invited: null, submitted: null })])
    expect(await asUser(db, ev.offices[1]!, tx => listInstances(tx, { activityId: ev.activityId }))).toEqual([])
  })
  it('the forms list holds the forms the reader manages, with their latest version', async () => {
    const ev = await evaluationSetup(db, { students: 1 })
    await asUser(db, ev.organiser, tx => createVersion(tx, ev.formId, REACTION_DEFINITION))
    expect(await asUser(db, ev.organiser, tx => listForms(tx, {}))).toEqual([expect.objectContaining({ id: ev.formId, latest_version: 2, latest_state: 'draft' })])
    expect(await asUser(db, ev.students[0]!, tx => listForms(tx, {}))).toEqual([])
  })
})

describe('windows and access for analytics', () => {
  it('"before" closes when the first session starts; "follow_up" opens offset days after the last session ends', async () => {
    const ev = await evaluationSetup(db, { students: 1 })
    const session = await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select(['starts_at', 'ends_at'])
      .where('activity_id', '=', ev.activityId).executeTakeFirstOrThrow())
    const target = { formId: ev.formId, versionId: ev.versionId, activityId: ev.activityId, createdBy: ev.organiser.id }
    const before = await attachInstance(db, target, { timing: 'before', window: null })
    const follow = await attachInstance(db, target, { timing: 'follow_up', offsetDays: 42, window: null })
    const b = await asUser(db, ev.organiser, tx => getInstance(tx, before))
    expect(b.window.closes_at).toEqual(session.starts_at)
    const f = await asUser(db, ev.organiser, tx => getInstance(tx, follow))
    expect(f.window.opens_at!.getTime()).toBe(session.ends_at.getTime() + 42 * 86_400_000)
    expect(f.window.closes_at!.getTime()).toBe(f.window.opens_at!.getTime() + 14 * 86_400_000)
  })
  it('an instance\'s answers are analysed by its managers only; an institution\'s breakdown by its staff and the secretariat', async () => {
    const ev = await evaluationSetup(db, { students: 1 })
    await expect(asUser(db, ev.organiser, tx => requireInstanceManager(tx, ev.instanceId))).resolves.toBeUndefined()
    for (const who of [ev.students[0]!, ev.offices[0]!]) {
      await expect(asUser(db, who, tx => requireInstanceManager(tx, ev.instanceId))).rejects.toMatchObject(refused(404, 'instanceNotFound'))
    }
    expect(await asUser(db, ev.offices[0]!, tx => canSeeInstitutionBreakdown(tx, ev.partners[0]!))).toBe(true)
    expect(await asUser(db, ev.organiser, tx => canSeeInstitutionBreakdown(tx, ev.partners[0]!))).toBe(false)
  })
})
