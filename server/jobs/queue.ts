import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../db/connect'
import { afterCommit, asService, type Tx } from '../db/as-user'

/**
 * The durable job queue: rows in public.jobs (migration 20261205100000_jobs.sql), claimed with
 * FOR UPDATE SKIP LOCKED, so each due job goes to one worker whichever process polls. A job runs at
 * least once: a worker that dies mid-job leaves a lease that runs out, and another takes the job
 * again. Handlers are therefore idempotent (a lifecycle run is; a mail copy is rewritten under the same name).
 * All times are the database's clock, so server processes with skewed clocks agree on what is due.
 */

export interface EnqueueOptions {
  /** Not run before this time (default: now). */
  runAt?: Date
  /** Not run before this many milliseconds from now, by the database's clock. */
  delayMs?: number
  /** Enqueued once: while a job with this key exists, enqueueing it again does nothing and returns null. */
  uniqueKey?: string
  /** Tries before the job is given up as failed (default 5). */
  maxAttempts?: number
  /** The first retry waits this long, each further one twice as long, at most a day (default 10 s). */
  backoffMs?: number
  /** How long a worker holds a job before another may take it again (default 5 min; renewed while it runs). */
  leaseMs?: number
  /**
   * Writes an audit row for the enqueue (default). Off where the change that enqueues is audited
   * itself: the mail outbox audits each mail, its delivery job would say nothing more.
   */
  audit?: boolean
}

/** A job a worker holds: run it, then completeJob or failJob it. */
export interface ClaimedJob {
  id: string
  kind: string
  payload: Record<string, unknown>
  attempts: number
  max_attempts: number
  lease_ms: number
}

const wakeListeners = new Set<() => void>()

/** Called after a transaction that enqueued a job commits, so a worker in this process need not wait for its next poll. */
export function onEnqueued(listener: () => void): () => void {
  wakeListeners.add(listener)
  return () => wakeListeners.delete(listener)
}

/**
 * Puts a job in the queue inside tx, so it exists exactly when the change that asked for it commits.
 * tx must act as the service (asService, or elevated inside a person's transaction). A payload names
 * rows by id and holds no personal data: account erasure and the audit log never look into it.
 * Returns the job's id, or null when its unique key is taken.
 */
export async function enqueue(tx: Tx, kind: string, payload: Record<string, unknown> = {}, options: EnqueueOptions = {}): Promise<string | null> {
  const audit = options.audit ?? true
  const { rows } = await sql<{ id: string }>`
    with j as (${jobInsert(kind, payload, options)}),
    a as (
      insert into public.audit_log (actor_id, action, entity, entity_id, after)
      select auth.uid(), 'enqueue', 'jobs', j.id, jsonb_build_object('kind', j.kind, 'unique_key', j.unique_key, 'run_at', j.run_at)
      from j where ${audit})
    select id from j`.execute(tx)
  const id = rows[0]?.id ?? null
  if (id) await wakeWorkersAfterCommit(tx)
  return id
}

/**
 * The insert of one job, returning id, kind, unique_key and run_at: for a statement that enqueues along with
 * other writes (the mail outbox stores its mails and their delivery job in one). Unaudited: the caller audits.
 */
export function jobInsert(kind: string, payload: Record<string, unknown>, options: EnqueueOptions = {}) {
  const runAt = options.runAt ? sql`${options.runAt.toISOString()}::timestamptz` : sql`now() + ${options.delayMs ?? 0} * interval '1 millisecond'`
  return sql`
      insert into public.jobs (kind, payload, unique_key, run_at, max_attempts, backoff_ms, lease_ms)
      values (${kind}, ${JSON.stringify(payload)}::jsonb, ${options.uniqueKey ?? null}, ${runAt},
        ${options.maxAttempts ?? 5}, ${options.backoffMs ?? 10_000}, ${options.leaseMs ?? 300_000})
      on conflict (unique_key) do nothing
      returning id, kind, unique_key, run_at`
}

/** After a transaction that enqueued a job commits, a worker in this process need not wait for its next poll. */
export async function wakeWorkersAfterCommit(tx: Tx): Promise<void> {
  if (wakeListeners.size) await afterCommit(tx, async () => wakeListeners.forEach(wake => wake()))
}

