import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { notify, listNotifications, type Audience } from '../../server/domain/notifications/notify'
import { translate } from '../../server/i18n/messages'
import { noticeSubjectKey, resolveNoticeParams } from '../../shared/notices'
import type { LocaleCode } from '../../shared/locales'
import { loadLocaleFiles } from './agreement-fixtures'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { createSecretariat, personWithRole } from './rls-fixtures'

let handle: DatabaseHandle
let institution: string
let partner: Actor, office: Actor, student: Actor, sec: Actor, bystander: Actor
let serial = 0

beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
  institution = await createInstitutionRow(handle.db)
  partner = await personWithRole(handle.db, 'partner', institution, 'partner_staff')
  office = await personWithRole(handle.db, 'office', institution, 'office_staff')
  student = await personWithRole(handle.db, 'student', institution, 'student')
  sec = await createSecretariat(handle.db)
  bystander = await createPerson(handle.db, 'bystander')
})
afterAll(() => handle.close())

/** Sends one notice to audience as `by` (null: a job, which acts for nobody); who got it in-app, and who by mail. */
async function told(by: Actor | null, audience: Audience) {
  const link = `/test/${++serial}`
  const notice = { kind: 'governance.joinRequested', params: { name: { en: 'Red River College' } }, link }
  const count = by ? await asUser(handle.db, by, tx => notify(tx, audience, notice)) : await asService(handle.db, 'test: a job', tx => notify(tx, audience, notice))
  return asService(handle.db, 'test check', async tx => ({
    count,
    inApp: (await tx.selectFrom('notifications').select('user_id').where('link', '=', link).execute()).map(r => r.user_id).sort(),
    mailed: (await tx.selectFrom('mail_outbox').select('to_user_id').where('body', 'like', `%${link}%`).execute()).map(r => r.to_user_id).sort(),
  }))
}

const ids = (...people: Actor[]) => people.map(p => p.id).sort()

describe('one notification path: the person who acted is never told of their own act', () => {
  it('leaves the actor out of a list of people, and tells the others in-app and by mail', async () => {
    expect(await told(partner, { users: [partner.id, bystander.id] })).toEqual({ count: 1, inApp: ids(bystander), mailed: ids(bystander) })
  })

  it('leaves the actor out when they are reached as staff of an institution; staff only, not its students', async () => {
    expect(await told(partner, { staffOf: [institution] })).toEqual({ count: 1, inApp: ids(office), mailed: ids(office) })
    expect(await told(student, { staffOf: [institution] })).toMatchObject({ inApp: ids(partner, office) })
  })

  it('leaves the actor out when they are reached as the secretariat', async () => {
    expect(await told(sec, { secretariat: true, users: [student.id] })).toMatchObject({ inApp: ids(student) })
    expect(await told(bystander, { secretariat: true })).toMatchObject({ inApp: ids(sec) })
  })

  it('tells the actor only when the caller says so', async () => {
    expect(await told(partner, { users: [partner.id], tellActor: true })).toMatchObject({ count: 1, inApp: ids(partner) })
    expect(await told(partner, { users: [partner.id] })).toEqual({ count: 0, inApp: [], mailed: [] })
  })

  it('tells everyone reached once, whoever reaches them twice', async () => {
    const twice = await told(bystander, { users: [office.id, office.id], staffOf: [institution, institution] })
    expect(twice).toMatchObject({ count: 2, inApp: ids(partner, office) })
  })

  it('leaves nobody out of a job\'s notices: a job acts for nobody', async () => {
    expect(await told(null, { users: [partner.id], staffOf: [institution], secretariat: true })).toMatchObject({ inApp: ids(partner, office, sec) })
  })

  it('sends nothing to nobody', async () => {
    expect(await told(partner, {})).toEqual({ count: 0, inApp: [], mailed: [] })
  })
})

/** What the notifications page shows for a stored notice in `locale` (the page does the same with vue-i18n's t). */
function reads(locale: LocaleCode, notice: { kind: string; params: Parameters<typeof resolveNoticeParams>[0] }) {
  return translate(locale, noticeSubjectKey(notice.kind), resolveNoticeParams(notice.params, locale, key => translate(locale, key)))
}

