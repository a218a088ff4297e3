import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asService, type Tx } from '../../server/db/as-user'
import type { DatabaseHandle, Db } from '../../server/db/connect'
import { claimJobs, completeJob, enqueue, failJob, newWorkerId, type EnqueueOptions } from '../../server/jobs/queue'
import { jobHandlers } from '../../server/jobs/registry'
import { enqueueScheduled, SCHEDULES, slotStart, type Schedule } from '../../server/jobs/schedules'
import { JobWorker, type JobHandler } from '../../server/jobs/worker'
import { enqueueMails, setMailPickupDir } from '../../server/mail/outbox'
import { deliverJustCommitted, deliverMails, type OutboxMail } from '../../server/mail/pickup'
import { loadLocales } from './governance-fixtures'
import { createPerson, freshDatabase } from './helpers'
import { attemptAndRollBack, PERMISSION_DENIED } from './rls-fixtures'

let handle: DatabaseHandle, db: Db
beforeAll(async () => {
  handle = await freshDatabase()
  db = handle.db
})
afterAll(() => handle.close())

// Each test uses a kind of its own, so jobs of one test are never claimed by another's worker.
let kinds = 0
const newKind = () => `test.kind-${++kinds}`
const service = <T>(fn: (tx: Tx) => Promise<T>) => asService(db, 'test', fn)
const add = (kind: string, payload: Record<string, unknown> = {}, options: EnqueueOptions = {}) => service(tx => enqueue(tx, kind, payload, options))
const row = (id: string) => service(tx => tx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
/** Seconds from the database's now to the job's run_at. */
const dueIn = async (id: string) => Number((await service(tx => sql<{ s: string }>`
  select extract(epoch from run_at - clock_timestamp()) as s from public.jobs where id = ${id}`.execute(tx))).rows[0]!.s)
/** Makes a job due now, as if its time had come. */
const makeDue = (id: string) => service(tx => tx.updateTable('jobs').set({ run_at: sql`now()` as never }).where('id', '=', id).execute())
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await sleep(25)
  }
}

describe('enqueue and claim', () => {
  it('does not run a job before its time, and runs it once its time has come', async () => {
    const kind = newKind()
    const worker = newWorkerId('test')
    const id = (await add(kind, { a: 1 }, { delayMs: 60 * 60 * 1000 }))!
    expect(await dueIn(id)).toBeGreaterThan(3590)
    expect(await claimJobs(db, worker, [kind], 10)).toEqual([])
    await makeDue(id)
    const [job] = await claimJobs(db, worker, [kind], 10)
    expect(job).toMatchObject({ id, kind, payload: { a: 1 }, attempts: 1 })
    expect(await claimJobs(db, newWorkerId('other'), [kind], 10)).toEqual([])
    expect(await completeJob(db, worker, id)).toBe(true)
    expect(await row(id)).toMatchObject({ state: 'done', locked_by: null, locked_until: null })
  })

  it('runs a job at its time through a worker, not before', async () => {
    const kind = newKind()
    const ran: number[] = []
    const worker = new JobWorker(db, { [kind]: async () => void ran.push(Date.now()) }, { pollMs: 50 })
    worker.start()
    try {
      const runAt = new Date(Date.now() + 1200)
      const id = (await add(kind, {}, { runAt }))!
      await sleep(600)
      expect(ran).toEqual([])
      await until(async () => (await row(id)).state === 'done')
      expect(ran).toHaveLength(1)
      expect(ran[0]!).toBeGreaterThanOrEqual(runAt.getTime() - 50)
    }
    finally { await worker.stop() }
  })

  it('enqueues a unique key once, however often it is asked, and runs it once', async () => {
    const kind = newKind()
    const first = await add(kind, { n: 1 }, { uniqueKey: `${kind}:day-2026-12-05` })
    const again = await add(kind, { n: 2 }, { uniqueKey: `${kind}:day-2026-12-05` })
    const concurrent = await Promise.all([1, 2, 3].map(n => add(kind, { n }, { uniqueKey: `${kind}:day-2026-12-06` })))
    expect(first).toEqual(expect.any(String))
    expect(again).toBeNull()
    expect(concurrent.filter(Boolean)).toHaveLength(1)
    const runs: unknown[] = []
    const worker = new JobWorker(db, { [kind]: async payload => void runs.push(payload.n) }, { pollMs: 50 })
    worker.start()
    try {
      await until(() => runs.length >= 2)
      await sleep(200)
    }
    finally { await worker.stop() }
    expect(runs).toHaveLength(2)
    expect(runs[0]).toBe(1)
  })

  it('audits an enqueue unless the caller audits its own change', async () => {
    const kind = newKind()
    const audited = (await add(kind, {}, { uniqueKey: `${kind}:a` }))!
    const silent = (await add(kind, {}, { audit: false }))!
    const rows = await service(tx => tx.selectFrom('audit_log').select(['entity_id', 'action', 'after']).where('entity', '=', 'jobs')
      .where('entity_id', 'in', [audited, silent]).execute())
    expect(rows).toEqual([{ entity_id: audited, action: 'enqueue', after: expect.objectContaining({ kind, unique_key: `${kind}:a` }) }])
  })

  it('exists only if the transaction that enqueued it commits', async () => {
    const kind = newKind()
    await expect(service(async (tx) => {
      await enqueue(tx, kind)
      throw new Error('rolled back')
    })).rejects.toThrow('rolled back')
    expect(await claimJobs(db, newWorkerId('test'), [kind], 10)).toEqual([])
  })
})

