import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { quotasOf } from '../../server/domain/agreements/quotas'
import { createApplication } from '../../server/domain/mobility/applications'
import { takeStep } from '../../server/domain/mobility/steps'
import { APPLICATION_TRANSITIONS, PLACE_HOLDING_STATES, type ApplicationAction } from '../../shared/mobility/lifecycle'
import { freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'
import { loadLocaleFiles } from './agreement-fixtures'
import {
  applicationIn, applicationRow, exchangeUnderAgreement, openCall, openExchange, putInState, type AgreementExchange, type Exchange,
} from './mobility-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

const refused = (statusCode: number, key: string) => ({ statusCode, data: { key } })
/** A refusal among settled results, matched as toMatchObject would match `refused`. */
const refusal = (statusCode: number, key: string) => expect.objectContaining({ statusCode, data: expect.objectContaining({ key }) })
/** A step on the revision the person saw when they opened the page. */
const act = (actor: Actor, id: string, action: ApplicationAction, revision: number, text?: string) =>
  asUser(db, actor, tx => takeStep(tx, actor, id, { action, revision, text }))
const settled = async <T>(attempts: Promise<T>[]) => {
  const results = await Promise.allSettled(attempts)
  return {
    won: results.flatMap((r, i) => r.status === 'fulfilled' ? [i] : []),
    lost: results.flatMap(r => r.status === 'rejected' ? [r.reason as unknown] : []),
  }
}
/** `n` students of the home institution with complete applications in `state`, made a few at a time. */
async function applicants(ex: Exchange, n: number, state: 'draft' | 'submitted') {
  const made: Awaited<ReturnType<typeof applicationIn>>[] = []
  for (let i = 0; i < n; i += 25) {
    made.push(...await Promise.all(Array.from({ length: Math.min(25, n - i) }, (_, j) => applicationIn(db, ex, state, `applicant${i + j}`))))
  }
  return made
}
const states = async (ids: string[]) => (await asService(db, 'test check', tx => tx.selectFrom('applications').select('state')
  .where('id', 'in', ids).execute())).map(r => r.state)

describe('many applicants at once', () => {
  it('200 students submitting to one call at the same moment each land exactly once, and each sees only their own', async () => {
    const ex = await openExchange(db, 10)
    const drafts = await applicants(ex, 200, 'draft')
    const results = await Promise.all(drafts.map(d => asUser(db, d.student, async tx => ({
      step: await takeStep(tx, d.student, d.id, { action: 'submit', revision: d.revision }),
      seen: (await tx.selectFrom('applications').select('id').where('call_id', '=', ex.callId).execute()).map(r => r.id),
    }))))
    results.forEach((r, i) => {
      expect(r.step).toEqual({ state: 'submitted', revision: drafts[i]!.revision + 1 })
      expect(r.seen).toEqual([drafts[i]!.id])
    })
    const ids = drafts.map(d => d.id)
    const { rows, events, notices } = await asService(db, 'test check', async tx => ({
      rows: await tx.selectFrom('applications').select(['id', 'state', 'submitted_at']).where('call_id', '=', ex.callId).execute(),
      events: await tx.selectFrom('application_events').select(['application_id', 'action']).where('application_id', 'in', ids).execute(),
      notices: await tx.selectFrom('notifications').select('link').where('user_id', '=', ex.homeOffice.id).execute(),
    }))
    expect(rows).toHaveLength(200)
    expect(rows.every(r => r.state === 'submitted' && r.submitted_at !== null)).toBe(true)
    expect(events.filter(e => e.action === 'submit')).toHaveLength(200)
    expect(new Set(events.map(e => e.application_id)).size).toBe(200)
    expect(notices.map(n => n.link).sort()).toEqual(ids.map(id => `/mobility/applications/${id}`).sort())
  })

  it('a student who starts the same application in two tabs at once gets one draft; the other tab is told they already applied', async () => {
    const ex = await openExchange(db, 3)
    const student = await personWithRole(db, 'two-tabs', ex.home, 'student')
    const apply = () => asUser(db, student, tx => createApplication(tx, student, { callId: ex.callId, homeInstitutionId: ex.home }))
    const { won, lost } = await settled([0, 1].map(apply))
    expect(won).toHaveLength(1)
    expect(lost).toEqual([refusal(409, 'mobility.errors.alreadyApplied')])
    const rows = await asService(db, 'test check', async tx => ({
      drafts: await tx.selectFrom('applications').select('state').where('applicant_id', '=', student.id).execute(),
      privates: await tx.selectFrom('application_private').innerJoin('applications', 'applications.id', 'application_private.application_id')
        .select('application_id').where('applicant_id', '=', student.id).execute(),
    }))
    expect(rows.drafts).toEqual([{ state: 'draft' }])
    expect(rows.privates).toHaveLength(1)
  })
})

describe('two people acting on the same application from the same revision', () => {
  let ex: Exchange, colleague: Actor
  beforeAll(async () => {
    ex = await openExchange(db, 50)
    colleague = await personWithRole(db, 'home-colleague', ex.home, 'office_staff')
  })
  type Move = { who: 'office' | 'colleague' | 'applicant'; action: ApplicationAction; text?: string }
  const races: [Move, Move][] = [
    [{ who: 'office', action: 'nominate' }, { who: 'colleague', action: 'reject_home', text: 'Grades too low' }],
    [{ who: 'colleague', action: 'return_for_changes', text: 'Add your transcript' }, { who: 'office', action: 'nominate' }],
    [{ who: 'applicant', action: 'withdraw' }, { who: 'office', action: 'nominate' }],
  ]

  it.each(races)('%o against %o: exactly one wins, the other is told someone acted first (409), and the state is the winner\'s', async (first, second) => {
    for (let round = 0; round < 3; round++) {
      const { student, id, revision } = await applicationIn(db, ex, 'submitted')
      const who = { office: ex.homeOffice, colleague, applicant: student }
      const moves = round % 2 ? [second, first] : [first, second]
      const { won, lost } = await settled(moves.map(m => act(who[m.who], id, m.action, revision, m.text)))
      expect(won).toHaveLength(1)
      expect(lost).toEqual([refusal(409, 'mobility.errors.staleRevision')])
      const winner = moves[won[0]!]!
      const to = APPLICATION_TRANSITIONS.find(t => t.action === winner.action)!.to
      expect(await applicationRow(db, id)).toMatchObject({ state: to, revision: revision + 1 })
      const events = await asService(db, 'test check', tx => tx.selectFrom('application_events').select(['action', 'actor_id']).where('application_id', '=', id).execute())
      expect(events).toEqual([{ action: winner.action, actor_id: who[winner.who].id }])
    }
  })
})

describe('places in a call', () => {
  it('with 3 places, 6 nominations at once: exactly 3 succeed and 3 are told no places are left; a withdrawal frees one', async () => {
    const ex = await openExchange(db, 3)
    const colleague = await personWithRole(db, 'home-colleague', ex.home, 'office_staff')
    const apps = await applicants(ex, 6, 'submitted')
    const { won, lost } = await settled(apps.map((a, i) => act(i % 2 ? colleague : ex.homeOffice, a.id, 'nominate', a.revision)))
    expect(won).toHaveLength(3)
    expect(lost).toEqual(Array(3).fill(refusal(409, 'mobility.errors.noPlacesLeft')))
    expect((await states(apps.map(a => a.id))).sort()).toEqual(['nominated', 'nominated', 'nominated', 'submitted', 'submitted', 'submitted'])

    const nominated = apps[won[0]!]!
    const waiting = apps.filter((_, i) => !won.includes(i))
    await act(nominated.student, nominated.id, 'withdraw', nominated.revision + 1)
    await expect(act(ex.homeOffice, waiting[0]!.id, 'nominate', waiting[0]!.revision)).resolves.toMatchObject({ state: 'nominated' })
    await expect(act(ex.homeOffice, waiting[1]!.id, 'nominate', waiting[1]!.revision)).rejects.toMatchObject(refused(409, 'mobility.errors.noPlacesLeft'))
  })
})

describe('places under an agreement\'s quota', () => {
  const YEAR = '2026/2027'
  const withCall = async (ag: AgreementExchange, places: number): Promise<Exchange> =>
    ({ ...ag, callId: await openCall(db, ag.hostOffice, ag.programId, [{ sendingInstitutionId: ag.home, places }], YEAR) })
  const quota = async (ag: AgreementExchange) => {
    const line = (await asUser(db, ag.homeOffice, tx => quotasOf(tx, ag.agreementId, YEAR))).find(l => l.condition_id === 'c1')!
    return { offered: line.offered, used: line.used, left: line.left }
  }
  const usage = (ag: AgreementExchange) => asService(db, 'test check', tx => tx.selectFrom('agreement_quota_usage')
    .select(['source', 'source_id', 'places', 'academic_year']).where('agreement_id', '=', ag.agreementId).execute())

  it('a call cannot offer more places than the condition has left this year (409); one within the quota opens', async () => {
    const ag = await exchangeUnderAgreement(db, 2)
    await expect(openCall(db, ag.hostOffice, ag.programId, [{ sendingInstitutionId: ag.home, places: 3 }], YEAR))
      .rejects.toMatchObject({ statusCode: 409, data: { key: 'mobility.errors.placesBeyondQuota', params: { left: 2 } } })
    await expect(openCall(db, ag.hostOffice, ag.programId, [{ sendingInstitutionId: ag.home, places: 2 }], YEAR)).resolves.toEqual(expect.any(String))
  })

  it('nominations use the quota, shown as used on the agreement; a host rejection gives the place back', async () => {
    const ag = await exchangeUnderAgreement(db, 2)
    const ex = await withCall(ag, 2)
    const apps = await applicants(ex, 2, 'submitted')
    for (const a of apps) await act(ag.homeOffice, a.id, 'nominate', a.revision)
    expect(await quota(ag)).toEqual({ offered: 2, used: 2, left: 0 })
    expect((await usage(ag)).map(u => [u.source, u.source_id, u.places, u.academic_year]).sort())
      .toEqual(apps.map(a => ['application', a.id, 1, YEAR]).sort())
    await act(ag.hostOffice, apps[0]!.id, 'reject_host', apps[0]!.revision + 1, 'No supervisor available this term')
    expect(await quota(ag)).toEqual({ offered: 2, used: 1, left: 1 })
    expect((await usage(ag)).map(u => u.source_id)).toEqual([apps[1]!.id])
  })

  it('two calls nominating at once cannot take more than the quota: exactly 2 of 4 succeed, 2 are refused (409)', async () => {
    const ag = await exchangeUnderAgreement(db, 2)
    const apps = [...await applicants(await withCall(ag, 2), 2, 'submitted'), ...await applicants(await withCall(ag, 2), 2, 'submitted')]
    const { won, lost } = await settled(apps.map(a => act(ag.homeOffice, a.id, 'nominate', a.revision)))
    expect(won).toHaveLength(2)
    expect(lost).toEqual(Array(2).fill(refusal(409, 'agreements.errors.quotaExhausted')))
    expect(await quota(ag)).toEqual({ offered: 2, used: 2, left: 0 })
    expect(await usage(ag)).toHaveLength(2)
  })

  // Every step out of a place-holding state gives the place back, whoever takes it.
  const leaving = APPLICATION_TRANSITIONS.flatMap(t => t.from.filter(from => PLACE_HOLDING_STATES.includes(from) && !PLACE_HOLDING_STATES.includes(t.to))
    .map(from => ({ action: t.action, from, to: t.to, by: t.by[0]! })))
  it.each(leaving)('$by taking $action from $from ($to) gives the agreement\'s place back', async ({ action, from, by }) => {
    const ag = await exchangeUnderAgreement(db, 1)
    const [a] = await applicants(await withCall(ag, 1), 1, 'submitted')
    await act(ag.homeOffice, a!.id, 'nominate', a!.revision)
    const revision = await putInState(db, a!.id, from)
    expect(await quota(ag)).toEqual({ offered: 1, used: 1, left: 0 })
    const actor = by === 'applicant' ? a!.student : by === 'home' ? ag.homeOffice : ag.hostOffice
    await act(actor, a!.id, action, revision, 'A reason')
    expect(await quota(ag)).toEqual({ offered: 1, used: 0, left: 1 })
    expect(await usage(ag)).toEqual([])
  })
})
