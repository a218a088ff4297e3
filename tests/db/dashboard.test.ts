import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { dashboardOf } from '../../server/domain/dashboard/dashboard'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { transitionByParty } from '../../server/domain/agreements/transitions'
import { createLearningAgreement, editDraft, proposeVersion, signVersion as signLearningAgreement } from '../../server/domain/learning-agreements/steps'
import { takeStep } from '../../server/domain/mobility/steps'
import { takeRegistrationStep } from '../../server/domain/calendar/registrations'
import { freshDatabase } from './helpers'
import { draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'
import { createBodyRow, seat } from './governance-fixtures'
import { applicationIn, completeDraft, openExchange, type Exchange } from './mobility-fixtures'
import { createSecretariat, personWithRole } from './rls-fixtures'
import { openActivity, peopleOf, registerSelf } from './registration-fixtures'

let handle: DatabaseHandle
let ex: Exchange
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  ex = await openExchange(handle.db)
})
afterAll(() => handle.close())

const dashboard = (who: Actor) => asUser(handle.db, who, tx => dashboardOf(tx, who))

async function meetingIn(days: number, bodyId: string) {
  return (await asService(handle.db, 'test fixture', tx => tx.insertInto('meetings').values({
    body_id: bodyId, title: JSON.stringify({ en: 'Plenary', km: 'កិច្ចប្រជុំពេញអង្គ' }), starts_at: new Date(Date.now() + days * 86_400_000).toISOString(),
    time_zone: 'Asia/Phnom_Penh', location: '{}', agenda: '{}', minutes: '{}',
  }).returning('id').executeTakeFirstOrThrow())).id
}

describe('the dashboard of a student', () => {
  it('lists their open applications with next steps and missing documents, and the call closing soon', async () => {
    const { student, id } = await completeDraft(handle.db, ex, 'dash-student')
    await asUser(handle.db, student, tx => tx.deleteFrom('application_documents').where('application_id', '=', id).execute())
    const board = await dashboard(student)
    expect(board.applications).toEqual([expect.objectContaining({ id, state: 'draft', next_steps: ['submit'], missing_documents: ['transcript'], missing_checklist: [] })])
    expect(board.approvals).toEqual([])
    expect(board.reviews).toEqual([])
    expect(board.deadlines.filter(d => d.kind === 'call').map(d => d.id)).toContain(ex.callId)
  })

  it('names the checklist items still blocking departure once accepted', async () => {
    const { student, id } = await applicationIn(handle.db, ex, 'accepted', 'dash-accepted')
    const [app] = (await dashboard(student)).applications
    expect(app).toMatchObject({ id, next_steps: ['confirm', 'decline'], missing_documents: [] })
    expect(app!.missing_checklist.length).toBeGreaterThan(0)
  })

  it('leaves out applications that are over', async () => {
    const { student } = await applicationIn(handle.db, ex, 'home_rejected', 'dash-rejected')
    expect((await dashboard(student)).applications).toEqual([])
  })
})

describe('the dashboard of an office', () => {
  it('shows the home office what was submitted and the host office what was nominated, not the other way round', async () => {
    const { student, id, revision } = await completeDraft(handle.db, ex, 'dash-queue')
    await asUser(handle.db, student, tx => takeStep(tx, student, id, { action: 'submit', revision }))
    const home = await dashboard(ex.homeOffice)
    expect(home.reviews.filter(r => r.id === id)).toEqual([expect.objectContaining({ queue: 'outgoing', state: 'submitted' })])
    expect((await dashboard(ex.hostOffice)).reviews.map(r => r.id)).not.toContain(id)

    const app = await asUser(handle.db, ex.homeOffice, tx => tx.selectFrom('applications').select('revision').where('id', '=', id).executeTakeFirstOrThrow())
    await asUser(handle.db, ex.homeOffice, tx => takeStep(tx, ex.homeOffice, id, { action: 'nominate', revision: app.revision }))
    expect((await dashboard(ex.homeOffice)).reviews.map(r => r.id)).not.toContain(id)
    expect((await dashboard(ex.hostOffice)).reviews.filter(r => r.id === id)).toEqual([expect.objectContaining({ queue: 'incoming', state: 'nominated' })])
  })
})

describe('the dashboard of partner staff', () => {
  it('asks each party for its approval, then its signature, and forgets the agreement once it acted', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const [a, b] = setup.staff as [Actor, Actor]
    const id = await draftAgreement(handle.db, setup)
    expect((await dashboard(a)).approvals).toEqual([])
    await asUser(handle.db, a, tx => transitionByParty(tx, a, id, 'open_negotiation'))
    expect((await dashboard(b)).approvals).toEqual([expect.objectContaining({ id, step: 'approve', institution_id: setup.institutionIds[1] })])
    await asUser(handle.db, a, tx => approveVersion(tx, a, id, { version: 1, institutionId: setup.institutionIds[0]! }))
    expect((await dashboard(a)).approvals).toEqual([])
    await asUser(handle.db, b, tx => approveVersion(tx, b, id, { version: 1, institutionId: setup.institutionIds[1]! }))
    expect((await dashboard(a)).approvals).toEqual([expect.objectContaining({ id, step: 'sign' })])
    await asUser(handle.db, a, tx => signVersion(tx, a, id, { version: 1, institutionId: setup.institutionIds[0]!, signatoryName: 'Signer', fileId: null }))
    expect((await dashboard(a)).approvals).toEqual([])
    expect((await dashboard(b)).approvals.map(x => x.step)).toEqual(['sign'])
    // A student of a party institution is not asked.
    const student = await personWithRole(handle.db, 'dash-party-student', setup.institutionIds[1]!, 'student')
    expect((await dashboard(student)).approvals).toEqual([])
  })
})

