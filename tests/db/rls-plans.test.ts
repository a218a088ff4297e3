import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { PLAN_TRANSITIONS } from '../../shared/calendar/plan-lifecycle'
import { freshDatabase } from './helpers'
import { PERMISSION_DENIED, RLS_VIOLATION, probeAs, rowsChanged } from './rls-fixtures'
import { itemRow, itemValues, planCommunity, planRow, type PlanCommunity } from './plan-fixtures'

let handle: DatabaseHandle, db: Db, c: PlanCommunity
// A draft plan with an item of each institution, and a submitted and an approved plan with one item each.
let draft: string, submitted: string, approved: string, northItem: string, southItem: string, submittedItem: string
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  c = await planCommunity(db)
  draft = await planRow(db, '2026/2027', c.sec)
  submitted = await planRow(db, '2027/2028', c.sec, 'submitted')
  approved = await planRow(db, '2025/2026', c.sec, 'approved')
  northItem = await itemRow(db, draft, c.north, c.northOffice)
  southItem = await itemRow(db, draft, c.south, c.southOffice)
  submittedItem = await itemRow(db, submitted, c.north, c.northOffice, '2027-10-01')
  await itemRow(db, approved, c.north, c.northOffice, '2025-10-01')
})
afterAll(() => handle.close())

/** Runs fn as actor and rolls back; returns what fn returned, rethrows a database error. */
const probe = <T>(actor: Actor | null, fn: (tx: Tx) => Promise<T>) => probeAs(db, actor, fn)
const count = rowsChanged
const setPlanState = (actor: Actor, id: string, state: 'draft' | 'submitted' | 'approved', extra: { decided_in_meeting_id?: string } = {}) =>
  probe(actor, async tx => count(await tx.updateTable('activity_plans').set({ state, ...extra }).where('id', '=', id).executeTakeFirst()))

