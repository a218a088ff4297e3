import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { getAgreement } from '../../server/domain/agreements/agreements'
import { approveVersion, signVersion } from '../../server/domain/agreements/signing'
import { transitionByParty } from '../../server/domain/agreements/transitions'
import { freshDatabase } from './helpers'
import { draftAgreement, loadLocaleFiles, partiesWithStaff, type PartySetup } from './agreement-fixtures'

let handle: DatabaseHandle
beforeAll(async () => {
  loadLocaleFiles()
  handle = await freshDatabase()
})
afterAll(() => handle.close())

async function negotiateAndSign(setup: PartySetup) {
  const db = handle.db
  const id = await draftAgreement(db, setup)
  await asUser(db, setup.staff[0]!, tx => transitionByParty(tx, setup.staff[0]!, id, 'open_negotiation'))
  for (const [i, person] of setup.staff.entries()) {
    await asUser(db, person, tx => approveVersion(tx, person, id, { version: 1, institutionId: setup.institutionIds[i]! }))
  }
  expect((await asUser(db, setup.staff[0]!, tx => getAgreement(tx, id, setup.staff[0]!))).state).toBe('awaiting_signatures')
  for (const [i, person] of setup.staff.entries()) {
    await asUser(db, person, tx => signVersion(tx, person, id, { version: 1, institutionId: setup.institutionIds[i]!, signatoryName: `Signer ${i}`, fileId: null }))
  }
  return id
}

describe('an agreement from draft to active', () => {
  it('becomes active when both parties approved and signed the same version, and the public then sees its title', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const id = await negotiateAndSign(setup)
    const publicView = await asUser(handle.db, null, tx => getAgreement(tx, id, null))
    expect(publicView.state).toBe('active')
    expect(publicView.title.th).toBe('ความร่วมมือแลกเปลี่ยนเมคคาทรอนิกส์')
    expect(publicView.parties).toHaveLength(2)
    expect(publicView.version).toBeNull()
  })

  it('signs a three-party agreement that includes an enterprise the same way', async () => {
    const setup = await partiesWithStaff(handle.db, 3)
    const id = await negotiateAndSign(setup)
    const view = await asUser(handle.db, setup.staff[2]!, tx => getAgreement(tx, id, setup.staff[2]!))
    expect(view.state).toBe('active')
    expect(view.signatures).toHaveLength(3)
    expect(new Set(view.signatures.map(s => s.content_hash)).size).toBe(1)
  })
})

describe('demo agreements', () => {
  it('seeds one active exchange, one expiring pilot and a multilateral traineeship in negotiation, once', async () => {
    const { seedDemoCommunity } = await import('../../server/domain/demo/seed')
    const { seedDemoAgreements } = await import('../../server/domain/demo/agreements')
    const { asService } = await import('../../server/db/as-user')
    await seedDemoCommunity(handle.db)
    await seedDemoAgreements(handle.db)
    await seedDemoAgreements(handle.db)
    const rows = await asService(handle.db, 'test', tx => tx.selectFrom('agreements').select(['state', 'kind', 'current_version']).where('created_by', 'in',
      tx.selectFrom('profiles').select('id').where('email', 'like', '%@demo.example')).orderBy('created_at').execute())
    expect(rows.map(r => [r.state, r.kind, r.current_version])).toEqual([
      ['active', 'bilateral', 1], ['active', 'bilateral', 1], ['in_negotiation', 'multilateral', 2],
    ])
  })
})

describe('contact persons', () => {
  it('shows each party’s contact person to the other parties’ staff, and to nobody else', async () => {
    const setup = await partiesWithStaff(handle.db, 2)
    const id = await draftAgreement(handle.db, setup)
    const seenByPartner = await asUser(handle.db, setup.staff[1]!, tx => getAgreement(tx, id, setup.staff[1]!))
    expect(seenByPartner.parties.map(p => p.contact_name).sort()).toEqual(['staff0', 'staff1'])
    const outsider = (await partiesWithStaff(handle.db, 1)).staff[0]!
    const signed = await negotiateAndSign(await partiesWithStaff(handle.db, 2))
    const seenByOutsider = await asUser(handle.db, outsider, tx => getAgreement(tx, signed, outsider))
    expect(seenByOutsider.parties.every(p => p.contact_name === null)).toBe(true)
  })
})
