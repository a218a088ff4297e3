import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash, randomUUID } from 'node:crypto'
import { asService, asUser, type Actor } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { eraseAccount } from '../../server/domain/privacy/erase'
import { feedOwner, feedTokenHash, feedTokenStatus, issueFeedToken, revokeFeedToken } from '../../server/domain/calendar/feed-tokens'
import { createInstitutionRow, createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, createSecretariat, PERMISSION_DENIED, personWithRole, RLS_VIOLATION, RolledBack } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
let owner: Actor, colleague: Actor, secretariat: Actor
let ownersTokenId: string

const randomHash = () => createHash('sha256').update(randomUUID()).digest('hex')
const insertToken = (actor: Actor | null, personId: string, extra: { revoked_at?: string } = {}) =>
  asUser(db, actor, tx => tx.insertInto('calendar_feed_tokens').values({ person_id: personId, token_hash: randomHash(), ...extra })
    .returning(['id', 'created_at', 'revoked_at']).executeTakeFirstOrThrow())
const visibleTokens = (actor: Actor) => asUser(db, actor, tx => tx.selectFrom('calendar_feed_tokens').select(['id', 'person_id']).execute())

beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
  const institution = await createInstitutionRow(db)
  owner = await personWithRole(db, 'feed-owner', institution, 'student')
  colleague = await personWithRole(db, 'feed-colleague', institution, 'office_staff')
  secretariat = await createSecretariat(db)
  ownersTokenId = (await insertToken(owner, owner.id)).id
})
afterAll(() => handle.close())

describe('calendar_feed_tokens: select', () => {
  it('a person sees their own tokens', async () => {
    expect((await visibleTokens(owner)).map(t => t.id)).toContain(ownersTokenId)
  })

  it('nobody else does: not their institution’s office, not the secretariat, not the public', async () => {
    expect(await visibleTokens(colleague)).toEqual([])
    expect(await visibleTokens(secretariat)).toEqual([])
    const anonymous = await attemptAndRollBack(db, null, tx => tx.selectFrom('calendar_feed_tokens').select('id').execute())
    expect(anonymous.message).toMatch(PERMISSION_DENIED)
  })
})

describe('calendar_feed_tokens: insert', () => {
  it('a person makes a live token of their own, dated now whatever they send', async () => {
    const person = await createPerson(db, 'feed-maker')
    const made = await asUser(db, person, tx => tx.insertInto('calendar_feed_tokens')
      .values({ person_id: person.id, token_hash: randomHash(), created_at: '2001-01-01T00:00:00Z' })
      .returning(['created_at', 'revoked_at']).executeTakeFirstOrThrow())
    expect(Math.abs(made.created_at.getTime() - Date.now())).toBeLessThan(60_000)
    expect(made.revoked_at).toBeNull()
  })

  it('nobody makes one for someone else, and none starts revoked', async () => {
    expect(await attemptAndRollBack(db, colleague, tx => tx.insertInto('calendar_feed_tokens').values({ person_id: owner.id, token_hash: randomHash() }).execute()))
      .toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    expect(await attemptAndRollBack(db, secretariat, tx => tx.insertInto('calendar_feed_tokens').values({ person_id: owner.id, token_hash: randomHash() }).execute()))
      .toMatchObject({ message: expect.stringMatching(RLS_VIOLATION) })
    const person = await createPerson(db, 'feed-revoked')
    expect(await attemptAndRollBack(db, person, tx => tx.insertInto('calendar_feed_tokens')
      .values({ person_id: person.id, token_hash: randomHash(), revoked_at: new Date().toISOString() }).execute()))
      .toMatchObject({ message: expect.stringMatching(/starts live/) })
    expect(await attemptAndRollBack(db, null, tx => tx.insertInto('calendar_feed_tokens').values({ person_id: owner.id, token_hash: randomHash() }).execute()))
      .toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) })
  })

  it('a person has one live token at a time', async () => {
    const person = await createPerson(db, 'feed-twice')
    await insertToken(person, person.id)
    await expect(insertToken(person, person.id)).rejects.toThrow(/duplicate key|unique/)
  })
})

describe('calendar_feed_tokens: update (revocation)', () => {
  it('a person revokes their own live token, once and for good', async () => {
    const person = await createPerson(db, 'feed-revoker')
    const token = await insertToken(person, person.id)
    const revoke = () => asUser(db, person, tx => tx.updateTable('calendar_feed_tokens').set({ revoked_at: new Date().toISOString() })
      .where('id', '=', token.id).executeTakeFirst())
    expect(Number((await revoke()).numUpdatedRows)).toBe(1)
    // A revoked token is out of the policy's reach: nothing to update, nothing brought back.
    expect(Number((await revoke()).numUpdatedRows)).toBe(0)
    expect(await attemptAndRollBack(db, person, tx => tx.updateTable('calendar_feed_tokens').set({ revoked_at: null }).where('id', '=', token.id).execute()))
      .toBeInstanceOf(RolledBack)
    const row = await asService(db, 'test check', tx => tx.selectFrom('calendar_feed_tokens').select('revoked_at').where('id', '=', token.id).executeTakeFirstOrThrow())
    expect(row.revoked_at).not.toBeNull()
  })

  it('a live token cannot be made live again by clearing its revocation', async () => {
    const person = await createPerson(db, 'feed-unrevoke')
    const token = await insertToken(person, person.id)
    expect(await attemptAndRollBack(db, person, tx => tx.updateTable('calendar_feed_tokens').set({ revoked_at: null }).where('id', '=', token.id).execute()))
      .toMatchObject({ message: expect.stringMatching(/stays revoked/) })
  })

  it('nobody revokes someone else’s token, and the hash or owner never changes', async () => {
    for (const other of [colleague, secretariat]) {
      const result = await asUser(db, other, tx => tx.updateTable('calendar_feed_tokens').set({ revoked_at: new Date().toISOString() })
        .where('id', '=', ownersTokenId).executeTakeFirst())
      expect(Number(result.numUpdatedRows)).toBe(0)
    }
    expect(await attemptAndRollBack(db, owner, tx => tx.updateTable('calendar_feed_tokens').set({ token_hash: randomHash() }).where('id', '=', ownersTokenId).execute()))
      .toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) })
    expect(await attemptAndRollBack(db, owner, tx => tx.updateTable('calendar_feed_tokens').set({ person_id: colleague.id }).where('id', '=', ownersTokenId).execute()))
      .toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) })
  })
})

