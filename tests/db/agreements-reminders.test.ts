import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { runAgreementLifecycle } from '../../server/domain/agreements/reminders'
import { translate } from '../../server/i18n/messages'
import { REMINDER_THRESHOLDS } from '../../shared/agreements/lifecycle'
import { freshDatabase } from './helpers'
import { createAgreement } from '../../server/domain/agreements/agreements'
import { personWithRole } from './rls-fixtures'
import { createInput, draftAgreement, loadLocaleFiles, partiesWithStaff, type PartySetup } from './agreement-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// Each party's contact is its staff member: a reads English, b Thai.
let setup: PartySetup, a: Actor, b: Actor
beforeAll(async () => {
  setup = await partiesWithStaff(db, 2)
  ;[a, b] = setup.staff as [Actor, Actor]
  await asService(db, 'test: a Thai-speaking contact', tx => tx.updateTable('profiles').set({ preferred_locale: 'th' }).where('id', '=', b.id).execute())
})
// The job looks at every agreement in force: end each test's agreements so the next test starts alone.
afterEach(() => asService(db, 'test cleanup', tx => tx.updateTable('agreements').set({ state: 'terminated' }).where('state', 'in', ['active', 'expiring']).execute()))

const END = '2031-08-31'
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
/** The day that leaves `days` days until the end date. */
const daysBefore = (days: number, end = END) => addDays(end, -days)