/** A name for this worker in locked_by, so a job's holder can be told apart from another that took it over. */
export function newWorkerId(label = 'worker'): string {
  return `${label}:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
}

const asJson = (values: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`

/**
 * Takes up to `limit` due jobs of the given kinds: pending ones whose time has come, and running ones
 * whose lease ran out (their worker died). A lapsed job that has used its last attempt fails instead.
 */
export async function claimJobs(db: Db, workerId: string, kinds: string[], limit: number): Promise<ClaimedJob[]> {
  if (kinds.length === 0 || limit <= 0) return []
  return asService(db, 'job queue: claim due jobs', async tx => (await sql<ClaimedJob>`
    with lapsed as (
      update public.jobs set state = 'failed', finished_at = now(), locked_by = null, locked_until = null,
        last_error = left(coalesce(last_error || '; ', '') || 'lease ran out on the last attempt', 2000)
      where state = 'running' and locked_until < now() and attempts >= max_attempts),
    due as (
      select id from public.jobs
      where kind = any(${asJson(kinds)})
        and ((state = 'pending' and run_at <= now()) or (state = 'running' and locked_until < now() and attempts < max_attempts))
      order by run_at
      limit ${limit}
      for update skip locked)
    update public.jobs j set state = 'running', attempts = j.attempts + 1, locked_by = ${workerId},
      locked_until = now() + j.lease_ms * interval '1 millisecond'
    from due where j.id = due.id
    returning j.id, j.kind, j.payload, j.attempts, j.max_attempts, j.lease_ms`.execute(tx)).rows)
}

/**
 * Marks a job done that the process which enqueued it has done itself, inside tx, unless a worker took
 * it first: the quick path for mail. False when a worker holds or finished it (it then finishes it itself).
 */
export async function finishUnclaimedJob(tx: Tx, id: string): Promise<boolean> {
  const result = await finishUnclaimedJobStatement(id).execute(tx)
  return Number(result.numAffectedRows ?? 0) === 1
}

/** The update of finishUnclaimedJob, to end a statement that does more (marking its mails sent). */
export function finishUnclaimedJobStatement(id: string) {
  return finishUnclaimedJobsStatement([id])
}

/** The same for several jobs at once (the mails of several requests marked sent together). */
export function finishUnclaimedJobsStatement(ids: string[]) {
  return sql`update public.jobs set state = 'done', attempts = attempts + 1, finished_at = now()
    where id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid) and state = 'pending'`
}

/** Marks a job done; false when this worker no longer held it (its lease ran out and another took it). */
export async function completeJob(db: Db, workerId: string, id: string): Promise<boolean> {
  const result = await asService(db, 'job queue: job done', tx => sql`
    update public.jobs set state = 'done', finished_at = now(), locked_by = null, locked_until = null
    where id = ${id} and state = 'running' and locked_by = ${workerId}`.execute(tx))
  return Number(result.numAffectedRows ?? 0) === 1
}

/** After a failed try: pending again after an exponential backoff, or failed for good after its last attempt. */
export async function failJob(db: Db, workerId: string, id: string, error: unknown): Promise<'pending' | 'failed' | 'lost'> {
  const message = error instanceof Error ? error.message : String(error)
  const { rows } = await asService(db, 'job queue: job failed', tx => sql<{ state: 'pending' | 'failed' }>`
    update public.jobs set
      state = case when attempts >= max_attempts then 'failed' else 'pending' end,
      run_at = case when attempts >= max_attempts then run_at
        else now() + least(backoff_ms * power(2, attempts - 1), 86400000) * interval '1 millisecond' end,
      finished_at = case when attempts >= max_attempts then now() end,
      last_error = left(${message}, 2000), locked_by = null, locked_until = null
    where id = ${id} and state = 'running' and locked_by = ${workerId}
    returning state`.execute(tx))
  return rows[0]?.state ?? 'lost'
}

/** Keeps holding a long job: its lease starts again from now. */
export async function renewLease(db: Db, workerId: string, id: string): Promise<boolean> {
  const result = await asService(db, 'job queue: renew a lease', tx => sql`
    update public.jobs set locked_until = now() + lease_ms * interval '1 millisecond'
    where id = ${id} and state = 'running' and locked_by = ${workerId}`.execute(tx))
  return Number(result.numAffectedRows ?? 0) === 1
}

/** Forgets finished jobs: done ones after a week, failed ones (kept to be looked into) after 30 days. */
export async function deleteOldJobs(db: Db): Promise<number> {
  const result = await asService(db, 'job queue: clean up', tx => sql`
    delete from public.jobs
    where (state = 'done' and finished_at < now() - interval '7 days') or (state = 'failed' and finished_at < now() - interval '30 days')`.execute(tx))
  return Number(result.numAffectedRows ?? 0)
}
