import type { Db } from '../db/connect'
import { contentChanged } from '../cache/page-cache'
import { claimJobs, completeJob, failJob, newWorkerId, onEnqueued, renewLease, type ClaimedJob } from './queue'

/** What a handler is given besides its payload. */
export interface JobContext {
  db: Db
  job: ClaimedJob
}

export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>

export interface WorkerOptions {
  /** How often to look for due jobs (default 500 ms); an enqueue in this process wakes the worker at once. */
  pollMs?: number
  /** Jobs run at the same time by this worker (default 4). */
  concurrency?: number
  /** Called at start and then every tickMs: the schedules enqueue their coming runs there. */
  tick?: (db: Db) => Promise<unknown>
  tickMs?: number
}

const running = new Set<JobWorker>()

/**
 * Polls the queue and runs due jobs of the kinds it has handlers for (a process of an older build
 * leaves kinds it does not know to others). stop() takes no new job and waits for those running.
 */
export class JobWorker {
  readonly id = newWorkerId()
  private stopped = true
  private active = new Set<Promise<void>>()
  private sleeping: { timer: NodeJS.Timeout; resolve: () => void } | undefined
  private loop: Promise<void> | undefined
  private unsubscribe: (() => void) | undefined

  constructor(private db: Db, private handlers: Record<string, JobHandler>, private options: WorkerOptions = {}) {}

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    running.add(this)
    this.unsubscribe = onEnqueued(() => this.wake())
    this.loop = this.run()
  }

  /** Looks for work now instead of at the next poll. */
  wake(): void {
    this.sleeping?.resolve()
  }

  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    running.delete(this)
    this.unsubscribe?.()
    this.wake()
    await this.loop
    // A job still running after the timeout keeps its lease; once that runs out another worker takes it again.
    const settled = Promise.allSettled([...this.active])
    await Promise.race([settled, new Promise(resolve => setTimeout(resolve, timeoutMs).unref())])
  }

  private async run(): Promise<void> {
    const { pollMs = 500, concurrency = 4, tick, tickMs = 60_000 } = this.options
    const kinds = Object.keys(this.handlers)
    let nextTick = 0
    while (!this.stopped) {
      try {
        if (tick && Date.now() >= nextTick) {
          nextTick = Date.now() + tickMs
          await tick(this.db)
        }
        const free = concurrency - this.active.size
        const jobs = free > 0 ? await claimJobs(this.db, this.id, kinds, free) : []
        for (const job of jobs) this.track(runClaimed(this.db, this.id, job, this.handlers[job.kind]!))
        // A full batch may mean more are due: look again at once rather than after a poll.
        if (jobs.length > 0 && jobs.length === free) continue
      }
      catch (error) {
        if (this.stopped) break
        console.error('[jobs] polling failed:', (error as Error).message)
      }
      await this.sleep(pollMs)
    }
  }

  private track(work: Promise<void>) {
    this.active.add(work)
    // A slot freed is a reason to look for more work.
    void work.finally(() => {
      this.active.delete(work)
      this.wake()
    })
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.sleeping = undefined
        resolve()
      }
      const timer = setTimeout(done, ms)
      timer.unref()
      this.sleeping = { timer, resolve: done }
    })
  }
}

/** Stops every worker of this process (before its database closes). */
export async function stopWorkers(): Promise<void> {
  await Promise.all([...running].map(worker => worker.stop()))
}

/** Runs a job this worker holds, renewing its lease meanwhile, and records how it ended. Never throws. */
async function runClaimed(db: Db, workerId: string, job: ClaimedJob, handler: JobHandler): Promise<void> {
  const renew = setInterval(() => {
    renewLease(db, workerId, job.id).catch(error => console.error(`[jobs] ${job.kind} ${job.id}: lease not renewed:`, (error as Error).message))
  }, Math.max(50, Math.floor(job.lease_ms / 3)))
  renew.unref()
  // A job may change what public pages show (an agreement expiring, a call closing): pages rendered before it are not served again.
  contentChanged()
  try {
    await handler(job.payload, { db, job })
    contentChanged()
    clearInterval(renew)
    if (!await completeJob(db, workerId, job.id)) console.warn(`[jobs] ${job.kind} ${job.id} finished after its lease was taken over`)
  }
  catch (error) {
    clearInterval(renew)
    try {
      const now = await failJob(db, workerId, job.id, error)
      console.error(`[jobs] ${job.kind} ${job.id} attempt ${job.attempts}/${job.max_attempts} failed (${now}):`, (error as Error).message)
    }
    catch (recording) {
      // The lease runs out and the job is tried again; nothing more to do here.
      console.error(`[jobs] ${job.kind} ${job.id}: failure not recorded:`, (recording as Error).message)
    }
  }
}
