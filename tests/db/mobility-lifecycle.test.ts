import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { takeStep } from '../../server/domain/mobility/steps'
import { translate } from '../../server/i18n/messages'
import { resolveLocalizedText, type LocalizedText } from '../../shared/localized-text'
import type { LocaleCode } from '../../shared/locales'
import { APPLICATION_TRANSITIONS, HOST_VISIBLE_STATES, type ApplicationAction, type ApplicationSide } from '../../shared/mobility/lifecycle'
import { APPLICATION_STATES, type ApplicationState } from '../../shared/mobility/vocabulary'
import { createInstitutionRow, freshDatabase } from './helpers'
import { personWithRole } from './rls-fixtures'
import { loadLocaleFiles } from './agreement-fixtures'
import { applicationIn, applicationRow, openExchange, type Exchange } from './mobility-fixtures'

let handle: DatabaseHandle, db: Db
// One exchange with room for every nomination; each office has a second staff member, who is told of
// the steps their colleague takes. The host's colleague and every applicant read the portal in Vietnamese.
let ex: Exchange, homeColleague: Actor, hostColleague: Actor, callTitle: LocalizedText
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
  ex = await openExchange(db, 1000)
  homeColleague = await personWithRole(db, 'home-colleague', ex.home, 'office_staff')
  hostColleague = await personWithRole(db, 'host-colleague', ex.host, 'partner_staff')
  await speaksVietnamese(hostColleague)
  callTitle = (await asService(db, 'test check', tx => tx.selectFrom('calls').select('title').where('id', '=', ex.callId).executeTakeFirstOrThrow())).title
})
afterAll(() => handle.close())

const SIDES: readonly ApplicationSide[] = ['applicant', 'home', 'host']
const speaksVietnamese = (person: Actor) => asService(db, 'test: a Vietnamese-speaking person', tx =>
  tx.updateTable('profiles').set({ preferred_locale: 'vi' }).where('id', '=', person.id).execute())
/** A new applicant's application in `state`; applicants here read the portal in Vietnamese. */
async function applicationAt(state: ApplicationState) {
  const app = await applicationIn(db, ex, state)
  await speaksVietnamese(app.student)
  return app
}
const actorOf = (side: ApplicationSide, applicant: Actor) => side === 'applicant' ? applicant : side === 'home' ? ex.homeOffice : ex.hostOffice
/** Whether a side can open the application at all: the host only from the nomination on. */
const sees = (side: ApplicationSide, state: ApplicationState) => side !== 'host' || HOST_VISIBLE_STATES.includes(state)
/** A step as the service takes it for a request, on the revision the person sees now. */
async function step(actor: Actor, id: string, action: ApplicationAction, text?: string) {
  const { revision } = await applicationRow(db, id)
  return asUser(db, actor, tx => takeStep(tx, actor, id, { action, revision, text }))
}
const refused = (statusCode: number, key: string) => ({ statusCode, data: { key } })
/** What a step left behind: its events, the audit of the actor's change, in-app notices and mail. */
const traces = (id: string) => asService(db, 'test check', async tx => ({
  events: await tx.selectFrom('application_events').select(['action', 'from_state', 'to_state', 'actor_id', 'text']).where('application_id', '=', id).execute(),
  audit: await tx.selectFrom('audit_log').select(['actor_id', 'before', 'after']).where('entity', '=', 'applications').where('entity_id', '=', id)
    .where('action', '=', 'update').where('actor_id', 'is not', null).execute(),
  notices: await tx.selectFrom('notifications').select(['user_id', 'kind']).where('link', '=', `/mobility/applications/${id}`).execute(),
  mail: await tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject']).where('template', '=', 'mobility.stateChanged')
    .where('body', 'like', `%/mobility/applications/${id}%`).execute(),
}))
const subject = (locale: LocaleCode, state: ApplicationState) => translate(locale, 'mail.mobility.stateChanged.subject', {
  call: resolveLocalizedText(callTitle, locale).text, state: translate(locale, `mobility.states.${state}`),
})

const allowed = APPLICATION_TRANSITIONS.flatMap(t => t.from.flatMap(from => t.by.map(side => ({
  action: t.action, from, to: t.to, side, notify: t.notify, textRequired: Boolean(t.textRequired),
}))))
const wrongSide = APPLICATION_TRANSITIONS.flatMap(t => t.from.flatMap(from => SIDES.filter(side => !t.by.includes(side))
  .map(side => ({ action: t.action, from, side, expected: sees(side, from) ? refused(403, 'mobility.errors.notYourStep') : refused(404, 'errors.notFound') }))))
