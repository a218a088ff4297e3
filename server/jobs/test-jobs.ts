import { appendFile } from 'node:fs/promises'
import type { Db } from '../db/connect'
import { asService } from '../db/as-user'
import { enqueue } from './queue'
import type { JobHandler } from './worker'

/**
 * A job kind for the process tests (tests/api/jobs.test.ts) only, present only when PORTAL_JOBS_TEST_LOG
 * names a file: `test.record` appends "<job id> <payload.n> <pid>" to that file, after waiting
 * payload.sleepMs, so a test counts how often each job ran, and in which process, across kills.
 * PORTAL_JOBS_TEST_ENQUEUE (JSON: [{ "key": "...", "delayMs": 5000, "n": 1 }]) enqueues such jobs
 * at start, each once by its key, for the embedded database that a test cannot reach while the server
 * has it open; once committed, "enqueued <key> <job id, or - when the key was taken>" goes to the same file.
 */
export function testJobHandlers(log: string | null): Record<string, JobHandler> {
  if (!log) return {}
  return {
    'test.record': async (payload, { job }) => {
      if (typeof payload.sleepMs === 'number') await new Promise(resolve => setTimeout(resolve, payload.sleepMs as number))
      await appendFile(log, `${job.id} ${String(payload.n ?? '')} ${process.pid}\n`)
    },
  }
}

export async function enqueueTestJobs(db: Db, settings: { log: string | null; enqueue: string | null }): Promise<void> {
  const { log, enqueue: wanted } = settings
  if (!log || !wanted) return
  const jobs = JSON.parse(wanted) as { key: string; delayMs?: number; n?: number }[]
  const ids = await asService(db, 'test jobs', async (tx) => {
    const ids: (string | null)[] = []
    for (const job of jobs) ids.push(await enqueue(tx, 'test.record', { n: job.n ?? null }, { uniqueKey: `test:${job.key}`, delayMs: job.delayMs ?? 0 }))
    return ids
  })
  await appendFile(log, jobs.map((job, i) => `enqueued ${job.key} ${ids[i] ?? '-'}\n`).join(''))
}
