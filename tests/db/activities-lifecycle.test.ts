import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { getActivity, updateActivity } from '../../server/domain/calendar/activities'
import { takeActivityStep } from '../../server/domain/calendar/steps'
import { ACTIVITY_TRANSITIONS } from '../../shared/calendar/lifecycle'
import { ACTIVITY_STATES } from '../../shared/calendar/vocabulary'
import { activityIn, activityInput, draftActivity, organiserSetup, type OrganiserSetup } from './calendar-fixtures'
import { freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'

let handle: DatabaseHandle
let setup: OrganiserSetup
beforeAll(async () => {
  handle = await freshDatabase()
  setup = await organiserSetup(handle.db)
})
afterAll(() => handle.close())

const stateOf = async (id: string) => (await asService(handle.db, 'test check', tx => tx.selectFrom('activities').select('state').where('id', '=', id).executeTakeFirstOrThrow())).state

describe('the activity lifecycle', () => {
  it('the database and shared/calendar/lifecycle.ts hold the same transitions', async () => {
    const rows = await asService(handle.db, 'test check', tx => tx.selectFrom('activity_transitions').selectAll().execute())
    const fromCode = ACTIVITY_TRANSITIONS.flatMap(t => t.from.map(from => `${t.action}:${from}->${t.to}`)).sort()
    expect(rows.map(r => `${r.action}:${r.from_state}->${r.to_state}`).sort()).toEqual(fromCode)
  })

  it('walks draft → published → registration open → closed → held → evaluated, recording each step', async () => {
    const id = await activityIn(handle.db, setup, 'evaluated')
    expect(await stateOf(id)).toBe('evaluated')
    const events = await asUser(handle.db, setup.office, tx => tx.selectFrom('activity_events').select(['action', 'to_state']).where('activity_id', '=', id).orderBy('created_at').execute())
    expect(events.map(e => e.to_state)).toEqual(['published', 'registration_open', 'closed', 'held', 'evaluated'])
  })

  it('refuses every step the table does not allow, from every state, with 409', async () => {
    for (const state of ACTIVITY_STATES) {
      if (state === 'cancelled') continue
      const id = await activityIn(handle.db, setup, state)
      for (const t of ACTIVITY_TRANSITIONS.filter(t => !t.from.includes(state))) {
        await expect(asUser(handle.db, setup.office, tx => takeActivityStep(tx, setup.office, id, t.action, 'why'))).rejects.toMatchObject({ statusCode: 409 })
      }
    }
  })

  it('a cancellation needs a reason, in the service (422) and in the database', async () => {
    const id = await activityIn(handle.db, setup, 'published')
    await expect(asUser(handle.db, setup.office, tx => takeActivityStep(tx, setup.office, id, 'cancel', '  '))).rejects.toMatchObject({ statusCode: 422 })
    await expect(asUser(handle.db, setup.office, tx => tx.updateTable('activities').set({ state: 'cancelled' }).where('id', '=', id).execute())).rejects.toThrow(/reason/)
    expect(await stateOf(id)).toBe('published')
  })

  it('a client talking to the table directly cannot skip a step', async () => {
    const id = await draftActivity(handle.db, setup)
    await expect(asUser(handle.db, setup.office, tx => tx.updateTable('activities').set({ state: 'held' }).where('id', '=', id).execute())).rejects.toThrow(/cannot go from draft to held/)
    await expect(asUser(handle.db, setup.office, tx => sql`insert into public.activity_events (activity_id, action, from_state, to_state) values (${id}, 'publish', 'draft', 'published')`.execute(tx))).rejects.toThrow(/permission denied/)
  })

  it('another institution\'s office and a student cannot take a step: 403 on a public activity, 404 on a draft they cannot see', async () => {
    const published = await activityIn(handle.db, setup, 'published')
    const draft = await draftActivity(handle.db, setup)
    const student = await personWithRole(handle.db, 'student', setup.organiser, 'student')
    for (const who of [setup.partners[0]!.office, student]) {
      await expect(asUser(handle.db, who, tx => takeActivityStep(tx, who, published, 'open_registration'))).rejects.toMatchObject({ statusCode: 403 })
      await expect(asUser(handle.db, who, tx => takeActivityStep(tx, who, draft, 'publish'))).rejects.toMatchObject({ statusCode: 404 })
    }
    expect(await stateOf(published)).toBe('published')
    expect(await stateOf(draft)).toBe('draft')
  })

  it('an edit from an older revision is refused with 409, and a cancelled activity is not edited', async () => {
    const id = await draftActivity(handle.db, setup)
    const edit = { ...activityInput(setup, { title: { en: 'Renamed' } }), revision: 1 }
    expect(await asUser(handle.db, setup.office, tx => updateActivity(tx, setup.office, id, edit))).toBe(2)
    await expect(asUser(handle.db, setup.office, tx => updateActivity(tx, setup.office, id, edit))).rejects.toMatchObject({ statusCode: 409 })
    const page = await asUser(handle.db, setup.office, tx => getActivity(tx, id))
    expect(page.title).toEqual({ en: 'Renamed' })
    expect(page.actions).toEqual(['publish', 'cancel'])
  })
})
