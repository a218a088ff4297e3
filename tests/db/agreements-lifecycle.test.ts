import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { getAgreement, lockAgreement } from '../../server/domain/agreements/agreements'
import { applyTransition, transitionByParty } from '../../server/domain/agreements/transitions'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { translate } from '../../server/i18n/messages'
import { AGREEMENT_TRANSITIONS, type AgreementAction, type PartyStep } from '../../shared/agreements/lifecycle'
import { AGREEMENT_STATES, type AgreementState } from '../../shared/agreements/vocabulary'
import { freshDatabase } from './helpers'
import { createSecretariat, personWithRole } from './rls-fixtures'
import { createInput, draftAgreement, loadLocaleFiles, partiesWithStaff, type PartySetup } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// Party A (staff a), party B (staff b and office staff bOffice); a student of A; staff of a non-party.
let setup: PartySetup
let a: Actor, b: Actor, bOffice: Actor, student: Actor, nonParty: Actor, sec: Actor
beforeAll(async () => {
  setup = await partiesWithStaff(db, 3)
  ;[a, b, nonParty] = setup.staff as [Actor, Actor, Actor]
  setup = { institutionIds: setup.institutionIds.slice(0, 2), staff: [a, b] }
  bOffice = await personWithRole(db, 'b-office', setup.institutionIds[1]!, 'office_staff')
  student = await personWithRole(db, 'student', setup.institutionIds[0]!, 'student')
  sec = await createSecretariat(db)
})

async function agreementIn(state: AgreementState): Promise<string> {
  const id = await draftAgreement(db, setup)
  await asService(db, 'test: put agreement in a state', tx => tx.updateTable('agreements').set({ state }).where('id', '=', id).execute())
  return id
}
const stateOf = async (id: string) =>
  (await asService(db, 'test check', tx => tx.selectFrom('agreements').select(['state', 'state_reason']).where('id', '=', id).executeTakeFirstOrThrow()))
// The fixtures' term ends 2031-08-31: its renewal window opens 2031-02-28.
const IN_WINDOW = '2031-05-01'
/** A step by hand, as a party's staff member would take it from the agreement page (on a day a renewal may start). */
const byParty = (actor: Actor, id: string, action: PartyStep, reason?: string, today = IN_WINDOW) =>
  asUser(db, actor, tx => transitionByParty(tx, actor, id, action, reason, today))
/** A step the system takes (the daily job, or a guard met after an approval or signature). */
const bySystem = (id: string, action: AgreementAction) =>
  asService(db, 'test: system step', async tx => applyTransition(tx, await lockAgreement(tx, id), action))
const take = (action: AgreementAction, id: string) => {
  const row = AGREEMENT_TRANSITIONS.find(t => t.action === action)!
  return row.by === 'party' ? byParty(a, id, action, row.reasonRequired ? 'Closing the programme' : undefined) : bySystem(id, action)
}
const refused = (key: string, status = 409) => ({ statusCode: status, data: { key } })

const allowed = AGREEMENT_TRANSITIONS.flatMap(t => t.from.map(from => ({ ...t, from })))
const notAllowed = AGREEMENT_TRANSITIONS.flatMap(t => AGREEMENT_STATES.filter(s => !t.from.includes(s)).map(from => ({ action: t.action, by: t.by, from })))

describe('every step the lifecycle table allows', () => {
  it.each(allowed)('$action ($by) moves an agreement from $from to $to, logs it and tells every party\'s staff but whoever took it', async ({ action, from, to, by }) => {
    const id = await agreementIn(from)
    await take(action, id)
    expect((await stateOf(id)).state).toBe(to)

    const { audit, notified } = await asService(db, 'test check', async tx => ({
      audit: await tx.selectFrom('audit_log').select(['actor_id', 'before', 'after']).where('entity', '=', 'agreements').where('entity_id', '=', id)
        .where('action', '=', 'update').execute(),
      notified: await tx.selectFrom('notifications').select('user_id').where('link', '=', `/agreements/${id}`).where('kind', '=', 'agreements.stateChanged').execute(),
    }))
    const logged = audit.map(r => [(r.before as { state: string }).state, (r.after as { state: string }).state, r.actor_id])
    expect(logged).toContainEqual([from, to, by === 'party' ? a.id : null])
    // A party's step is a's own act, so a is not told of it; the system's steps are told to everyone.
    expect(notified.map(n => n.user_id).sort()).toEqual((by === 'party' ? [b.id, bOffice.id] : [a.id, b.id, bOffice.id]).sort())
  })
})