describe('calendar_feed_tokens: delete', () => {
  it('nobody deletes a token, not even its owner (revocation is the record)', async () => {
    for (const who of [owner, secretariat]) {
      expect(await attemptAndRollBack(db, who, tx => tx.deleteFrom('calendar_feed_tokens').where('id', '=', ownersTokenId).execute()))
        .toMatchObject({ message: expect.stringMatching(PERMISSION_DENIED) })
    }
  })
})

describe('the audit log', () => {
  it('records that a token was made and revoked, never its hash', async () => {
    const person = await createPerson(db, 'feed-audited')
    const { secret } = await asUser(db, person, tx => issueFeedToken(tx, person))
    await asUser(db, person, tx => revokeFeedToken(tx, person))
    const rows = await asUser(db, person, tx => tx.selectFrom('audit_log').select(['action', 'after'])
      .where('entity', '=', 'calendar_feed_tokens').where('actor_id', '=', person.id).orderBy('id').execute())
    expect(rows.map(r => r.action)).toEqual(['insert', 'update'])
    expect(JSON.stringify(rows)).not.toContain(feedTokenHash(secret))
    expect(JSON.stringify(rows)).not.toContain(secret)
  })
})

describe('issuing, rotating and resolving a feed address', () => {
  it('a new address replaces the old one, which stops opening the feed', async () => {
    const person = await createPerson(db, 'feed-rotate')
    const first = await asUser(db, person, tx => issueFeedToken(tx, person))
    expect(await feedOwner(db, first.secret)).toMatchObject({ id: person.id, email: person.email, preferred_locale: 'en' })
    const second = await asUser(db, person, tx => issueFeedToken(tx, person))
    expect(second.secret).not.toBe(first.secret)
    expect(await feedOwner(db, first.secret)).toBeNull()
    expect(await feedOwner(db, second.secret)).toMatchObject({ id: person.id })
    expect(await asUser(db, person, tx => feedTokenStatus(tx, person))).toMatchObject({ active: true })
    const stored = await asService(db, 'test check', tx => tx.selectFrom('calendar_feed_tokens').select('token_hash').where('person_id', '=', person.id).execute())
    expect(stored).toHaveLength(2)
    expect(JSON.stringify(stored)).not.toContain(second.secret)
  })

  it('a revoked, unknown or malformed secret opens nothing', async () => {
    const person = await createPerson(db, 'feed-gone')
    const { secret } = await asUser(db, person, tx => issueFeedToken(tx, person))
    expect(await asUser(db, person, tx => revokeFeedToken(tx, person))).toBe(1)
    expect(await feedOwner(db, secret)).toBeNull()
    expect(await asUser(db, person, tx => feedTokenStatus(tx, person))).toEqual({ active: false, created_at: null })
    expect(await feedOwner(db, 'A'.repeat(43))).toBeNull()
    expect(await feedOwner(db, `${secret}x`)).toBeNull()
    expect(await feedOwner(db, '\' or 1=1 --')).toBeNull()
  })

  it('an erased account’s address opens nothing', async () => {
    const person = await createPerson(db, 'feed-erased')
    const { secret } = await asUser(db, person, tx => issueFeedToken(tx, person))
    await asService(db, 'test fixture', tx => tx.updateTable('profiles').set({ erased_at: new Date().toISOString() }).where('id', '=', person.id).execute())
    expect(await feedOwner(db, secret)).toBeNull()
  })
})

describe('erasing an account', () => {
  it('deletes its feed tokens, so no address of theirs opens anything', async () => {
    const person = await createPerson(db, 'feed-erase')
    const { secret } = await asUser(db, person, tx => issueFeedToken(tx, person))
    await asUser(db, person, tx => issueFeedToken(tx, person))
    const noFiles = { put: async () => {}, putFile: async () => {}, get: async () => null, delete: async () => {} }
    await asService(db, 'test: erase account', tx => eraseAccount(tx, noFiles, person.id))
    const left = await asService(db, 'test check', tx => tx.selectFrom('calendar_feed_tokens').select('id').where('person_id', '=', person.id).execute())
    expect(left).toEqual([])
    expect(await feedOwner(db, secret)).toBeNull()
  })
})