describe('failures', () => {
  it('retries with an exponential backoff after a failure', async () => {
    const kind = newKind()
    const worker = newWorkerId('test')
    const id = (await add(kind, {}, { backoffMs: 10_000, maxAttempts: 5 }))!
    await claimJobs(db, worker, [kind], 1)
    expect(await failJob(db, worker, id, new Error('smtp down'))).toBe('pending')
    expect(await dueIn(id)).toBeGreaterThan(9)
    expect(await dueIn(id)).toBeLessThanOrEqual(10)
    expect(await claimJobs(db, worker, [kind], 1)).toEqual([])
    await makeDue(id)
    await claimJobs(db, worker, [kind], 1)
    expect(await failJob(db, worker, id, new Error('smtp still down'))).toBe('pending')
    expect(await dueIn(id)).toBeGreaterThan(19)
    expect(await dueIn(id)).toBeLessThanOrEqual(20)
    expect(await row(id)).toMatchObject({ state: 'pending', attempts: 2, last_error: 'smtp still down', locked_by: null })
  })

  it('retries through a worker until the handler succeeds, waiting longer each time', async () => {
    const kind = newKind()
    const tries: number[] = []
    const handler: JobHandler = async () => {
      tries.push(Date.now())
      if (tries.length < 3) throw new Error(`try ${tries.length} failed`)
    }
    const worker = new JobWorker(db, { [kind]: handler }, { pollMs: 20 })
    worker.start()
    try {
      const id = (await add(kind, {}, { backoffMs: 150, maxAttempts: 5 }))!
      await until(async () => (await row(id)).state === 'done')
      expect(await row(id)).toMatchObject({ attempts: 3, last_error: 'try 2 failed' })
    }
    finally { await worker.stop() }
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(140)
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(290)
  })

  it('gives up after its last attempt', async () => {
    const kind = newKind()
    let tries = 0
    const worker = new JobWorker(db, {
      [kind]: async () => {
        tries++
        throw new Error('always fails')
      },
    }, { pollMs: 20 })
    worker.start()
    let id = ''
    try {
      id = (await add(kind, {}, { backoffMs: 10, maxAttempts: 3 }))!
      await until(async () => (await row(id)).state === 'failed')
      await sleep(200)
    }
    finally { await worker.stop() }
    expect(tries).toBe(3)
    expect(await row(id)).toMatchObject({ state: 'failed', attempts: 3, last_error: 'always fails', finished_at: expect.any(Date) })
  })
})

