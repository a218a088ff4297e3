import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle } from '../../server/db/connect'
import { acceptNotices, pendingNotices } from '../../server/domain/privacy/consents'
import { NOTICE_VERSIONS } from '../../shared/privacy/notices'
import { createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, RLS_VIOLATION } from './rls-fixtures'

let handle: DatabaseHandle
let ann: Actor, bea: Actor, sec: Actor
beforeAll(async () => {
  handle = await freshDatabase()
  ann = await createPerson(handle.db, 'ann')
  bea = await createPerson(handle.db, 'bea')
  sec = await createSecretariat(handle.db)
  await asUser(handle.db, ann, tx => acceptNotices(tx, ann, 'th'))
})
afterAll(() => handle.close())

const consentsOf = (viewer: Actor | null, owner: Actor) => asUser(handle.db, viewer, tx => tx.selectFrom('consents')
  .select(['document', 'version', 'locale']).where('user_id', '=', owner.id).orderBy('document').execute())

describe('consents: recording acceptance', () => {
  it('records both notices at their current version in the language shown, and nothing is pending after', async () => {
    expect(await consentsOf(ann, ann)).toEqual([
      { document: 'privacy', version: NOTICE_VERSIONS.privacy, locale: 'th' },
      { document: 'terms', version: NOTICE_VERSIONS.terms, locale: 'th' },
    ])
    expect(await asUser(handle.db, ann, tx => pendingNotices(tx, ann))).toEqual([])
    expect(await asUser(handle.db, bea, tx => pendingNotices(tx, bea))).toEqual(['terms', 'privacy'])
  })

  it('accepting again records nothing new', async () => {
    expect(await asUser(handle.db, ann, tx => acceptNotices(tx, ann, 'en'))).toEqual([])
    expect(await consentsOf(ann, ann)).toHaveLength(2)
  })

  it('an older version does not count as accepting the current one', async () => {
    const carl = await createPerson(handle.db, 'carl')
    await asUser(handle.db, carl, tx => tx.insertInto('consents').values({ user_id: carl.id, document: 'terms', version: '2020-01-01', locale: 'en' }).execute())
    expect(await asUser(handle.db, carl, tx => pendingNotices(tx, carl))).toEqual(['terms', 'privacy'])
  })
})

describe('consents_select', () => {
  it('a person reads their own consents', async () => {
    expect(await consentsOf(ann, ann)).toHaveLength(2)
  })
  it('another person cannot read them', async () => {
    expect(await consentsOf(bea, ann)).toEqual([])
  })
  it('an anonymous visitor cannot read them', async () => {
    const error = await attemptAndRollBack(handle.db, null, tx => tx.selectFrom('consents').selectAll().execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('the secretariat reads everyone\'s consents', async () => {
    expect(await consentsOf(sec, ann)).toHaveLength(2)
  })
})

describe('consents_insert', () => {
  it('a person cannot record a consent in someone else\'s name', async () => {
    const error = await attemptAndRollBack(handle.db, bea, tx => tx.insertInto('consents')
      .values({ user_id: ann.id, document: 'terms', version: NOTICE_VERSIONS.terms, locale: 'en' }).execute())
    expect(error.message).toMatch(RLS_VIOLATION)
  })
  it('a person cannot back-date their consent', async () => {
    const error = await attemptAndRollBack(handle.db, bea, tx => tx.insertInto('consents')
      .values({ user_id: bea.id, document: 'terms', version: NOTICE_VERSIONS.terms, locale: 'en', accepted_at: '2020-01-01T00:00:00Z' }).execute())
    expect(error.message).toMatch(PERMISSION_DENIED)
  })
  it('the secretariat cannot record a consent for a person', async () => {
    const error = await attemptAndRollBack(handle.db, sec, tx => tx.insertInto('consents')
      .values({ user_id: bea.id, document: 'privacy', version: NOTICE_VERSIONS.privacy, locale: 'en' }).execute())
    expect(error.message).toMatch(RLS_VIOLATION)
  })
})

describe('consents: nobody updates or deletes one', () => {
  for (const who of ['the person', 'the secretariat'] as const) {
    it(`${who} cannot change when or what was accepted`, async () => {
      const actor = who === 'the person' ? ann : sec
      const error = await attemptAndRollBack(handle.db, actor, tx => tx.updateTable('consents').set({ version: '2030-01-01' }).where('user_id', '=', ann.id).execute())
      expect(error.message).toMatch(PERMISSION_DENIED)
    })
    it(`${who} cannot delete a consent`, async () => {
      const actor = who === 'the person' ? ann : sec
      const error = await attemptAndRollBack(handle.db, actor, tx => tx.deleteFrom('consents').where('user_id', '=', ann.id).execute())
      expect(error.message).toMatch(PERMISSION_DENIED)
    })
  }

  it('the rows are still there, and the acceptance time is the database\'s', async () => {
    const rows = await asService(handle.db, 'test check', tx => tx.selectFrom('consents').select(['accepted_at', sql<Date>`now()`.as('now')])
      .where('user_id', '=', ann.id).execute())
    expect(rows).toHaveLength(2)
    for (const r of rows) expect(new Date(r.now).getTime() - new Date(r.accepted_at).getTime()).toBeLessThan(600_000)
  })
})
