import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { reloadHolidays, seedHolidays } from '../../server/domain/calendar/holidays'
import { holidaySeed } from '../../server/domain/calendar/holiday-seed'
import { createInstitutionRow, freshDatabase } from './helpers'
import { createSecretariat, personWithRole } from './rls-fixtures'

let handle: DatabaseHandle, db: Db, sec: Actor, office: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  sec = await createSecretariat(db)
  office = await personWithRole(db, 'office', await createInstitutionRow(db), 'office_staff')
})
afterAll(() => handle.close())

const row = (country: string, day: string) => asService(db, 'test check', tx => tx.selectFrom('public_holidays')
  .select(['id', 'kind', 'name', 'source', 'edited_by']).where('country', '=', country).where('day', '=', day).execute())
const auditCount = () => asService(db, 'test check', async tx => Number((await tx.selectFrom('audit_log').select(eb => eb.fn.countAll().as('n'))
  .where('entity', '=', 'public_holidays').executeTakeFirstOrThrow()).n))

describe('seeding holidays from the library', () => {
  it('writes every row of the seed: Songkran for Thailand, China\'s make-up working days as working days', async () => {
    const result = await seedHolidays(db)
    expect(result).toEqual({ inserted: holidaySeed().length, updated: 0, kept_edited: 0 })
    expect((await row('TH', '2026-04-14')).map(r => r.kind)).toEqual(['public'])
    expect((await row('CN', '2026-02-28')).map(r => r.kind)).toEqual(['makeup_workday'])
    expect((await row('KH', '2026-11-09'))[0]?.name.km).toBe('ពិធីបុណ្យឯករាជ្យជាតិ')
  })

  it('running it again changes nothing and audits nothing', async () => {
    const before = await auditCount()
    expect(await seedHolidays(db)).toEqual({ inserted: 0, updated: 0, kept_edited: 0 })
    expect(await auditCount()).toBe(before)
  })

  it('the secretariat\'s reload keeps a row it edited, refreshes a stale library row and restores a missing one', async () => {
    const [songkran] = await row('TH', '2026-04-13')
    await asUser(db, sec, tx => tx.updateTable('public_holidays').set({ name: JSON.stringify({ en: 'Songkran (office closed)' }) }).where('id', '=', songkran!.id).execute())
    const [chakri] = await row('TH', '2026-04-06')
    await asService(db, 'test fixture', async (tx) => {
      await tx.updateTable('public_holidays').set({ name: JSON.stringify({ en: 'Outdated name' }) }).where('id', '=', chakri!.id).execute()
      await tx.deleteFrom('public_holidays').where('country', '=', 'VN').where('day', '=', '2026-09-02').execute()
    })

    const result = await asUser(db, sec, tx => reloadHolidays(tx))

    expect(result).toEqual({ inserted: 1, updated: 1, kept_edited: 1 })
    expect((await row('TH', '2026-04-13'))[0]).toMatchObject({ name: { en: 'Songkran (office closed)' }, edited_by: sec.id })
    expect((await row('TH', '2026-04-06'))[0]?.name).toMatchObject({ en: 'Chakri Memorial Day', th: 'วันจักรี' })
    expect((await row('VN', '2026-09-02'))[0]?.name.vi).toBe('Quốc khánh')
  })

  it('the reload is audited as the secretariat\'s act, and leaves its rows unmarked as library rows', async () => {
    const [national] = await row('VN', '2026-09-02')
    expect(national?.edited_by).toBeNull()
    const audit = await asService(db, 'test check', tx => tx.selectFrom('audit_log').select(['actor_id', 'action'])
      .where('entity', '=', 'public_holidays').where('entity_id', '=', national!.id).execute())
    expect(audit).toEqual([{ actor_id: sec.id, action: 'insert' }])
  })

  it('an office may not reload from the library', async () => {
    await expect(asUser(db, office, tx => reloadHolidays(tx))).rejects.toMatchObject({ statusCode: 403 })
  })
})