const notAllowed = APPLICATION_TRANSITIONS.flatMap(t => APPLICATION_STATES.filter(state => !t.from.includes(state))
  .map(state => ({ action: t.action, state, side: t.by.find(side => sees(side, state)) ?? 'home' as ApplicationSide })))
const needText = APPLICATION_TRANSITIONS.filter(t => t.textRequired).flatMap(t => t.from.map(from => ({ action: t.action, from, side: t.by[0]! })))

describe('every step the lifecycle table allows', () => {
  it.each(allowed)('$side can $action an application that is $from: it becomes $to, is logged, and those of $notify who can see it are told in their language', async ({ action, from, to, side, notify, textRequired }) => {
    const { student, id, revision } = await applicationAt(from)
    const actor = actorOf(side, student)
    const text = textRequired ? `Why: ${action} from ${from}` : undefined
    expect(await step(actor, id, action, text)).toEqual({ state: to, revision: revision + 1 })
    expect(await applicationRow(db, id)).toMatchObject({ state: to, revision: revision + 1 })

    const { events, audit, notices, mail } = await traces(id)
    expect(events).toEqual([{ action, from_state: from, to_state: to, actor_id: actor.id, text: text ?? null }])
    const stateChanges = audit.filter(a => a.before?.state !== a.after?.state)
    expect(stateChanges.map(a => [a.actor_id, a.before?.state, a.after?.state])).toEqual([[actor.id, from, to]])
    // The other side(s) are told, never the person who acted; the host only of an application it can see.
    const people: Record<ApplicationSide, Actor[]> = { applicant: [student], home: [ex.homeOffice, homeColleague], host: [ex.hostOffice, hostColleague] }
    const told = notify.filter(s => s !== 'host' || sees('host', from) || sees('host', to))
      .flatMap(s => people[s]).map(p => p.id).filter(p => p !== actor.id)
    expect(notices.map(n => n.user_id).sort()).toEqual([...new Set(told)].sort())
    expect(notices.every(n => n.kind === 'mobility.stateChanged')).toBe(true)
    const localeOf = (userId: string): LocaleCode => [student.id, hostColleague.id].includes(userId) ? 'vi' : 'en'
    expect(mail.map(m => [m.to_user_id, m.locale, m.subject]).sort())
      .toEqual([...new Set(told)].map(p => [p, localeOf(p), subject(localeOf(p), to)]).sort())
  })
})

describe('notices in the reader\'s language', () => {
  it('tell a Vietnamese-speaking applicant of their nomination in Vietnamese, in-app and by mail, and the host office in English', async () => {
    const { student, id } = await applicationAt('submitted')
    await step(ex.homeOffice, id, 'nominate')
    const { notices, mail } = await asService(db, 'test check', async tx => ({
      notices: await tx.selectFrom('notifications').select(['user_id', 'params']).where('link', '=', `/mobility/applications/${id}`).execute(),
      mail: await tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject', 'body']).where('body', 'like', `%/mobility/applications/${id}%`).execute(),
    }))
    // In-app: stored once, raw, the same for both (read in each reader's locale of the moment); the mail is in theirs.
    expect(notices.find(n => n.user_id === student.id)?.params).toEqual({ call: { en: 'Spring 2027 exchange call' }, state: { key: 'mobility.states.nominated' } })
    expect(notices.find(n => n.user_id === ex.hostOffice.id)?.params).toEqual(notices.find(n => n.user_id === student.id)?.params)
    const toStudent = mail.find(m => m.to_user_id === student.id)!
    expect(toStudent).toMatchObject({ locale: 'vi', subject: 'Hồ sơ đăng ký “Spring 2027 exchange call”: Đã được đề cử' })
    expect(toStudent.body).toContain(`/vi/mobility/applications/${id}`)
    expect(mail.find(m => m.to_user_id === ex.hostOffice.id)).toMatchObject({ locale: 'en', subject: 'Application for “Spring 2027 exchange call”: Nominated' })
  })
})

