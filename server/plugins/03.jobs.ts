import { jobHandlers } from '../jobs/registry'
import { enqueueScheduled } from '../jobs/schedules'
import { enqueueTestJobs } from '../jobs/test-jobs'
import { JobWorker } from '../jobs/worker'
import { portalConfig } from '../utils/config'

/**
 * The job worker of this process: runs due jobs from the queue (server/jobs/) and enqueues the
 * schedules' runs (the agreement lifecycle every 6 h). Several processes may run one each on the
 * same database; each job still runs once. PORTAL_JOBS=off starts none (mail is still delivered by
 * the process that sends it, right after commit); PORTAL_JOBS_POLL_MS sets how often it looks for work.
 * It is stopped on close by 02.database.ts, before the database closes under it.
 */
export default defineNitroPlugin(() => {
  const { jobs, jobsPollMs, testJobs } = portalConfig()
  if (!jobs) return
  useDatabase().then(async (db) => {
    await enqueueTestJobs(db, testJobs)
    new JobWorker(db, jobHandlers(testJobs.log), { pollMs: jobsPollMs, tick: enqueueScheduled }).start()
  }).catch(error => console.error('[jobs] cannot start:', (error as Error).message))
})