describe('every step the lifecycle table does not allow', () => {
  const ids = new Map<AgreementState, string>()
  beforeAll(async () => {
    for (const state of AGREEMENT_STATES) ids.set(state, await agreementIn(state))
  })

  it.each(notAllowed)('$action ($by) is refused from $from with 409 and the state stays', async ({ action, from }) => {
    const id = ids.get(from)!
    await expect(take(action, id)).rejects.toMatchObject(refused('agreements.errors.transitionNotAllowed'))
    expect((await stateOf(id)).state).toBe(from)
  })
})

describe('who may take a step', () => {
  const systemSteps = AGREEMENT_TRANSITIONS.filter(t => t.by === 'system').flatMap(t => t.from.map(from => ({ action: t.action, from })))

  it.each(systemSteps)('a party cannot $action an agreement by hand, even from $from', async ({ action, from }) => {
    const id = await agreementIn(from)
    await expect(byParty(a, id, action)).rejects.toMatchObject(refused('agreements.errors.transitionNotAllowed'))
    expect((await stateOf(id)).state).toBe(from)
  })

  it('staff of an institution that is not a party cannot open negotiation on a draft they cannot see', async () => {
    const id = await agreementIn('draft')
    await expect(byParty(nonParty, id, 'open_negotiation')).rejects.toMatchObject({ statusCode: 404 })
    expect((await stateOf(id)).state).toBe('draft')
  })

  it('staff of a non-party cannot terminate an active agreement they can see', async () => {
    const id = await agreementIn('active')
    await expect(byParty(nonParty, id, 'terminate', 'Not ours')).rejects.toMatchObject({ statusCode: 403 })
    expect((await stateOf(id)).state).toBe('active')
  })

  it('a student of a party institution cannot open negotiation', async () => {
    const id = await agreementIn('draft')
    await expect(byParty(student, id, 'open_negotiation')).rejects.toMatchObject({ statusCode: 404 })
    expect((await stateOf(id)).state).toBe('draft')
  })

  it('the secretariat opens negotiation on an agreement between member institutions', async () => {
    const id = await agreementIn('draft')
    await byParty(sec, id, 'open_negotiation')
    expect((await stateOf(id)).state).toBe('in_negotiation')
  })
})

describe('terminate', () => {
  it.each([[undefined], ['']])('without a reason (%j) is refused with 422 and the agreement stays active', async (reason) => {
    const id = await agreementIn('active')
    await expect(byParty(b, id, 'terminate', reason)).rejects.toMatchObject(refused('agreements.errors.reasonRequired', 422))
    expect((await stateOf(id)).state).toBe('active')
  })

  it('with a reason ends the agreement and keeps the reason', async () => {
    const id = await agreementIn('awaiting_signatures')
    await byParty(b, id, 'terminate', 'The enterprise closed its plant')
    expect(await stateOf(id)).toEqual({ state: 'terminated', state_reason: 'The enterprise closed its plant' })
  })
})