describe('activity plans', () => {
  it('are read by every community member, not by someone who belongs nowhere', async () => {
    for (const actor of [c.sec, c.northOffice, c.student, c.chair]) {
      const seen = await asUser(db, actor, tx => tx.selectFrom('activity_plans').select('id').where('id', 'in', [draft, submitted, approved]).execute())
      expect(seen).toHaveLength(3)
    }
    expect(await asUser(db, c.outsider, tx => tx.selectFrom('activity_plans').select('id').execute())).toEqual([])
    expect(await asUser(db, null, tx => tx.selectFrom('activity_plans').select('id').execute().catch(() => []))).toEqual([])
  })

  it('a year\'s plan is opened by the secretariat only, as a draft in its own name', async () => {
    const open = (actor: Actor, values: Record<string, unknown> = {}) => probe(actor, tx => tx.insertInto('activity_plans')
      .values({ academic_year: '2030/2031', created_by: actor.id, ...values }).execute())
    await expect(open(c.sec)).resolves.toBeDefined()
    for (const actor of [c.northOffice, c.chair, c.student]) await expect(open(actor)).rejects.toThrow(RLS_VIOLATION)
    await expect(open(c.sec, { state: 'approved', approved_at: new Date() })).rejects.toThrow(RLS_VIOLATION)
    await expect(open(c.sec, { created_by: c.northOffice.id })).rejects.toThrow(RLS_VIOLATION)
    await expect(open(c.sec, { academic_year: '2030/2032' })).rejects.toThrow(/check constraint/)
  })

  it('the secretariat submits a draft; an office, a committee member and a councillor cannot', async () => {
    expect(await setPlanState(c.sec, draft, 'submitted')).toBe(1)
    for (const actor of [c.northOffice, c.councillor, c.student]) expect(await setPlanState(actor, draft, 'submitted')).toBe(0)
    await expect(setPlanState(c.chair, draft, 'submitted')).rejects.toThrow(/cannot go from draft to submitted/)
  })

  it('the executive committee approves a submitted plan and the database records who and when; others cannot', async () => {
    const approval = await probe(c.chair, async (tx) => {
      await tx.updateTable('activity_plans').set({ state: 'approved' }).where('id', '=', submitted).execute()
      return tx.selectFrom('activity_plans').select(['approved_by', 'approved_at']).where('id', '=', submitted).executeTakeFirstOrThrow()
    })
    expect(approval.approved_by).toBe(c.chair.id)
    expect(approval.approved_at).toBeInstanceOf(Date)
    expect(await setPlanState(c.sec, submitted, 'approved')).toBe(1)
    // A councillor, an office, a member whose term has ended: the update reaches no row.
    for (const actor of [c.councillor, c.northOffice, c.formerMember, c.student]) expect(await setPlanState(actor, submitted, 'approved')).toBe(0)
  })

  it('a plan is not approved without being submitted, and an approved plan does not go back', async () => {
    await expect(setPlanState(c.chair, draft, 'approved')).rejects.toThrow(/cannot go from draft to approved/)
    await expect(setPlanState(c.sec, approved, 'draft')).rejects.toThrow(/cannot go from approved to draft/)
    expect(await setPlanState(c.chair, submitted, 'draft')).toBe(1)
  })

  it('names only a meeting of the executive committee, and only with the approval', async () => {
    expect(await setPlanState(c.chair, submitted, 'approved', { decided_in_meeting_id: c.committeeMeeting })).toBe(1)
    await expect(setPlanState(c.chair, submitted, 'approved', { decided_in_meeting_id: c.councilMeeting })).rejects.toThrow(/meeting of the executive committee/)
    await expect(probe(c.sec, tx => tx.updateTable('activity_plans').set({ decided_in_meeting_id: c.committeeMeeting }).where('id', '=', draft).execute()))
      .rejects.toThrow(/named with the approval/)
  })

  it('who approved, when, the year and the author are not written by people', async () => {
    await expect(probe(c.sec, tx => tx.updateTable('activity_plans').set({ approved_by: c.sec.id }).where('id', '=', approved).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(c.sec, tx => tx.updateTable('activity_plans').set({ approved_at: new Date() }).where('id', '=', approved).execute())).rejects.toThrow(PERMISSION_DENIED)
    await expect(probe(c.sec, tx => tx.updateTable('activity_plans').set({ academic_year: '2040/2041' }).where('id', '=', draft).execute())).rejects.toThrow(PERMISSION_DENIED)
  })

  it('a draft plan is deleted by the secretariat only; a submitted or approved plan by nobody', async () => {
    const remove = (actor: Actor, id: string) => probe(actor, async tx => count(await tx.deleteFrom('activity_plans').where('id', '=', id).executeTakeFirst()))
    expect(await remove(c.sec, draft)).toBe(1)
    expect(await remove(c.chair, draft)).toBe(0)
    expect(await remove(c.northOffice, draft)).toBe(0)
    expect(await remove(c.sec, submitted)).toBe(0)
    expect(await remove(c.sec, approved)).toBe(0)
  })

  it('keeps the database\'s transitions equal to shared/calendar/plan-lifecycle.ts, and nobody rewrites them', async () => {
    const rows = await asService(db, 'test check', tx => tx.selectFrom('activity_plan_transitions').selectAll().execute())
    const expected = PLAN_TRANSITIONS.map(t => ({ action: t.action, from_state: t.from, to_state: t.to, side: t.by }))
    const key = (r: { action: string; from_state: string }) => `${r.action}:${r.from_state}`
    expect(rows.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))))
    await expect(probe(c.sec, tx => tx.insertInto('activity_plan_transitions').values({ action: 'approve', from_state: 'draft', to_state: 'approved', side: 'secretariat' }).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })
})