async function activeAgreement(autoRenew = false): Promise<string> {
  const id = await draftAgreement(db, setup, { endsOn: END, autoRenew })
  await asService(db, 'test: a signed agreement', tx => tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', id).execute())
  return id
}
const run = (today: string) => runAgreementLifecycle(db, today)
const check = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test check', fn)
const agreement = (id: string) => check(tx => tx.selectFrom('agreements').select(['state', 'ends_on', 'auto_renew']).where('id', '=', id).executeTakeFirstOrThrow())
const reminderMail = (id: string) => check(tx => tx.selectFrom('mail_outbox').select(['to_user_id', 'locale', 'subject'])
  .where('template', '=', 'agreements.expiryReminder').where('body', 'like', `%/agreements/${id}%`).orderBy('created_at').execute())
const recipients = async (id: string) => (await reminderMail(id)).map(m => m.to_user_id).sort()
const reminderSubject = (locale: string, title: string, days: number) =>
  translate(locale, 'mail.agreements.expiryReminder.subject', { title, days, endsOn: END })
const { title } = createInput({ institutionIds: [], staff: [] })

describe('the daily agreement job, before the end', () => {
  it('does nothing 120 days before the end', async () => {
    const id = await activeAgreement()
    expect(await run(daysBefore(120))).toEqual({ flagged: 0, reminded: 0, expired: 0, renewed: 0 })
    expect((await agreement(id)).state).toBe('active')
    expect(await reminderMail(id)).toEqual([])
  })

  it('90 days before the end flags the agreement as expiring and mails each party\'s contact once', async () => {
    const id = await activeAgreement()
    expect(await run(daysBefore(REMINDER_THRESHOLDS[0]))).toEqual({ flagged: 1, reminded: 1, expired: 0, renewed: 0 })
    expect((await agreement(id)).state).toBe('expiring')
    expect(await recipients(id)).toEqual([a.id, b.id].sort())
    const notices = await check(tx => tx.selectFrom('notifications').select('user_id')
      .where('kind', '=', 'agreements.expiryReminder').where('link', '=', `/agreements/${id}`).execute())
    expect(notices.map(n => n.user_id).sort()).toEqual([a.id, b.id].sort())
  })

  it('writes the reminder in each contact\'s own language', async () => {
    const id = await activeAgreement()
    await run(daysBefore(90))
    const mail = await reminderMail(id)
    expect(mail.find(m => m.to_user_id === a.id)).toMatchObject({ locale: 'en', subject: reminderSubject('en', title.en!, 90) })
    const thai = mail.find(m => m.to_user_id === b.id)!
    expect(thai).toMatchObject({ locale: 'th', subject: reminderSubject('th', title.th!, 90) })
    expect(thai.subject).not.toBe(reminderSubject('en', title.th!, 90))
  })

  it('sends nothing more when it runs again the same day or the next day', async () => {
    const id = await activeAgreement()
    await run(daysBefore(90))
    expect(await run(daysBefore(90))).toMatchObject({ flagged: 0, reminded: 0 })
    expect(await run(daysBefore(89))).toMatchObject({ flagged: 0, reminded: 0 })
    expect(await recipients(id)).toEqual([a.id, b.id].sort())
    expect((await agreement(id)).state).toBe('expiring')
  })

  it('mails once more 30 days before the end, and not in between or after', async () => {
    const id = await activeAgreement()
    for (const days of [90, 60, 31]) await run(daysBefore(days))
    expect(await reminderMail(id)).toHaveLength(2)
    expect(await run(daysBefore(30))).toMatchObject({ reminded: 1 })
    await run(daysBefore(29))
    const mail = await reminderMail(id)
    expect(mail).toHaveLength(4)
    const toA = mail.filter(m => m.to_user_id === a.id).map(m => m.subject)
    expect(toA).toEqual([reminderSubject('en', title.en!, 90), reminderSubject('en', title.en!, 30)])
  })

  it('sends a single reminder, with the days really left, when the job first runs 20 days before the end', async () => {
    const id = await activeAgreement()
    expect(await run(daysBefore(20))).toEqual({ flagged: 1, reminded: 1, expired: 0, renewed: 0 })
    await run(daysBefore(19))
    const mail = await reminderMail(id)
    expect(mail.map(m => m.to_user_id).sort()).toEqual([a.id, b.id].sort())
    expect(mail.find(m => m.to_user_id === a.id)!.subject).toBe(reminderSubject('en', title.en!, 20))
    const recorded = await check(tx => tx.selectFrom('agreement_reminders').select('threshold_days').where('agreement_id', '=', id).execute())
    expect(recorded.map(r => r.threshold_days).sort()).toEqual([30, 90])
  })

  it('reaches every staff member of a party that named no contact person', async () => {
    const bOffice = await personWithRole(db, 'b-office', setup.institutionIds[1]!, 'office_staff')
    const input = createInput(setup, { endsOn: END })
    input.parties[1]!.contactUserId = null
    const id = await asUser(db, a, tx => createAgreement(tx, a, input))
    await asService(db, 'test: a signed agreement', tx => tx.updateTable('agreements').set({ state: 'active' }).where('id', '=', id).execute())
    await run(daysBefore(90))
    expect(await recipients(id)).toEqual([a.id, b.id, bOffice.id].sort())
  })

  it('reminds again when the end date changes to a later one', async () => {
    const id = await activeAgreement()
    await run(daysBefore(90))
    const later = addDays(END, 365)
    await asService(db, 'test: the term is extended', tx => tx.updateTable('agreements').set({ ends_on: later }).where('id', '=', id).execute())
    await run(daysBefore(89))
    expect(await reminderMail(id)).toHaveLength(2)
    await run(daysBefore(90, later))
    await run(daysBefore(90, later))
    expect(await reminderMail(id)).toHaveLength(4)
  })
})

describe('the daily agreement job, at the end', () => {
  it('keeps the agreement in force on its last day and expires it the day after when it does not renew itself', async () => {
    const id = await activeAgreement()
    await run(END)
    expect((await agreement(id)).state).toBe('expiring')
    expect(await run(addDays(END, 1))).toMatchObject({ expired: 1, renewed: 0 })
    expect((await agreement(id)).state).toBe('expired')
    expect(await check(tx => tx.selectFrom('agreements').select('id').where('renewed_from', '=', id).execute())).toEqual([])
  })

  it('renews an agreement that renews itself: a successor in force from the next day, with the same parties', async () => {
    const id = await activeAgreement(true)
    expect(await run(addDays(END, 1))).toMatchObject({ expired: 0, renewed: 1 })
    expect((await agreement(id)).state).toBe('renewed')
    const successor = await check(tx => tx.selectFrom('agreements').select(['id', 'state', 'renewed_from', 'starts_on', 'auto_renew', 'current_version'])
      .where('renewed_from', '=', id).executeTakeFirstOrThrow())
    expect(successor).toMatchObject({ state: 'active', renewed_from: id, starts_on: addDays(END, 1), auto_renew: true, current_version: 1 })
    const parties = (agreementId: string) => check(tx => tx.selectFrom('agreement_parties').select('institution_id')
      .where('agreement_id', '=', agreementId).orderBy('institution_id').execute())
    expect(await parties(successor.id)).toEqual(await parties(id))
    const version = await check(tx => tx.selectFrom('agreement_versions').select('content').where('agreement_id', '=', successor.id).executeTakeFirstOrThrow())
    expect(version.content.startsOn).toBe(addDays(END, 1))
  })

  it('reminds the parties of the renewed term 90 days before its own end', async () => {
    const id = await activeAgreement(true)
    await run(daysBefore(90))
    await run(addDays(END, 1))
    const successor = await check(tx => tx.selectFrom('agreements').select(['id', 'ends_on']).where('renewed_from', '=', id).executeTakeFirstOrThrow())
    await run(daysBefore(91, successor.ends_on!))
    expect(await reminderMail(successor.id)).toEqual([])
    await run(daysBefore(90, successor.ends_on!))
    expect(await recipients(successor.id)).toEqual([a.id, b.id].sort())
    expect((await agreement(successor.id)).state).toBe('expiring')
  })
})
