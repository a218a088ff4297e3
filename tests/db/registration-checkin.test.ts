import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { attendanceByPartner, attendanceXlsx, checkIn, checkinList } from '../../server/domain/calendar/checkin'
import { myRegistrations } from '../../server/domain/calendar/registration-lists'
import { freshDatabase } from './helpers'
import { loadLocales } from './governance-fixtures'
import { openActivity, peopleOf, registerSelf, type ActivitySetup } from './registration-fixtures'

let handle: DatabaseHandle, db: Db
let act: ActivitySetup, sessionId: string
let home: Actor[], other: Actor[]
const regs = new Map<Actor, string>()
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  act = await openActivity(db, { capacity: 4 })
  sessionId = (await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select('id').where('activity_id', '=', act.activityId)
    .executeTakeFirstOrThrow())).id
  home = await peopleOf(db, act.partners[0]!, 3, 'student', 'home')
  other = await peopleOf(db, act.partners[1]!, 2, 'student', 'other')
  for (const p of [...home, ...other]) regs.set(p, (await registerSelf(db, p, act.activityId)).id)
})
afterAll(() => handle.close())

const refused = (statusCode: number, key: string) => ({ statusCode, data: expect.objectContaining({ key: `calendar.registration.errors.${key}` }) })
const codeOf = async (p: Actor) => (await asUser(db, p, tx => myRegistrations(tx, p)))[0]!.checkin_code
const checkInBy = (actor: Actor, input: { code?: string; registrationId?: string; sessionId?: string }) =>
  asUser(db, actor, tx => checkIn(tx, actor, act.activityId, { sessionId, ...input }))

describe('check-in at the door', () => {
  it('an organiser checks a person in by the code on their QR, typed in any case; a second time says they already were', async () => {
    const code = await codeOf(home[0]!)
    expect(await checkInBy(act.organiser, { code: code.toLowerCase() })).toMatchObject({ registration_id: regs.get(home[0]!), already: false })
    expect(await checkInBy(act.organiser, { code })).toMatchObject({ already: true })
    await checkInBy(act.organiser, { registrationId: regs.get(other[0]!) })
    const list = await asUser(db, act.organiser, tx => checkinList(tx, act.activityId, null))
    expect(list.session_id).toBe(sessionId)
    expect(list.people.filter(p => p.checked_in_at).map(p => p.id).sort()).toEqual([regs.get(home[0]!), regs.get(other[0]!)].sort())
    expect(list.people).toHaveLength(4)
  })
  it('refuses an unknown code (404), a waitlisted person (409), a session of another activity (404), and anyone but an organiser (403)', async () => {
    await expect(checkInBy(act.organiser, { code: 'ZZZZZZZZZZZZZZZZ' })).rejects.toMatchObject(refused(404, 'codeNotFound'))
    await expect(checkInBy(act.organiser, { registrationId: regs.get(other[1]!) })).rejects.toMatchObject(refused(409, 'notConfirmed'))
    const elsewhere = await openActivity(db)
    const foreignSession = (await asService(db, 'test check', tx => tx.selectFrom('activity_sessions').select('id')
      .where('activity_id', '=', elsewhere.activityId).executeTakeFirstOrThrow())).id
    await expect(checkInBy(act.organiser, { code: await codeOf(home[1]!), sessionId: foreignSession })).rejects.toMatchObject(refused(404, 'sessionNotFound'))
    await expect(checkInBy(act.offices[0]!, { code: await codeOf(home[1]!) })).rejects.toMatchObject(refused(403, 'notOrganiser'))
    await expect(checkInBy(home[1]!, { code: await codeOf(home[1]!) })).rejects.toMatchObject(refused(403, 'notOrganiser'))
  })
  it('attendance per partner: who came of those confirmed, as a share, and the same as XLSX in the viewer\'s language', async () => {
    const partners = await asUser(db, act.organiser, tx => attendanceByPartner(tx, act.activityId))
    expect(partners.map(p => [p.institution_id, p.registered, p.attended, p.share]).sort()).toEqual([
      [act.partners[0]!, 3, 1, 1 / 3], [act.partners[1]!, 1, 1, 1],
    ].sort())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await attendanceXlsx(partners, 'th') as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, 'พันธมิตร', 'ยืนยันแล้ว', 'มาร่วม', 'จำนวนการเช็กอิน', 'สัดส่วน'])
    expect(sheet.rowCount).toBe(3)
  })
})
