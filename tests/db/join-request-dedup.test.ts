import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { decideJoinRequest, fileJoinRequest } from '../../server/domain/governance/join-requests'
import { joinRequestInputSchema } from '../../shared/schemas/governance'
import { createPerson, freshDatabase } from './helpers'
import { createSecretariat } from './rls-fixtures'
import { loadLocales } from './governance-fixtures'

let handle: DatabaseHandle, db: Db, sec: Actor
beforeAll(async () => {
  loadLocales()
  handle = await freshDatabase()
  db = handle.db
  sec = await createSecretariat(db)
})
afterAll(() => handle.close())

const request = (slug: string) => joinRequestInputSchema.parse({ slug, kind: 'enterprise', country: 'MM', name: { my: 'စမ်းသပ်ကုမ္ပဏီ', en: 'Trial Works' } })
/** A row as a signed-in client could insert it straight into the table (Supabase mode), past the service. */
const directRow = (slug: string) => ({ slug, kind: 'enterprise' as const, country: 'MM', city: '{}', name: JSON.stringify({ en: 'Trial Works' }), description: '{}', motivation: '{}', website: null })

describe('one pending request to join per person', () => {
  it('is held by the database for a direct insert, and told as 409 by the service', async () => {
    const person = await createPerson(db, 'eager')
    await asUser(db, person, tx => tx.insertInto('join_requests').values(directRow('trial-works') as never).execute())
    await expect(asUser(db, person, tx => tx.insertInto('join_requests').values(directRow('trial-works-2') as never).execute()))
      .rejects.toMatchObject({ code: '23505' })
    await expect(asUser(db, person, tx => fileJoinRequest(tx, person, request('trial-works-3'))))
      .rejects.toMatchObject({ statusCode: 409, data: expect.objectContaining({ key: 'governance.errors.joinRequestPending' }) })
  })

  it('lets the person ask again once the pending request is decided, and others ask at the same time', async () => {
    const person = await createPerson(db, 'patient')
    const other = await createPerson(db, 'other')
    const first = await asUser(db, person, tx => fileJoinRequest(tx, person, request('patient-works')))
    await asUser(db, other, tx => fileJoinRequest(tx, other, request('other-works')))
    await asUser(db, sec, tx => decideJoinRequest(tx, sec, first.id, { decision: 'reject', reason: 'Name your partner college.' }))
    const second = await asUser(db, person, tx => fileJoinRequest(tx, person, request('patient-works')))
    expect(second.status).toBe('pending')
  })
})