describe('activity plan items', () => {
  const propose = (actor: Actor, plan: string, organiser: string, extra: Record<string, unknown> = {}) =>
    probe(actor, tx => tx.insertInto('activity_plan_items').values({ ...itemValues(plan, organiser, actor), ...extra }).execute())

  it('are read by every community member, not by an outsider', async () => {
    const seen = await asUser(db, c.student, tx => tx.selectFrom('activity_plan_items').select('id').where('plan_id', '=', draft).execute())
    expect(seen.map(r => r.id).sort()).toEqual([northItem, southItem].sort())
    expect(await asUser(db, c.outsider, tx => tx.selectFrom('activity_plan_items').select('id').execute())).toEqual([])
  })

  it('an office proposes for its own institution only; the secretariat for any; a student or a committee member not at all', async () => {
    await expect(propose(c.northOffice, draft, c.north)).resolves.toBeDefined()
    await expect(propose(c.northOffice, draft, c.south)).rejects.toThrow(RLS_VIOLATION)
    await expect(propose(c.sec, draft, c.south)).resolves.toBeDefined()
    for (const actor of [c.student, c.chair, c.outsider]) await expect(propose(actor, draft, c.north)).rejects.toThrow(RLS_VIOLATION)
    await expect(propose(c.northOffice, draft, c.north, { proposed_by: c.southOffice.id })).rejects.toThrow(RLS_VIOLATION)
  })

  it('are proposed only into a draft, as proposed, in a month of the plan\'s year', async () => {
    await expect(propose(c.northOffice, submitted, c.north, { month: '2027-11-01' })).rejects.toThrow(/only while the plan is a draft|row-level security/)
    await expect(propose(c.sec, approved, c.north, { month: '2025-11-01' })).rejects.toThrow(/only while the plan is a draft|row-level security/)
    await expect(propose(c.northOffice, draft, c.north, { state: 'accepted' })).rejects.toThrow(/starts as proposed/)
    await expect(propose(c.northOffice, draft, c.north, { month: '2027-09-01' })).rejects.toThrow(/outside the plan's academic year/)
    await expect(propose(c.northOffice, draft, c.north, { month: '2026-08-01' })).rejects.toThrow(/outside the plan's academic year/)
    await expect(propose(c.northOffice, draft, c.north, { month: '2027-08-01' })).resolves.toBeDefined()
    await expect(propose(c.northOffice, draft, c.north, { month: '2026-11-15' })).rejects.toThrow(/check constraint/)
  })

  it('are edited by the organiser\'s office or the secretariat while the plan is a draft; never moved to another plan', async () => {
    const retitle = (actor: Actor, id: string) => probe(actor, async tx => count(await tx.updateTable('activity_plan_items')
      .set({ title: JSON.stringify({ en: 'Renamed' }) }).where('id', '=', id).executeTakeFirst()))
    expect(await retitle(c.northOffice, northItem)).toBe(1)
    expect(await retitle(c.sec, northItem)).toBe(1)
    expect(await retitle(c.southOffice, northItem)).toBe(0)
    expect(await retitle(c.student, northItem)).toBe(0)
    expect(await retitle(c.northOffice, submittedItem)).toBe(0)
    await expect(probe(c.northOffice, tx => tx.updateTable('activity_plan_items').set({ organiser_institution_id: c.south }).where('id', '=', northItem).execute()))
      .rejects.toThrow(RLS_VIOLATION)
    await expect(probe(c.sec, tx => tx.updateTable('activity_plan_items').set({ plan_id: submitted }).where('id', '=', northItem).execute()))
      .rejects.toThrow(PERMISSION_DENIED)
  })

  it('are accepted or dropped by the executive committee only, who does not rewrite them', async () => {
    const decide = (actor: Actor, state: 'accepted' | 'dropped') => probe(actor, async tx => count(await tx.updateTable('activity_plan_items')
      .set({ state }).where('id', '=', southItem).executeTakeFirst()))
    expect(await decide(c.chair, 'accepted')).toBe(1)
    expect(await decide(c.sec, 'dropped')).toBe(1)
    await expect(decide(c.southOffice, 'accepted')).rejects.toThrow(/only the executive committee/)
    expect(await decide(c.councillor, 'accepted')).toBe(0)
    await expect(probe(c.chair, tx => tx.updateTable('activity_plan_items').set({ expected_participants: 999 }).where('id', '=', northItem).execute()))
      .rejects.toThrow(/organiser's office or the secretariat edits/)
  })

  it('are withdrawn by their proposer or the secretariat while the plan is a draft', async () => {
    const remove = (actor: Actor, id: string) => probe(actor, async tx => count(await tx.deleteFrom('activity_plan_items').where('id', '=', id).executeTakeFirst()))
    expect(await remove(c.northOffice, northItem)).toBe(1)
    expect(await remove(c.sec, northItem)).toBe(1)
    expect(await remove(c.southOffice, northItem)).toBe(0)
    expect(await remove(c.chair, northItem)).toBe(0)
    expect(await remove(c.northOffice, submittedItem)).toBe(0)
  })

  it('every change of a plan or an item is in the audit log with who made it', async () => {
    await asUser(db, c.northOffice, tx => tx.updateTable('activity_plan_items').set({ expected_participants: 42 }).where('id', '=', northItem).execute())
    const rows = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'action', 'after'])
      .where('entity', '=', 'activity_plan_items').where('entity_id', '=', northItem).where('action', '=', 'update').execute())
    expect(rows.at(-1)?.actor_id).toBe(c.northOffice.id)
    expect((rows.at(-1)?.after as { expected_participants: number }).expected_participants).toBe(42)
  })
})