describe('leases', () => {
  it('runs a job again when the worker that held it stopped answering, and the first worker cannot finish it after', async () => {
    const kind = newKind()
    const dead = newWorkerId('dead')
    const alive = newWorkerId('alive')
    const id = (await add(kind, {}, { leaseMs: 300 }))!
    expect(await claimJobs(db, dead, [kind], 1)).toHaveLength(1)
    expect(await claimJobs(db, alive, [kind], 1)).toEqual([])
    await sleep(400)
    const [again] = await claimJobs(db, alive, [kind], 1)
    expect(again).toMatchObject({ id, attempts: 2 })
    expect(await completeJob(db, dead, id)).toBe(false)
    expect(await failJob(db, dead, id, new Error('late'))).toBe('lost')
    expect(await completeJob(db, alive, id)).toBe(true)
  })

  it('fails a job whose lease ran out on its last attempt instead of running it again', async () => {
    const kind = newKind()
    const id = (await add(kind, {}, { leaseMs: 200, maxAttempts: 1 }))!
    await claimJobs(db, newWorkerId('dead'), [kind], 1)
    await sleep(300)
    expect(await claimJobs(db, newWorkerId('alive'), [kind], 1)).toEqual([])
    expect(await row(id)).toMatchObject({ state: 'failed', last_error: 'lease ran out on the last attempt' })
  })

  it('keeps a long job by renewing its lease while it runs', async () => {
    const kind = newKind()
    let runs = 0
    const worker = new JobWorker(db, {
      [kind]: async () => {
        runs++
        await sleep(900)
      },
    }, { pollMs: 20 })
    worker.start()
    const other = newWorkerId('other')
    try {
      const id = (await add(kind, {}, { leaseMs: 300 }))!
      await until(() => runs === 1)
      for (let i = 0; i < 6; i++) {
        await sleep(120)
        expect(await claimJobs(db, other, [kind], 1)).toEqual([])
      }
      await until(async () => (await row(id)).state === 'done')
    }
    finally { await worker.stop() }
    expect(runs).toBe(1)
  })
})

describe('workers', () => {
  it('stop after the jobs they are running have finished', async () => {
    const kind = newKind()
    let finished = false
    const worker = new JobWorker(db, {
      [kind]: async () => {
        await sleep(300)
        finished = true
      },
    }, { pollMs: 20 })
    worker.start()
    const id = (await add(kind))!
    await until(async () => (await row(id)).state === 'running')
    await worker.stop()
    expect(finished).toBe(true)
    expect((await row(id)).state).toBe('done')
  })

  it('share many jobs between several workers, each job run once', async () => {
    const kind = newKind()
    const runs = new Map<number, number>()
    const handler: JobHandler = async (payload) => {
      await sleep(2)
      runs.set(payload.n as number, (runs.get(payload.n as number) ?? 0) + 1)
    }
    await service(async (tx) => {
      for (let n = 0; n < 60; n++) await enqueue(tx, kind, { n })
    })
    const workers = [1, 2, 3].map(() => new JobWorker(db, { [kind]: handler }, { pollMs: 10, concurrency: 3 }))
    workers.forEach(w => w.start())
    try {
      await until(() => runs.size === 60)
    }
    finally { await Promise.all(workers.map(w => w.stop())) }
    expect([...runs.values()].every(count => count === 1)).toBe(true)
  })

  it('take only the kinds they have handlers for', async () => {
    const known = newKind()
    const unknown = newKind()
    const id = (await add(unknown))!
    const worker = new JobWorker(db, { [known]: async () => {} }, { pollMs: 20 })
    worker.start()
    await sleep(150)
    await worker.stop()
    expect((await row(id)).state).toBe('pending')
  })
})

describe('schedules', () => {
  const schedule = (name: string): Schedule => ({ name, kind: name, everyMs: 6 * 60 * 60 * 1000 })

  it('count slots from midnight UTC', () => {
    const every6h = schedule('x')
    expect(slotStart(every6h, new Date('2026-12-05T13:59:59Z')).toISOString()).toBe('2026-12-05T12:00:00.000Z')
    expect(slotStart({ ...every6h, everyMs: 86_400_000, offsetMs: 3 * 3_600_000 }, new Date('2026-12-05T02:00:00Z')).toISOString())
      .toBe('2026-12-04T03:00:00.000Z')
  })

  it('enqueue each slot once however many processes tick, the current slot due now and the next at its start', async () => {
    const kind = newKind()
    const now = new Date()
    const counts = await Promise.all([1, 2, 3].map(() => enqueueScheduled(db, [schedule(kind)], now)))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2)
    expect(await enqueueScheduled(db, [schedule(kind)], now)).toBe(0)
    const jobs = await service(tx => tx.selectFrom('jobs').select(['run_at', 'unique_key', 'state']).where('kind', '=', kind).orderBy('run_at').execute())
    const current = slotStart(schedule(kind), now)
    expect(jobs.map(j => j.run_at.getTime())).toEqual([current.getTime(), current.getTime() + 6 * 3_600_000])
    expect(jobs[0]!.unique_key).toBe(`schedule:${kind}@${current.toISOString()}`)
    const worker = newWorkerId('test')
    expect((await claimJobs(db, worker, [kind], 10)).map(j => j.payload)).toEqual([{ slot: current.toISOString() }])
  })
})