describe('steps that are refused', () => {
  // One application per state; a refused step changes nothing, so they are shared.
  const at = new Map<ApplicationState, Awaited<ReturnType<typeof applicationAt>>>()
  beforeAll(async () => {
    for (const state of APPLICATION_STATES) at.set(state, await applicationAt(state))
  })
  async function expectUntouched(state: ApplicationState) {
    const { id, revision } = at.get(state)!
    expect(await applicationRow(db, id)).toMatchObject({ state, revision })
    const { events, notices, mail } = await traces(id)
    expect([events, notices, mail]).toEqual([[], [], []])
  }

  it.each(wrongSide)('$side cannot $action an application that is $from (not their step) and it stays $from', async ({ action, from, side, expected }) => {
    const { student, id } = at.get(from)!
    await expect(step(actorOf(side, student), id, action, 'A reason')).rejects.toMatchObject(expected)
    await expectUntouched(from)
  })

  it.each(notAllowed)('$action is refused with 409 for an application that is $state, even for $side, and it stays $state', async ({ action, state, side }) => {
    const { student, id } = at.get(state)!
    await expect(step(actorOf(side, student), id, action, 'A reason')).rejects.toMatchObject(refused(409, 'mobility.errors.transitionNotAllowed'))
    await expectUntouched(state)
  })

  it.each(needText)('$action of an application that is $from needs a text: without one it is refused with 422', async ({ action, from, side }) => {
    const { student, id } = at.get(from)!
    for (const text of [undefined, '']) {
      await expect(step(actorOf(side, student), id, action, text)).rejects.toMatchObject(refused(422, 'mobility.errors.textRequired'))
    }
    await expectUntouched(from)
  })

  it('staff of an institution outside the exchange cannot even find an application, in any state', async () => {
    const stranger = await personWithRole(db, 'stranger', await createInstitutionRow(db), 'office_staff')
    for (const state of ['submitted', 'nominated', 'confirmed'] as const) {
      await expect(step(stranger, at.get(state)!.id, 'withdraw')).rejects.toMatchObject({ statusCode: 404 })
      await expectUntouched(state)
    }
  })
})

describe('the lifecycle in the database', () => {
  it('has the same steps as the app: application_transitions equals APPLICATION_TRANSITIONS', async () => {
    const { student } = await applicationAt('draft')
    const rows = await asUser(db, student, tx => tx.selectFrom('application_transitions').select(['action', 'from_state', 'to_state', 'side']).execute())
    const expected = APPLICATION_TRANSITIONS.flatMap(t => t.from.flatMap(from => t.by.map(side => `${t.action} ${from}->${t.to} by ${side}`)))
    expect(new Set(expected).size).toBe(expected.length)
    expect(rows.map(r => `${r.action} ${r.from_state}->${r.to_state} by ${r.side}`).sort()).toEqual(expected.sort())
  })

  /** An UPDATE of the state column by a person talking to the database directly, with their own claims. */
  const directly = (actor: Actor, id: string, state: ApplicationState) =>
    asUser(db, actor, async tx => Number((await tx.updateTable('applications').set({ state }).where('id', '=', id).executeTakeFirst()).numUpdatedRows))

  it('refuses an applicant who sets their own nominated application to accepted directly (42501)', async () => {
    const { student, id } = await applicationAt('nominated')
    await expect(directly(student, id, 'accepted')).rejects.toMatchObject({ code: '42501' })
    expect((await applicationRow(db, id)).state).toBe('nominated')
  })

  it('refuses an applicant who jumps their draft straight to accepted (42501)', async () => {
    const { student, id } = await applicationAt('draft')
    await expect(directly(student, id, 'accepted')).rejects.toMatchObject({ code: '42501' })
    expect((await applicationRow(db, id)).state).toBe('draft')
  })

  it.each(allowed)('lets $side take the listed step $from -> $to directly', async ({ from, to, side }) => {
    const { student, id } = await applicationAt(from)
    expect(await directly(actorOf(side, student), id, to)).toBe(1)
    expect((await applicationRow(db, id)).state).toBe(to)
  })

  const directWrongSide = APPLICATION_TRANSITIONS.flatMap(t => t.from.flatMap(from => SIDES.filter(side => !t.by.includes(side) && sees(side, from))
    .map(side => ({ from, to: t.to, side }))))
  it.each(directWrongSide)('refuses $side setting $from -> $to directly, a step that is not theirs (42501)', async ({ from, to, side }) => {
    const { student, id } = await applicationAt(from)
    await expect(directly(actorOf(side, student), id, to)).rejects.toMatchObject({ code: '42501' })
    expect((await applicationRow(db, id)).state).toBe(from)
  })
})
