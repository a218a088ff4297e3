import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { saveApplication } from '../../server/domain/mobility/applications'
import { createProgram, findProgram } from '../../server/domain/mobility/programs'
import { takeStep } from '../../server/domain/mobility/steps'
import { freshDatabase } from './helpers'
import { loadLocaleFiles } from './agreement-fixtures'
import { COMPLETE_FORM, completeDraft, openExchange } from './mobility-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

describe('a passport must outlast the mobility by the program’s margin', () => {
  it('refuses to submit with a passport that expires before the program ends plus six months, naming the field and the day', async () => {
    const db = handle.db
    // The fixture's program ends on 2027-07-15: the passport must reach 2028-01-15.
    const ex = await openExchange(db)
    const { student, id, revision } = await completeDraft(db, ex)
    const withExpiry = (passportExpiry: string, rev: number) => asUser(db, student, tx => saveApplication(tx, student, id, {
      revision: rev, form: COMPLETE_FORM, private: { passportNumber: 'C1234567', passportExpiry, nationality: 'VN' },
    }))
    const submit = (rev: number) => asUser(db, student, tx => takeStep(tx, student, id, { action: 'submit', revision: rev }))

    let saved = await withExpiry('2020-03-01', revision)
    await expect(submit(saved.revision)).rejects.toMatchObject({
      statusCode: 422, data: { key: 'mobility.errors.passportExpiresTooSoon', params: { field: 'private.passportExpiry', date: '2028-01-15', months: 6 } },
    })
    saved = await withExpiry('2028-01-14', saved.revision)
    await expect(submit(saved.revision)).rejects.toMatchObject({ statusCode: 422, data: { key: 'mobility.errors.passportExpiresTooSoon' } })
    saved = await withExpiry('2028-01-15', saved.revision)
    await expect(submit(saved.revision)).resolves.toMatchObject({ state: 'submitted' })
  })

  it('keeps the margin a program sets, and six when it sets none', async () => {
    const db = handle.db
    const ex = await openExchange(db)
    expect((await asUser(db, ex.hostOffice, tx => findProgram(tx, ex.programId))).passport_margin_months).toBe(6)
    const base = await asUser(db, ex.hostOffice, tx => findProgram(tx, ex.programId))
    const shortMargin = await asUser(db, ex.hostOffice, tx => createProgram(tx, ex.hostOffice, {
      type: 'semester_exchange', title: { en: 'Short margin' }, description: {}, hostInstitutionId: ex.host, sendingInstitutionIds: [ex.home],
      agreementId: null, conditionId: null, startsOn: base.starts_on, endsOn: base.ends_on, places: 1, passportMarginMonths: 1,
      eligibility: { levels: [], iscedCodes: [], language: null, languageLevel: null }, requiredDocuments: [], costs: {}, funding: {},
    }))
    expect((await asUser(db, ex.hostOffice, tx => findProgram(tx, shortMargin))).passport_margin_months).toBe(1)
  })
})
