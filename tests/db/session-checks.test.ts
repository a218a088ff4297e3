import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asService } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { endSessions, isLive, startSession } from '../../server/auth/builtin-sessions'
import { createPerson, freshDatabase } from './helpers'

let handle: DatabaseHandle
beforeAll(async () => {
  handle = await freshDatabase()
})
afterAll(() => handle.close())

/** The database with every statement counted (claims and queries; begin and commit are not statements here). */
function counted(db: Db) {
  const counter = { statements: 0, db: db as Db }
  counter.db = db.withPlugin({ transformQuery: ({ node }) => (counter.statements++, node), transformResult: async ({ result }) => result })
  return counter
}

describe('checking that a session still exists', () => {
  it('answers checks asked at once correctly, in fewer queries than one each, and remembers a live one', async () => {
    const [ana, ben] = [await createPerson(handle.db, 'ana'), await createPerson(handle.db, 'ben')]
    const [anaSession, benSession, endedSession] = await asService(handle.db, 'test fixture', async tx =>
      [await startSession(tx, ana.id), await startSession(tx, ben.id), await startSession(tx, ben.id)])
    await asService(handle.db, 'test fixture', tx => endSessions(tx, { sessionId: endedSession! }))
    const count = counted(handle.db)
    const answers = await Promise.all([
      isLive(count.db, anaSession!, ana.id),
      isLive(count.db, anaSession!, ben.id), // a cookie naming another person than the session's
      isLive(count.db, endedSession!, ben.id),
      isLive(count.db, randomUUID(), ana.id),
      isLive(count.db, 'not-a-session', ana.id),
      isLive(count.db, benSession!, ben.id),
    ])
    expect(answers).toEqual([true, false, false, false, false, true])
    // One transaction each would be 2 statements (claims, query) × 5 well-formed ids.
    expect(count.statements).toBeLessThan(10)
    // A live one is remembered for a while; one ended in this process is over at once.
    count.statements = 0
    expect(await isLive(count.db, benSession!, ben.id)).toBe(true)
    expect(count.statements).toBe(0)
    await asService(handle.db, 'test fixture', tx => endSessions(tx, { userId: ben.id }))
    expect(await isLive(count.db, benSession!, ben.id)).toBe(false)
  })
})