describe('a notice is stored once and read in the reader\'s language of the moment', () => {
  it('reads in Thai, then in Filipino after a switch: state names and multilingual titles translated when read', async () => {
    const link = `/agreements/${crypto.randomUUID()}`
    const title = { en: 'Mechatronics exchange', th: 'ความร่วมมือแลกเปลี่ยนเมคคาทรอนิกส์', fil: 'Palitan sa mekatronika' }
    await asService(handle.db, 'test: a job', tx => notify(tx, { users: [bystander.id] }, {
      kind: 'agreements.stateChanged', params: { title, state: { key: 'agreements.states.in_negotiation' } }, link,
    }))
    const { items } = await asUser(handle.db, bystander, tx => listNotifications(tx, bystander.id))
    const stored = items.find(n => n.link === link)!
    expect(stored).toMatchObject({ kind: 'agreements.stateChanged', params: { title, state: { key: 'agreements.states.in_negotiation' } }, read_at: null })
    expect(reads('th', stored)).toBe('ข้อตกลง “ความร่วมมือแลกเปลี่ยนเมคคาทรอนิกส์” อยู่ในสถานะ: อยู่ระหว่างการเจรจา')
    expect(reads('fil', stored)).toBe('Bagong katayuan ng kasunduang “Palitan sa mekatronika”: Nasa negosasyon')
  })

  it('reads severities and incident types in each locale, and a name missing in that locale falls back to English', async () => {
    const link = `/mobility/applications/${crypto.randomUUID()}`
    await asService(handle.db, 'test: a job', tx => notify(tx, { users: [bystander.id] }, {
      kind: 'mobility.incidentReported', params: { severity: { key: 'mobility.severities.high' }, type: { key: 'mobility.incidentTypes.health' } }, link,
    }))
    await asService(handle.db, 'test: a job', tx => notify(tx, { users: [bystander.id] }, { kind: 'governance.joinRequested', params: { name: { en: 'Red River College' } }, link }))
    const { items } = await asUser(handle.db, bystander, tx => listNotifications(tx, bystander.id))
    const [joined, incident] = items.filter(n => n.link === link)
    expect(reads('th', incident!)).toBe('เหตุการณ์ในต่างประเทศ (สูง): สุขภาพ')
    expect(reads('fil', incident!)).toBe('Insidente sa ibang bansa (Mataas): Kalusugan')
    expect(reads('fil', joined!)).toBe('Kahilingang sumali sa komunidad: Red River College')
  })

  it('still reads a row stored before, with its parameters already rendered (plain text shows as it was)', () => {
    expect(reads('fil', { kind: 'agreements.stateChanged', params: { title: 'Old title', state: 'อยู่ระหว่างการเจรจา' } }))
      .toBe('Bagong katayuan ng kasunduang “Old title”: อยู่ระหว่างการเจรจา')
  })

  it('refuses parameters of another shape', async () => {
    const bad = asService(handle.db, 'test', tx => tx.insertInto('notifications')
      .values({ user_id: bystander.id, kind: 'test.notice', params: JSON.stringify({ state: [1, 2] }), link: '/x' }).execute())
    await expect(bad).rejects.toThrow(/notifications_params_check/)
  })
})

describe('the migration to raw parameters', () => {
  // Its updates, run again over rows written the old way (statements that change rows only, not the schema).
  const updates = readFileSync('supabase/migrations/20261205200000_notices_in_readers_language.sql', 'utf8')
    .split(';').map(statement => statement.trim()).filter(statement => /^update public\.notifications/m.test(statement))

  it('turns a rendered state back into its key when the audited change of the same transaction names it; other text stays', async () => {
    const agreement = crypto.randomUUID()
    await handle.db.transaction().execute(async (tx) => {
      await tx.insertInto('audit_log').values({
        action: 'update', entity: 'agreements', entity_id: agreement,
        before: JSON.stringify({ state: 'draft' }), after: JSON.stringify({ state: 'in_negotiation' }),
      } as never).execute()
      await tx.insertInto('notifications').values([
        { user_id: bystander.id, kind: 'agreements.stateChanged', params: JSON.stringify({ title: 'Old title', state: 'อยู่ระหว่างการเจรจา' }), link: `/agreements/${agreement}` },
        { user_id: bystander.id, kind: 'agreements.stateChanged', params: JSON.stringify({ title: 'Other', state: 'Aktif' }), link: `/agreements/${crypto.randomUUID()}` },
      ]).execute()
    })
    expect(updates).toHaveLength(3)
    for (const update of updates) await sql.raw(update).execute(handle.db)
    const rows = await handle.db.selectFrom('notifications').select(['link', 'params']).where('params', '@>', JSON.stringify({ title: 'Old title' }) as never).execute()
    expect(rows.map(r => r.params)).toEqual([{ title: 'Old title', state: { key: 'agreements.states.in_negotiation' } }])
    const other = await handle.db.selectFrom('notifications').select('params').where('params', '@>', JSON.stringify({ title: 'Other' }) as never).execute()
    expect(other.map(r => r.params)).toEqual([{ title: 'Other', state: 'Aktif' }])
  })
})
