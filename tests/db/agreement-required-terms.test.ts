import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { editAgreement } from '../../server/domain/agreements/agreements'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { transitionByParty } from '../../server/domain/agreements/transitions'
import { translate } from '../../server/i18n/messages'
import { setErrorTranslator } from '../../server/utils/errors'
import { freshDatabase } from './helpers'
import { contentFor, draftAgreement, loadLocaleFiles, partiesWithStaff } from './agreement-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterEach(() => setErrorTranslator(key => key))
afterAll(() => handle.close())

describe('an agreement cannot be approved or signed while a required term is empty', () => {
  it('refuses approval naming each empty term in the reader’s language, then approves and signs once they are filled', async () => {
    const db = handle.db
    const setup = await partiesWithStaff(db, 2)
    const [a, b] = setup.staff as [typeof setup.staff[0], typeof setup.staff[0]]
    const [ia, ib] = setup.institutionIds as [string, string]
    const empty = { ipTerms: {}, disputeResolution: { th: '   ' }, parties: [{ institutionId: ia, divisionOfLabour: { en: 'Hosts' }, resources: [] }] }
    const id = await draftAgreement(db, setup, empty)
    await asUser(db, a, tx => transitionByParty(tx, a, id, 'open_negotiation'))

    setErrorTranslator((key, params) => translate('th', key, params))
    const refused = asUser(db, a, tx => approveVersion(tx, a, id, { version: 1, institutionId: ia }))
    await expect(refused).rejects.toMatchObject({
      statusCode: 409,
      data: {
        key: 'agreements.errors.termsMissing',
        missing: ['divisionOfLabour', 'resources', 'ipTerms', 'disputeResolution'],
        params: { terms: ['divisionOfLabour', 'resources', 'ipTerms', 'disputeResolution'].map(k => translate('th', `agreements.fields.${k}`)).join(' · ') },
      },
    })
    await expect(refused).rejects.toMatchObject({ message: expect.stringContaining(translate('th', 'agreements.fields.disputeResolution')) })

    await asUser(db, a, tx => editAgreement(tx, a, id, { baseVersion: 1, content: contentFor(setup.institutionIds) }))
    await asUser(db, a, tx => approveVersion(tx, a, id, { version: 2, institutionId: ia }))
    await asUser(db, b, tx => approveVersion(tx, b, id, { version: 2, institutionId: ib }))
    await asUser(db, a, tx => signVersion(tx, a, id, { version: 2, institutionId: ia, signatoryName: 'Signatory 0', fileId: null }))
    const last = await asUser(db, b, tx => signVersion(tx, b, id, { version: 2, institutionId: ib, signatoryName: 'Signatory 1', fileId: null }))
    expect(last.state).toBe('active')
  })

  it('refuses empty goals too, whatever else is filled', async () => {
    const db = handle.db
    const setup = await partiesWithStaff(db, 2)
    const [a] = setup.staff as [typeof setup.staff[0]]
    const id = await draftAgreement(db, setup, { goals: {} })
    await asUser(db, a, tx => transitionByParty(tx, a, id, 'open_negotiation'))
    await expect(asUser(db, a, tx => approveVersion(tx, a, id, { version: 1, institutionId: setup.institutionIds[0]! })))
      .rejects.toMatchObject({ statusCode: 409, data: { missing: ['goals'] } })
  })
})