describe('the agreement lifecycle', () => {
  it('runs as the scheduled job of the current slot, through the registry', async () => {
    const lifecycle = SCHEDULES.find(s => s.kind === 'agreements.lifecycle')!
    expect(lifecycle.everyMs).toBe(6 * 60 * 60 * 1000)
    await enqueueScheduled(db, [lifecycle])
    const key = `schedule:agreements.lifecycle@${slotStart(lifecycle, new Date()).toISOString()}`
    const job = () => service(tx => tx.selectFrom('jobs').select(['state', 'attempts', 'last_error']).where('unique_key', '=', key).executeTakeFirstOrThrow())
    const worker = new JobWorker(db, jobHandlers(), { pollMs: 20 })
    worker.start()
    try {
      await until(async () => (await job()).state === 'done')
    }
    finally { await worker.stop() }
    expect(await job()).toEqual({ state: 'done', attempts: 1, last_error: null })
  })
})

describe('guard', () => {
  it('keeps the queue out of reach of a signed-in person or a visitor', async () => {
    const person = await createPerson(db, 'jobs-reader')
    const id = (await add(newKind()))!
    for (const actor of [person, null]) {
      expect((await attemptAndRollBack(db, actor, tx => tx.selectFrom('jobs').select('id').execute())).message).toMatch(PERMISSION_DENIED)
      expect((await attemptAndRollBack(db, actor, tx => tx.insertInto('jobs').values({ kind: 'mail.deliver', payload: '{}' as never }).execute())).message)
        .toMatch(PERMISSION_DENIED)
      expect((await attemptAndRollBack(db, actor, tx => tx.updateTable('jobs').set({ state: 'done' }).where('id', '=', id).execute())).message)
        .toMatch(PERMISSION_DENIED)
      expect((await attemptAndRollBack(db, actor, tx => tx.deleteFrom('jobs').where('id', '=', id).execute())).message).toMatch(PERMISSION_DENIED)
    }
  })

  it('refuses a statement made as a person even where a grant lets it through (the guard trigger)', async () => {
    const id = (await add(newKind()))!
    const error = await attemptAndRollBack(db, await createPerson(db, 'granted'), async (tx) => {
      // As the owner, grant what a careless migration might; rolled back with the attempt.
      await sql`reset role`.execute(tx)
      await sql`grant select, update on public.jobs to authenticated`.execute(tx)
      await sql`select set_config('role', 'authenticated', true)`.execute(tx)
      await tx.updateTable('jobs').set({ state: 'done' }).where('id', '=', id).execute()
    })
    expect(error.message).toMatch('only the service enqueues and runs jobs')
    expect((await row(id)).state).toBe('pending')
  })
})