describe('renew by hand', () => {
  it('is refused with 409 before the last six months of the term, naming the day it opens, and starts nothing', async () => {
    const id = await agreementIn('active')
    await expect(byParty(a, id, 'start_renewal', undefined, '2031-02-27'))
      .rejects.toMatchObject({ ...refused('agreements.errors.renewalTooEarly'), data: { params: { date: '2031-02-28' }, opens_on: '2031-02-28' } })
    const successors = await asService(db, 'test check', tx => tx.selectFrom('agreements').select('id').where('renewed_from', '=', id).execute())
    expect(successors).toEqual([])
    await expect(byParty(a, id, 'start_renewal', undefined, '2031-02-28')).resolves.toMatchObject({ state: 'active' })
  })

  it('offers the step on the page only inside the window', async () => {
    const id = await agreementIn('active')
    const actions = (await asUser(db, a, tx => getAgreement(tx, id, a))).permissions.actions
    // Today (2026) is years before the fixtures' end in 2031.
    expect(actions).not.toContain('start_renewal')
    expect(actions).toContain('terminate')
  })

  it('opens a successor draft with the same parties, starting the day after it ends, and keeps the agreement in force meanwhile', async () => {
    const id = await agreementIn('expiring')
    const { state, successor_id: successorId } = await byParty(b, id, 'start_renewal')
    expect(state).toBe('expiring')
    expect((await stateOf(id)).state).toBe('expiring')
    await expect(byParty(a, id, 'start_renewal')).rejects.toMatchObject(refused('agreements.errors.renewalExists', 409))
    const successor = await asUser(db, b, async tx => ({
      row: await tx.selectFrom('agreements').select(['state', 'renewed_from', 'starts_on', 'kind', 'title', 'current_version', 'created_by'])
        .where('id', '=', successorId!).executeTakeFirstOrThrow(),
      parties: await tx.selectFrom('agreement_parties').select(['institution_id', 'signatory_name', 'contact_user_id']).where('agreement_id', '=', successorId!).orderBy('institution_id').execute(),
      oldParties: await tx.selectFrom('agreement_parties').select(['institution_id', 'signatory_name', 'contact_user_id']).where('agreement_id', '=', id).orderBy('institution_id').execute(),
      version: await tx.selectFrom('agreement_versions').select('content').where('agreement_id', '=', successorId!).executeTakeFirstOrThrow(),
    }))
    expect(successor.row).toMatchObject({ state: 'draft', renewed_from: id, starts_on: '2031-09-01', kind: 'bilateral', current_version: 1, created_by: b.id })
    expect(successor.row.title).toEqual(createInput(setup).title)
    expect(successor.parties).toEqual(successor.oldParties)
    expect(successor.parties).toHaveLength(2)
    expect(successor.version.content).toMatchObject({ startsOn: '2031-09-01', goals: createInput(setup).content.goals, conditions: createInput(setup).content.conditions })
  })

  it('gives the successor a term as long in years as the old one: 2026-09-01..2031-08-31 renews to 2031-09-01..2036-08-31', async () => {
    const id = await agreementIn('active')
    const { successor_id: successorId } = await byParty(a, id, 'start_renewal')
    const row = await asUser(db, a, tx => tx.selectFrom('agreements').select(['starts_on', 'ends_on']).where('id', '=', successorId!).executeTakeFirstOrThrow())
    expect(row).toEqual({ starts_on: '2031-09-01', ends_on: '2036-08-31' })
  })

  it('marks the old agreement renewed once every party signed its successor', async () => {
    const id = await agreementIn('expiring')
    const { successor_id: successorId } = await byParty(a, id, 'start_renewal')
    await byParty(a, successorId!, 'open_negotiation')
    for (const [i, person] of [a, b].entries()) {
      await asUser(db, person, tx => approveVersion(tx, person, successorId!, { version: 1, institutionId: setup.institutionIds[i]! }))
    }
    for (const [i, person] of [a, b].entries()) {
      await asUser(db, person, tx => signVersion(tx, person, successorId!, { version: 1, institutionId: setup.institutionIds[i]!, signatoryName: 'S', fileId: null }))
    }
    expect((await stateOf(successorId!)).state).toBe('active')
    expect((await stateOf(id)).state).toBe('renewed')
  })
})

describe('notices of a state change', () => {
  it('reach each party\'s staff in their own preferred language, in-app and by mail', async () => {
    await asService(db, 'test: a Thai-speaking staff member', tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', b.id).execute())
    try {
      const id = await agreementIn('draft')
      await byParty(a, id, 'open_negotiation')
      const mail = await asService(db, 'test check', tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body'])
        .where('template', '=', 'agreements.stateChanged').where('body', 'like', `%/agreements/${id}%`).execute())
      const thai = mail.find(m => m.to_user_id === b.id)!
      const english = mail.find(m => m.to_user_id === bOffice.id)!
      const { title } = createInput(setup)
      const subject = (locale: string, titleText: string) => translate(locale, 'mail.agreements.stateChanged.subject', {
        title: titleText, state: translate(locale, 'agreements.states.in_negotiation'),
      })
      const notices = await asUser(db, b, tx => tx.selectFrom('notifications').select(['kind', 'params']).where('link', '=', `/agreements/${id}`).execute())
      expect(notices).toEqual([{ kind: 'agreements.stateChanged', params: { title, state: { key: 'agreements.states.in_negotiation' } } }])
      // a opened the negotiation: b and b's office are told, a is not.
      expect(mail.map(m => m.to_user_id).sort()).toEqual([b.id, bOffice.id].sort())
      expect(english).toMatchObject({ locale: 'en', subject: subject('en', title.en!) })
      expect(thai).toMatchObject({ locale: 'th', subject: subject('th', title.th!) })
      expect(thai.subject).not.toBe(subject('en', title.th!))
      expect(thai.body).toContain(`/th/agreements/${id}`)
    }
    finally {
      await asService(db, 'test: back to English', tx => tx.updateTable('profiles').set({ preferred_locale: 'en' }).where('id', '=', b.id).execute())
    }
  })

  it('do not reach a student of a party institution nor staff of a non-party', async () => {
    const id = await agreementIn('in_negotiation')
    await byParty(a, id, 'terminate', 'Stopped')
    const reached = await asService(db, 'test check', tx => tx.selectFrom('notifications').select('user_id').where('link', '=', `/agreements/${id}`).execute())
    expect(reached.map(r => r.user_id)).not.toContain(student.id)
    expect(reached.map(r => r.user_id)).not.toContain(nonParty.id)
    expect(reached.map(r => r.user_id).sort()).toEqual([b.id, bOffice.id].sort())
  })
})
