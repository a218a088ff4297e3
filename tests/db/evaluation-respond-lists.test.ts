import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { listInstances } from '../../server/domain/evaluation/instances'
import { myInvitations } from '../../server/domain/evaluation/invitations'
import { saveAnswers, submitResponse } from '../../server/domain/evaluation/responses'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { evaluationSetup } from './evaluation-fixtures'

/**
 * What the respondent's pages read: "my evaluations" names each evaluation's activity and tells a draft saved from one
 * not started and one submitted; an activity's evaluations carry their form's title for organisers and invitees alike.
 */
let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

describe('lists for the respondent\'s pages', () => {
  it('my evaluations go from not started to draft saved to submitted, each with the activity\'s title', async () => {
    const ev = await evaluationSetup(db, { students: 2 })
    const [student, classmate] = ev.students as [typeof ev.students[0], typeof ev.students[0]]
    const activity = await asService(db, 'test check', tx => tx.selectFrom('activities').select('title').where('id', '=', ev.activityId).executeTakeFirstOrThrow())
    const form = await asService(db, 'test check', tx => tx.selectFrom('evaluation_forms').select('title').where('id', '=', ev.formId).executeTakeFirstOrThrow())
    const mine = () => asUser(db, student!, tx => myInvitations(tx, student!))

    expect(await mine()).toEqual([expect.objectContaining({
      instance_id: ev.instanceId, title: form.title, activity_id: ev.activityId, activity_title: activity.title, started: false, answered: false,
    })])
    await asUser(db, student!, tx => saveAnswers(tx, student!, ev.instanceId, { answers: { useful: 4 }, locale: 'km' }))
    expect(await mine()).toEqual([expect.objectContaining({ started: true, answered: false, submitted_at: null })])
    // A classmate's draft is not the student's.
    expect(await asUser(db, classmate!, tx => myInvitations(tx, classmate!))).toEqual([expect.objectContaining({ started: false, answered: false })])
    await asUser(db, student!, tx => submitResponse(tx, student!, ev.instanceId, { answers: { recommend: 9 }, locale: 'km' }))
    expect(await mine()).toEqual([expect.objectContaining({ started: false, answered: true, submitted_at: expect.any(Date) })])
  })

  it('an activity\'s evaluations carry their form\'s title for its organiser and for an invitee', async () => {
    const ev = await evaluationSetup(db, { students: 1 })
    const form = await asService(db, 'test check', tx => tx.selectFrom('evaluation_forms').select('title').where('id', '=', ev.formId).executeTakeFirstOrThrow())
    expect(Object.keys(form.title).length).toBeGreaterThan(0)
    for (const reader of [ev.organiser, ev.students[0]!]) {
      expect(await asUser(db, reader, tx => listInstances(tx, { activityId: ev.activityId })))
        .toEqual([expect.objectContaining({ id: ev.instanceId, title: form.title })])
    }
  })
})
