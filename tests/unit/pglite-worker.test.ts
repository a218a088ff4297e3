import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { connectPglite, type DatabaseHandle } from '../../server/db/connect'
import { PgliteThread, PgliteThreadDialect, REPLY_UNREAD } from '../../server/db/pglite-worker'
import { databaseRefusal, isUniqueViolation } from '../../server/utils/database-errors'

// The server's embedded database in its worker thread must answer exactly as it does on the request thread:
// the same values, the same refusals (which the server turns into 4xx), one transaction at a time.
const SCHEMA = `create table party (id int primary key);
  create table ledger (id int unique, party int references party(id), amount numeric(14, 2) check (amount >= 0), note text not null);
  insert into party values (1); insert into ledger values (1, 1, 1, 'x');`

let inThread: DatabaseHandle
let onThisThread: DatabaseHandle
beforeAll(async () => {
  [inThread, onThisThread] = await Promise.all([connectPglite(undefined, undefined, { worker: true }), connectPglite(undefined)])
  await Promise.all([inThread.exec(SCHEMA), onThisThread.exec(SCHEMA)])
}, 60_000)
afterAll(async () => {
  await inThread.close()
  await onThisThread.close()
})

async function caught(handle: DatabaseHandle, query: string) {
  try { await sql.raw(query).execute(handle.db) }
  catch (error) { return error as Record<string, unknown> }
  throw new Error(`no error from ${query}`)
}

