import { jobHandlers } from '../jobs/registry'
import { enqueueScheduled } from '../jobs/schedules'
import { enqueueTestJobs } from '../jobs/test-jobs'
import { JobWorker } from '../jobs/worker'

/**
 * The job worker of this process: runs due jobs from the queue (server/jobs/) and enqueues the
 * schedules' runs (the agreement lifecycle every 6 h). Several processes may run one each on the
 * same database; each job still runs once. PORTAL_JOBS=off starts none (mail is still delivered by
 * the process that sends it, right after commit); PORTAL_JOBS_POLL_MS sets how often it looks for work.
 * It is stopped on close by 02.database.ts, before the database closes under it.
 */
export default defineNitroPlugin(() => {
  if (process.env.PORTAL_JOBS === 'off') return
  const pollMs = Number(process.env.PORTAL_JOBS_POLL_MS) || 500
  useDatabase().then(async (db) => {
    await enqueueTestJobs(db)
    new JobWorker(db, jobHandlers(), { pollMs, tick: enqueueScheduled }).start()
  }).catch(error => console.error('[jobs] cannot start:', (error as Error).message))
})
