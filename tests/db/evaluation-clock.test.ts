import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { asUser, setClockSource, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { openResponse } from '../../server/domain/evaluation/responses'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { attachInstance, invite, publishedForm } from './evaluation-fixtures'
import { openActivity, peopleOf, registerSelf } from './registration-fixtures'

// The evaluation clock (20261209000000_evaluation_clock.sql): private.clock() is now() unless the transaction sets
// app.clock, which the server does only on a test-clock server (server/utils/clock.ts) — so a story lets weeks pass.
let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())
afterEach(() => setClockSource(() => null))

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY)

describe('a follow-up six weeks after an activity opens when the evaluation clock reaches it', () => {
  let instanceId: string
  let student: Actor
  beforeAll(async () => {
    // One session 30 days from now; the follow-up opens 42 days after it ends and stays open 14 days.
    const act = await openActivity(db, { capacity: 20, firstSessionInDays: 30 })
    student = (await peopleOf(db, act.partners[0]!, 1))[0]!
    await registerSelf(db, student, act.activityId)
    const form = await publishedForm(db, act.organiserInstitution, act.organiser.id)
    instanceId = await attachInstance(db, { ...form, activityId: act.activityId, createdBy: act.organiser.id }, { timing: 'follow_up', offsetDays: 42, window: null })
    await invite(db, instanceId, [student])
  })
  const isOpen = (setting: string | null) => asUser(db, student, async (tx) => {
    if (setting !== null) await sql`select set_config('app.clock', ${setting}, true)`.execute(tx)
    return (await sql<{ open: boolean; clock: Date }>`select private.is_evaluation_open(${instanceId}::uuid) as open, private.clock() as clock`.execute(tx)).rows[0]!
  })

  it('is closed by the real clock, and private.clock() is now()', async () => {
    const { open, clock } = await isOpen(null)
    expect(open).toBe(false)
    expect(Math.abs(clock.getTime() - Date.now())).toBeLessThan(60_000)
  })
  it('is open when app.clock says 73 days from now, closed again at 90, and an empty setting is the real time', async () => {
    expect(await isOpen(inDays(73).toISOString())).toMatchObject({ open: true })
    expect(await isOpen(inDays(90).toISOString())).toMatchObject({ open: false })
    expect(await isOpen('')).toMatchObject({ open: false })
  })
  it('a transaction of asUser takes the moved clock from the server, and the respondent may open the form', async () => {
    await expect(asUser(db, student, tx => openResponse(tx, student, instanceId, { locale: 'en' }))).rejects.toMatchObject({ statusCode: 409 })
    setClockSource(() => inDays(73))
    expect((await isOpen(null)).open).toBe(true)
    const view = await asUser(db, student, tx => openResponse(tx, student, instanceId, { locale: 'km' }))
    expect(view).toMatchObject({ instance_id: instanceId, locale: 'km', submitted_at: null })
  })
})
