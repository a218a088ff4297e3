import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService, asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { saveApplication } from '../../server/domain/mobility/applications'
import { takeStep } from '../../server/domain/mobility/steps'
import type { Eligibility } from '../../shared/schemas/mobility'
import { loadLocales } from './governance-fixtures'
import { freshDatabase } from './helpers'
import { COMPLETE_FORM, applicationRow, completeDraft, openExchange, type Exchange } from './mobility-fixtures'

let handle: DatabaseHandle
let ex: Exchange
const SPRING: Eligibility = { levels: ['cn_higher_vocational', 'eqf_5'], iscedCodes: ['0714'], language: 'zh', languageLevel: 'HSK2' }

beforeAll(async () => {
  handle = await freshDatabase()
  loadLocales()
  ex = await openExchange(handle.db, 5)
  await asService(handle.db, 'test: the program asks for a level, a field and Chinese', tx => tx.updateTable('programs')
    .set({ eligibility: JSON.stringify(SPRING) }).where('id', '=', ex.programId).execute())
})
afterAll(() => handle.close())

describe('eligibility on submission', () => {
  it('refuses a complete application that does not meet the program, naming each unmet requirement, and changes nothing', async () => {
    const { student, id, revision } = await completeDraft(handle.db, ex, 'unfit')
    await expect(asUser(handle.db, student, tx => takeStep(tx, student, id, { action: 'submit', revision })))
      .rejects.toMatchObject({ statusCode: 422, data: { key: 'mobility.errors.notEligible', unmet: ['studyLevel', 'fieldOfStudy', 'languageCertificates'] } })
    expect(await applicationRow(handle.db, id)).toMatchObject({ state: 'draft', revision })
  })

  it('refuses a certificate below the level and accepts the same application once it meets every requirement', async () => {
    const { student, id, revision } = await completeDraft(handle.db, ex, 'fit')
    const save = (rev: number, level: 'HSK1' | 'HSK3') => asUser(handle.db, student, tx => saveApplication(tx, student, id, {
      revision: rev, form: { ...COMPLETE_FORM, studyLevel: 'eqf_5', fieldOfStudy: '0714', languageCertificates: [{ language: 'zh', level, issuer: 'CTI' }] },
    }))
    const low = await save(revision, 'HSK1')
    await expect(asUser(handle.db, student, tx => takeStep(tx, student, id, { action: 'submit', revision: low.revision })))
      .rejects.toMatchObject({ statusCode: 422, data: { unmet: ['languageCertificates'] } })
    const enough = await save(low.revision, 'HSK3')
    const reply = await asUser(handle.db, student, tx => takeStep(tx, student, id, { action: 'submit', revision: enough.revision }))
    expect(reply).toEqual({ state: 'submitted', revision: enough.revision + 1 })
  })
})