describe('the embedded database in a worker thread', () => {
  it('hands back the values the request thread would read: dates and money as text, instants, bytes, JSON, arrays, counts', async () => {
    const read = (handle: DatabaseHandle) => sql<Record<string, unknown>>`select '2026-02-28'::date as day, 12.50::numeric(14, 2) as amount,
      ${new Date('2026-12-06T08:00:00Z')}::timestamptz as at, ${Buffer.from([0, 1, 255])}::bytea as bytes,
      ${JSON.stringify({ a: [1, 'ก'] })}::jsonb as doc, array['a', null]::text[] as list, 9007199254740993::int8 as big,
      null::text as nothing, true as yes`.execute(handle.db)
    const [there, here] = await Promise.all([read(inThread), read(onThisThread)])
    expect(there.rows).toEqual(here.rows)
    expect(there.rows[0]).toMatchObject({ day: '2026-02-28', amount: '12.50', at: new Date('2026-12-06T08:00:00Z'), doc: { a: [1, 'ก'] } })
    expect(there.rows[0]!.bytes).toEqual(new Uint8Array([0, 1, 255]))
  })

  it('counts the rows a write touched', async () => {
    const result = await sql`update ledger set note = note where id in (1, 99)`.execute(inThread.db)
    expect(result.numAffectedRows).toBe(1n)
  })

  it.each([
    ['a unique key taken', 'insert into ledger values (1, 1, 1, \'y\')', 409],
    ['a reference to nothing', 'insert into ledger values (2, 99, 1, \'y\')', 409],
    ['a check', 'insert into ledger values (3, 1, -1, \'y\')', 422],
    ['a missing value', 'insert into ledger values (4, 1, 1, null)', 422],
    ['a date that is no day', 'select \'2026-02-30\'::date', 422],
    ['a policy', 'do $$ begin raise exception \'no\' using errcode = \'42501\'; end $$', 403],
  ])('refuses %s with every field of the Postgres error, so the server answers the same 4xx', async (_, query, status) => {
    const [there, here] = await Promise.all([caught(inThread, query), caught(onThisThread, query)])
    expect(there).toBeInstanceOf(Error)
    for (const field of ['message', 'severity', 'code', 'detail', 'constraint', 'table', 'schema', 'routine']) expect(there[field], field).toEqual(here[field])
    expect(databaseRefusal(there)).toEqual(databaseRefusal(here))
    expect(databaseRefusal(there)?.status).toBe(status)
  })

  it('names the unique key a duplicate hit, and leaves a syntax error a fault of the server', async () => {
    expect(isUniqueViolation(await caught(inThread, 'insert into ledger values (1, 1, 1, \'y\')'), 'ledger_id_key')).toBe(true)
    expect(databaseRefusal(await caught(inThread, 'selec 1'))).toBeNull()
  })

  it('gives the session to one transaction at a time, in order of asking; a lone statement waits its turn', async () => {
    await inThread.exec('create table turns (n serial, who text)')
    const order: string[] = []
    const transaction = (who: string) => inThread.db.transaction().execute(async (tx) => {
      await sql`insert into turns (who) values (${who})`.execute(tx)
      await new Promise(resolve => setTimeout(resolve, 20))
      await sql`insert into turns (who) values (${who})`.execute(tx)
      order.push(who)
    })
    const asked: Promise<unknown>[] = [transaction('a')]
    // Each asks after the one before has asked.
    const nextTurn = () => new Promise(resolve => setImmediate(resolve))
    await nextTurn()
    asked.push(sql`insert into turns (who) values ('lone')`.execute(inThread.db).then(() => order.push('lone')))
    await nextTurn()
    asked.push(transaction('b'))
    await nextTurn()
    asked.push(transaction('c'))
    await Promise.all(asked)
    const rows = await sql<{ who: string }>`select who from turns order by n`.execute(inThread.db)
    expect(rows.rows.map(r => r.who)).toEqual(['a', 'a', 'lone', 'b', 'b', 'c', 'c'])
    expect(order).toEqual(['a', 'lone', 'b', 'c'])
  })

  it('rolls back a transaction that failed, and the next one goes on', async () => {
    await expect(inThread.db.transaction().execute(async (tx) => {
      await sql`insert into party values (50)`.execute(tx)
      await sql`insert into party values (50)`.execute(tx)
    })).rejects.toMatchObject({ code: '23505' })
    const rows = await sql<{ id: number }>`select id from party where id = 50`.execute(inThread.db)
    expect(rows.rows).toEqual([])
  })

  it('sends a transaction\'s begin with its first statement: one message fewer, still one transaction, its isolation kept', async () => {
    const thread = await PgliteThread.open({ dataDir: undefined, keepAsText: [] })
    const db = new Kysely<Record<string, never>>({ dialect: new PgliteThreadDialect(thread) })
    const sent = vi.spyOn(thread, 'send')
    try {
      await sql`create table kept (n int)`.execute(db)
      sent.mockClear()
      await db.transaction().execute(async (tx) => {
        await sql`insert into kept values (1)`.execute(tx)
        expect((await sql<{ n: number }>`select n from kept`.execute(tx)).rows).toEqual([{ n: 1 }])
      })
      // begin + insert, select, commit: three messages where there were four.
      expect(sent.mock.calls.map(([request]) => request.begin ?? request.sql)).toEqual(['begin', 'select n from kept', 'commit'])
      await expect(db.transaction().execute(async (tx) => {
        await sql`insert into kept values (2)`.execute(tx)
        throw new Error('changed my mind')
      })).rejects.toThrow('changed my mind')
      await expect(db.transaction().execute(async (tx) => {
        await sql`insert into kept values (3), (3 / 0)`.execute(tx)
      })).rejects.toMatchObject({ code: '22012' })
      expect((await sql<{ n: number }>`select n from kept order by n`.execute(db)).rows).toEqual([{ n: 1 }])
      const level = await db.transaction().setIsolationLevel('serializable')
        .execute(async tx => (await sql<{ level: string }>`select current_setting('transaction_isolation') as level`.execute(tx)).rows[0]!.level)
      expect(level).toBe('serializable')
      // A transaction that ran nothing sends nothing, and leaves no transaction open behind it.
      sent.mockClear()
      await db.transaction().execute(async () => {})
      expect(sent).not.toHaveBeenCalled()
      const outside = await sql<{ level: string }>`select current_setting('transaction_isolation') as level`.execute(db)
      expect(outside.rows).toEqual([{ level: 'read committed' }])
    }
    finally {
      await db.destroy()
    }
  }, 60_000)

  it('sends a statement whose reply nobody reads with the next one, inside a transaction only, and drops it on a rollback', async () => {
    const thread = await PgliteThread.open({ dataDir: undefined, keepAsText: [] })
    const db = new Kysely<Record<string, never>>({ dialect: new PgliteThreadDialect(thread) })
    const sent = vi.spyOn(thread, 'send')
    const unread = (value: string) => sql`${sql.raw(REPLY_UNREAD)}select set_config('app.mark', ${value}, true)`
    const messages = () => sent.mock.calls.map(([request]) => [request.begin, ...(request.before ?? []).map(s => s.params[0]), request.sql?.replace(/\s+/g, ' ')].filter(Boolean))
    try {
      await sql`create table marks (v text)`.execute(db)
      sent.mockClear()
      const seen = await db.transaction().execute(async (tx) => {
        await sql`insert into marks values ('a')`.execute(tx)
        expect((await unread('one').execute(tx)).rows).toEqual([])
        const { rows } = await sql<{ v: string }>`select current_setting('app.mark') as v`.execute(tx)
        await unread('two').execute(tx)
        return rows[0]!.v
      })
      // It ran before the statement it travelled with (which saw it), and the last one before the commit.
      expect(seen).toBe('one')
      expect(messages()).toEqual([['begin', 'insert into marks values (\'a\')'], ['one', 'select current_setting(\'app.mark\') as v'], ['two', 'commit']])
      sent.mockClear()
      await expect(db.transaction().execute(async (tx) => {
        await sql`insert into marks values ('b')`.execute(tx)
        await unread('three').execute(tx)
        throw new Error('changed my mind')
      })).rejects.toThrow('changed my mind')
      expect(messages()).toEqual([['begin', 'insert into marks values (\'b\')'], ['rollback']])
      // Outside a transaction it is an ordinary statement, answered at once.
      sent.mockClear()
      expect((await unread('four').execute(db)).rows).toEqual([{ set_config: 'four' }])
      expect(sent).toHaveBeenCalledTimes(1)
      expect((await sql<{ v: string }>`select v from marks`.execute(db)).rows).toEqual([{ v: 'a' }])
    }
    finally {
      await db.destroy()
    }
  }, 60_000)

  it('runs a script of several statements, and learns the array type of an enum the script created', async () => {
    await inThread.exec('create type mood as enum (\'calm\', \'busy\'); create table moods (id int, list mood[] not null);')
    await sql`insert into moods values (1, ${[]}), (2, ${['busy', 'calm']})`.execute(inThread.db)
    const rows = await sql<{ list: string[] }>`select list from moods order by id`.execute(inThread.db)
    expect(rows.rows.map(r => r.list)).toEqual([[], ['busy', 'calm']])
    await expect(inThread.exec('create table half (id int); selec 1;')).rejects.toMatchObject({ code: '42601' })
    expect((await sql`select to_regclass('half') as t`.execute(inThread.db)).rows).toEqual([{ t: null }])
  })

  it('refuses a parameter that cannot cross to the thread, and goes on', async () => {
    await expect(sql`select ${Symbol('not data') as unknown as string}::text`.execute(inThread.db)).rejects.toThrow()
    expect((await sql`select 1 as one`.execute(inThread.db)).rows).toEqual([{ one: 1 }])
  })
})

describe('the worker thread\'s database on disk', () => {
  it('keeps what was written in its data directory, opens a dumped one, and refuses work once closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-worker-'))
    try {
      const first = await connectPglite(join(dir, 'db'), undefined, { worker: true })
      await first.exec('create table kept (word text); insert into kept values (\'ສະບາຍດີ\');')
      await first.close()
      await expect(sql`select 1`.execute(first.db)).rejects.toThrow()
      const again = await connectPglite(join(dir, 'db'), undefined, { worker: true })
      expect((await sql`select word from kept`.execute(again.db)).rows).toEqual([{ word: 'ສະບາຍດີ' }])
      await again.close()

      const source = await PGlite.create()
      await source.exec('create table dumped (n int); insert into dumped values (7);')
      const dump = await source.dumpDataDir('gzip')
      await source.close()
      const loaded = await connectPglite(undefined, dump, { worker: true })
      expect((await sql`select n from dumped`.execute(loaded.db)).rows).toEqual([{ n: 7 }])
      await loaded.close()
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