describe('the dashboard of the secretariat', () => {
  it('shows meetings coming up within two months, soonest first, and not those of bodies others sit on to outsiders', async () => {
    const secretariat = await createSecretariat(handle.db, 'dash-secretariat')
    const bodyId = await createBodyRow(handle.db)
    const soon = await meetingIn(3, bodyId)
    const later = await meetingIn(20, bodyId)
    await meetingIn(90, bodyId)
    await meetingIn(-2, bodyId)
    const meetings = (await dashboard(secretariat)).deadlines.filter(d => d.kind === 'meeting').map(d => d.id)
    expect(meetings).toEqual([soon, later])
    const member = await personWithRole(handle.db, 'dash-member', ex.home, 'teacher')
    expect((await dashboard(member)).deadlines.filter(d => d.kind === 'meeting')).toEqual([])
    await seat(handle.db, bodyId, member, ex.home)
    expect((await dashboard(member)).deadlines.filter(d => d.kind === 'meeting').map(d => d.id)).toEqual([soon, later])
  })
})

describe('what the newer modules wait for', () => {
  it('tells the person offered a freed place to accept or decline it, linking to their registrations, and forgets it once answered', async () => {
    const act = await openActivity(handle.db, { capacity: 1 })
    const [first, waiting] = await peopleOf(handle.db, act.partners[0]!, 2)
    const held = await registerSelf(handle.db, first!, act.activityId)
    const queued = await registerSelf(handle.db, waiting!, act.activityId)
    expect((await dashboard(waiting!)).tasks).toEqual([])
    await asUser(handle.db, first!, tx => takeRegistrationStep(tx, first!, held.id, 'cancel'))
    const board = await dashboard(waiting!)
    expect(board.tasks).toEqual([{ kind: 'offers', count: 1, link: '/calendar/mine' }])
    await asUser(handle.db, waiting!, tx => takeRegistrationStep(tx, waiting!, queued.id, 'accept'))
    expect((await dashboard(waiting!)).tasks).toEqual([])
    // The one who cancelled, and the activity's organiser, have nothing of it to do.
    expect((await dashboard(first!)).tasks).toEqual([])
    expect((await dashboard(act.organiser)).tasks.filter(t => t.kind === 'offers')).toEqual([])
  })
})

describe('learning agreements waiting for a signature', () => {
  it('asks each party of a proposed version to sign it, as that party, until they have', async () => {
    const app = await applicationIn(handle.db, ex, 'nominated', 'dash-la')
    const laId = await asUser(handle.db, app.student, tx => createLearningAgreement(tx, app.student, app.id))
    const lines = (['host', 'home'] as const).map(side => ({
      side, code: `${side.toUpperCase()}1`, title: { en: 'Robotics' }, credits: 3, creditLabel: 'ECTS', term: '2027', recognitionGroup: 'A', courseUnitId: null,
    }))
    await asUser(handle.db, app.student, tx => editDraft(tx, app.student, laId, { version: 1, revision: 1, components: lines }))
    // A draft waits for nobody's signature.
    expect((await dashboard(app.student)).learningAgreements).toEqual([])
    const { contentHash } = await asUser(handle.db, app.student, tx => proposeVersion(tx, app.student, laId, { version: 1, revision: 2 }))
    const waiting = (who: Actor) => dashboard(who).then(b => b.learningAgreements.filter(l => l.id === laId))

    expect(await waiting(app.student)).toEqual([expect.objectContaining({ application_id: app.id, version: 1, parties: ['student'], student_name: expect.any(String) })])
    expect(await waiting(ex.homeOffice)).toEqual([expect.objectContaining({ parties: ['sending'] })])
    expect(await waiting(ex.hostOffice)).toEqual([expect.objectContaining({ parties: ['receiving'] })])
    expect(await waiting(await personWithRole(handle.db, 'dash-la-classmate', ex.home, 'student'))).toEqual([])

    const sign = (who: Actor, party: 'student' | 'sending' | 'receiving') =>
      asUser(handle.db, who, tx => signLearningAgreement(tx, who, laId, { version: 1, party, contentHash: contentHash! }))
    await sign(app.student, 'student')
    expect(await waiting(app.student)).toEqual([])
    expect(await waiting(ex.homeOffice)).toEqual([expect.objectContaining({ parties: ['sending'] })])
    await sign(ex.homeOffice, 'sending')
    await sign(ex.hostOffice, 'receiving')
    expect(await waiting(ex.hostOffice)).toEqual([])
  })
})
