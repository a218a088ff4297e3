import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { asService } from '../../server/db/as-user'
import { connectPostgres } from '../../server/db/connect'
import { enqueue } from '../../server/jobs/queue'
import { migratedDatabase } from './authz-fixtures'
import { seededDataDir, startServer, type RunningServer } from './server'

/**
 * The job queue across processes, with the built server and its test-only job kind `test.record`
 * (server/jobs/test-jobs.ts): each run appends "<job id> <n> <pid>" to PORTAL_JOBS_TEST_LOG, so the
 * test counts runs across kills and processes.
 */

const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.SUPABASE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const servers: RunningServer[] = []
const databases: string[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.stop()))
})
afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`)
  await admin.end()
})

/** A database of its own: a copy of the run's migrated template, or (`fresh`) an empty one the first server migrates. */
async function ownPostgres(label: string, fresh = false): Promise<string> {
  if (!fresh) {
    const { dbName, url } = await migratedDatabase(`jobs_${label}`)
    databases.push(dbName)
    return url
  }
  const name = `portal_jobs_${label}_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  databases.push(name)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

const lines = (log: string) => existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
const runs = (log: string) => lines(log).filter(line => !line.startsWith('enqueued '))
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

async function start(env: Record<string, string>, dataDir?: string): Promise<RunningServer> {
  const server = await startServer({ PORTAL_JOBS_POLL_MS: '100', ...env }, dataDir)
  servers.push(server)
  return server
}

async function kill(server: RunningServer) {
  await server.stop('SIGKILL')
  servers.splice(servers.indexOf(server), 1)
}

/**
 * A job enqueued by the server to run 6 s later; the server is killed with SIGKILL before then and
 * started again on the same data: the job runs once, and a third start (which asks for it again by
 * its unique key) neither enqueues nor runs it a second time.
 */
async function crashTest(env: Record<string, string>) {
  // The embedded run's database lives in this dir (a copy of the run's seeded template); the log sits beside it.
  const dataDir = seededDataDir()
  const log = join(dataDir, 'jobs.log')
  const withJob = { ...env, PORTAL_JOBS_TEST_LOG: log, PORTAL_JOBS_TEST_ENQUEUE: JSON.stringify([{ key: 'crash', delayMs: 6000, n: 1 }]) }

  const first = await start(withJob, dataDir)
  await until(() => lines(log).some(line => line.startsWith('enqueued crash ')), 30_000, 'the job to be enqueued')
  await kill(first)
  const enqueuedId = lines(log).find(line => line.startsWith('enqueued crash '))!.split(' ')[2]!
  expect(enqueuedId).toMatch(/^[0-9a-f-]{36}$/)
  expect(runs(log)).toEqual([])

  const second = await start(withJob, dataDir)
  await until(() => runs(log).length > 0, 30_000, 'the job to run after the restart')
  await sleep(1500)
  await second.stop()
  servers.splice(servers.indexOf(second), 1)

  const third = await start(withJob, dataDir)
  await until(() => lines(log).filter(line => line.startsWith('enqueued crash ')).length === 3, 30_000, 'the third start')
  await sleep(1500)
  expect(lines(log).filter(line => line.startsWith('enqueued crash ')).map(line => line.split(' ')[2])).toEqual([enqueuedId, '-', '-'])
  expect(runs(log).map(line => line.split(' ')[0])).toEqual([enqueuedId])
  expect(runs(log)[0]!.split(' ')[2]).toBe(String(second.process.pid))
  await third.stop()
  servers.splice(servers.indexOf(third), 1)
}

describe('a job survives a crash of its server and runs exactly once', () => {
  it('embedded (PGlite data dir on disk)', () => crashTest({ DATABASE_URL: '' }), 150_000)

  it('postgres', async () => crashTest({ DATABASE_URL: await ownPostgres('crash') }), 150_000)
})

describe('two server processes on one Postgres database', () => {
  it('share the jobs and never run one twice', async () => {
    const databaseUrl = await ownPostgres('two', true)
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-jobs-'))
    const log = join(dataDir, 'jobs.log')
    const env = { DATABASE_URL: databaseUrl, PORTAL_JOBS_TEST_LOG: log }
    // One after the other: the first applies the migrations.
    const a = await start(env)
    const b = await start(env)
    const count = 300
    const handle = connectPostgres(databaseUrl, 2)
    try {
      const ids = await asService(handle.db, 'test: many jobs', async (tx) => {
        const ids: string[] = []
        for (let n = 0; n < count; n++) ids.push((await enqueue(tx, 'test.record', { n, sleepMs: 10 }))!)
        return ids
      })
      await until(() => runs(log).length >= count, 60_000, `${count} runs`)
      await sleep(1500)
      const ran = runs(log).map(line => line.split(' '))
      expect(ran).toHaveLength(count)
      expect(new Set(ran.map(([id]) => id)).size).toBe(count)
      expect(new Set(ran.map(([id]) => id))).toEqual(new Set(ids))
      // Both processes took part.
      const pids = new Set(ran.map(([, , pid]) => pid))
      expect(pids).toEqual(new Set([String(a.process.pid), String(b.process.pid)]))
      const states = await asService(handle.db, 'test check', tx => tx.selectFrom('jobs').select(['state', 'attempts']).where('kind', '=', 'test.record').execute())
      expect(states.every(job => job.state === 'done' && job.attempts === 1)).toBe(true)
    }
    finally { await handle.close() }
  }, 150_000)
})

describe('a server asked to stop (SIGTERM)', () => {
  it('finishes the job it is running before it closes its database', async () => {
    const databaseUrl = await ownPostgres('stop')
    const log = join(mkdtempSync(join(tmpdir(), 'portal-jobs-')), 'jobs.log')
    const server = await start({ DATABASE_URL: databaseUrl, PORTAL_JOBS_TEST_LOG: log })
    const handle = connectPostgres(databaseUrl, 1)
    try {
      const id = (await asService(handle.db, 'test: a slow job', tx => enqueue(tx, 'test.record', { n: 1, sleepMs: 2500 })))!
      const state = async () => (await asService(handle.db, 'test check', tx => tx.selectFrom('jobs').select('state').where('id', '=', id)
        .executeTakeFirstOrThrow())).state
      const deadline = Date.now() + 20_000
      while (await state() !== 'running') {
        if (Date.now() > deadline) throw new Error('the job never started')
        await sleep(50)
      }
      await server.stop('SIGTERM')
      servers.splice(servers.indexOf(server), 1)
      expect(runs(log).map(line => line.split(' ')[0])).toEqual([id])
      expect(await state()).toBe('done')
    }
    finally { await handle.close() }
  }, 90_000)
})