describe('mail delivery', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-jobs-pickup-'))
  beforeAll(() => {
    loadLocales()
    setMailPickupDir(dir)
  })
  afterAll(() => setMailPickupDir(null))
  const mail = (to: string) => ({ toEmail: to, locale: 'en' as const, template: 'auth.password_reset', params: { link: 'http://x/reset' } })
  const copies = (to: string) => readdirSync(dir).map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; to: string })
    .filter(m => m.to === to)
  const deliveryJob = (mailId: string) => service(tx => tx.selectFrom('jobs').selectAll().where('kind', '=', 'mail.deliver')
    .where(sql<boolean>`payload -> 'ids' ? ${mailId}`).executeTakeFirstOrThrow())

  it('is a job in the same transaction, run by the sending process right after commit, which marks the mail sent', async () => {
    const [id] = await service(tx => enqueueMails(tx, [mail('quick@example.org')]))
    expect(copies('quick@example.org').map(m => m.id)).toEqual([id])
    expect((await service(tx => tx.selectFrom('mail_outbox').select('sent_at').where('id', '=', id!).executeTakeFirstOrThrow())).sent_at).toBeInstanceOf(Date)
    expect(await deliveryJob(id!)).toMatchObject({ state: 'done', attempts: 1 })
  })

  it('is delivered by a worker when the sending process did not (it crashed after commit)', async () => {
    // A transaction asService did not open has no after-commit work: as if the process had died right after commit.
    const [id] = await db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'service_role', true)`.execute(tx)
      return enqueueMails(tx, [mail('late@example.org')])
    })
    expect(copies('late@example.org')).toEqual([])
    const job = await deliveryJob(id!)
    expect(job.state).toBe('pending')
    await makeDue(job.id)
    const worker = new JobWorker(db, { 'mail.deliver': deliverMails }, { pollMs: 20 })
    worker.start()
    try {
      await until(async () => (await row(job.id)).state === 'done')
    }
    finally { await worker.stop() }
    expect(copies('late@example.org').map(m => m.id)).toEqual([id])
  })

  it('writes one copy however often the job runs', async () => {
    const [id] = await db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'service_role', true)`.execute(tx)
      return enqueueMails(tx, [mail('twice@example.org')])
    })
    await deliverMails({ ids: [id] }, { db })
    await service(tx => tx.updateTable('mail_outbox').set({ sent_at: null }).where('id', '=', id!).execute()) // as if the crash came before marking it sent
    await deliverMails({ ids: [id] }, { db })
    await deliverMails({ ids: [id] }, { db })
    expect(copies('twice@example.org')).toHaveLength(1)
  })

  it('writes the same copy from the quick path and a worker, and leaves a job a worker holds to that worker', async () => {
    const holder = newWorkerId('holder')
    const { id, createdAt, rendered } = await db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'service_role', true)`.execute(tx)
      const [id] = await enqueueMails(tx, [mail('held@example.org')])
      const row = (await sql<OutboxMail>`select id, to_email, locale, template, subject, body, created_at from public.mail_outbox
        where id = ${id}`.execute(tx)).rows[0]!
      return { id: id!, createdAt: row.created_at, rendered: row }
    })
    const job = await deliveryJob(id)
    await makeDue(job.id)
    expect(await claimJobs(db, holder, ['mail.deliver'], 10)).toEqual([expect.objectContaining({ id: job.id })])
    await deliverJustCommitted(db, job.id, [rendered], createdAt)
    expect(await row(job.id)).toMatchObject({ state: 'running', locked_by: holder })
    await deliverMails({ ids: [id] }, { db })
    expect(await completeJob(db, holder, job.id)).toBe(true)
    expect(copies('held@example.org')).toHaveLength(1)
  })

  it('marks deliveries that finish together in shared transactions, each mail sent and each job done, a held job left to its holder', async () => {
    const holder = newWorkerId('holder')
    const addresses = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map(name => `${name}@batch.example.org`)
    const enqueued = await Promise.all(addresses.map(to => db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'service_role', true)`.execute(tx)
      const [id] = await enqueueMails(tx, [mail(to)])
      return (await sql<OutboxMail>`select id, to_email, locale, template, subject, body, created_at from public.mail_outbox
        where id = ${id}`.execute(tx)).rows[0]!
    })))
    const jobs = await Promise.all(enqueued.map(mail => deliveryJob(mail.id)))
    await makeDue(jobs[5]!.id)
    expect(await claimJobs(db, holder, ['mail.deliver'], 10)).toEqual([expect.objectContaining({ id: jobs[5]!.id })])
    // Every statement the deliveries run, counted: one transaction each would be 2 statements (claims, marking) × 6.
    let statements = 0
    const counted = db.withPlugin({ transformQuery: ({ node }) => (statements++, node), transformResult: async ({ result }) => result })
    await Promise.all(enqueued.map((mail, i) => deliverJustCommitted(counted, jobs[i]!.id, [mail], mail.created_at)))
    expect(statements).toBeLessThan(12)
    for (const to of addresses) expect(copies(to)).toHaveLength(1)
    const sent = await service(tx => tx.selectFrom('mail_outbox').select(['id', 'sent_at']).where('id', 'in', enqueued.map(m => m.id)).execute())
    expect(sent.every(m => m.sent_at !== null)).toBe(true)
    for (const job of jobs.slice(0, 5)) expect(await row(job.id)).toMatchObject({ state: 'done' })
    expect(await row(jobs[5]!.id)).toMatchObject({ state: 'running', locked_by: holder })
  })
})
