import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { notify, type Audience } from '../../server/domain/notifications/notify'
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
