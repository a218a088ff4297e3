import { PGlite } from '@electric-sql/pglite'
import { createError } from 'h3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseRefusal, rewriteAsRefusal } from '../../server/utils/database-errors'

// Real refusals from a real Postgres (in-memory PGlite), not hand-made objects with a code.
let db: PGlite
async function refusalOf(sql: string, params: unknown[] = []) {
  try { await db.query(sql, params) }
  catch (error) { return { error, refusal: databaseRefusal(error) } }
  throw new Error(`no error from ${sql}`)
}
beforeAll(async () => {
  db = new PGlite()
  await db.exec(`create table party (id int primary key);
    create table ledger (id int unique, party int references party(id), amount numeric(14, 2) check (amount >= 0), note text not null);
    insert into party values (1); insert into ledger values (1, 1, 1, 'x');`)
}, 60_000)
afterAll(() => db.close())

describe('the one map from Postgres refusals to what a person is told', () => {
  it.each([
    ['NUL in text', 'select $1::text', ['a\u0000b'], 422, 'errors.database.invalidValue'],
    ['year 0000', 'select \'0000-01-01\'::date', [], 422, 'errors.database.invalidValue'],
    ['a date that is no day', 'select \'2026-02-30\'::date', [], 422, 'errors.database.invalidValue'],
    ['an amount beyond numeric(14,2)', 'select $1::numeric(14, 2)', ['1000000000000'], 422, 'errors.database.invalidValue'],
    ['an integer beyond int4', 'select $1::int4', ['99999999999'], 422, 'errors.database.invalidValue'],
    ['a lone surrogate in jsonb', 'select $1::jsonb', ['"\\ud800"'], 422, 'errors.database.invalidValue'],
    ['a unique key taken (a race)', 'insert into ledger values (1, 1, 1, \'y\')', [], 409, 'errors.database.duplicate'],
    ['a reference to nothing', 'insert into ledger values (2, 99, 1, \'y\')', [], 409, 'errors.database.reference'],
    ['a row still referred to', 'delete from party', [], 409, 'errors.database.reference'],
    ['a check', 'insert into ledger values (3, 1, -1, \'y\')', [], 422, 'errors.database.constraint'],
    ['a missing value', 'insert into ledger values (4, 1, 1, null)', [], 422, 'errors.database.constraint'],
    ['a policy or grant', 'do $$ begin raise exception \'no\' using errcode = \'42501\'; end $$', [], 403, 'errors.forbidden'],
    ['a serialization failure', 'do $$ begin raise exception \'again\' using errcode = \'40001\'; end $$', [], 409, 'errors.database.retry'],
    ['a deadlock', 'do $$ begin raise exception \'again\' using errcode = \'40P01\'; end $$', [], 409, 'errors.database.retry'],
    ['a program limit', 'do $$ begin raise exception \'big\' using errcode = \'54000\'; end $$', [], 413, 'errors.database.tooLarge'],
  ])('%s', async (_, sql, params, status, key) => {
    const { refusal } = await refusalOf(sql, params)
    expect(refusal).toMatchObject({ status, key })
  })

  it('leaves faults of the server alone: a syntax error, a lost connection, a plain Error', async () => {
    expect((await refusalOf('selec 1')).refusal).toBeNull()
    expect(databaseRefusal(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBeNull()
    expect(databaseRefusal(new Error('bug'))).toBeNull()
  })

  it('turns an unhandled 500 carrying a refusal into the translated 4xx a route would have sent', async () => {
    const { error: pgError } = await refusalOf('insert into ledger values (1, 1, 1, \'y\')')
    const error = createError(pgError as Error)
    expect(error.statusCode).toBe(500)
    rewriteAsRefusal(error, key => `th:${key}`)
    expect(error).toMatchObject({ statusCode: 409, unhandled: false, message: 'th:errors.database.duplicate', data: { key: 'errors.database.duplicate', params: {} } })
    const handled = createError({ statusCode: 404, message: 'not found' })
    expect(rewriteAsRefusal(handled, key => key)).toBeNull()
    expect(handled.statusCode).toBe(404)
  })
})
