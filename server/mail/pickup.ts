import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { asService, type Tx } from '../db/as-user'
import type { Db } from '../db/connect'
import { finishUnclaimedJobsStatement } from '../jobs/queue'
import type { JobContext } from '../jobs/worker'
import { together } from '../db/together'

/** The job that hands mails of the outbox to the pickup directory (server/jobs/registry.ts). */
export const MAIL_DELIVERY_JOB = 'mail.deliver'

let pickupDir: string | null = null

/** Where a copy of each mail is written as JSON (a pickup directory), for delivery agents and tests; null: nowhere. */
export function setMailPickupDir(dir: string | null) {
  pickupDir = dir
}

export function mailPickupDir(): string | null {
  return pickupDir
}

export interface OutboxMail { id: string; to_email: string; locale: string; template: string; subject: string; body: string; created_at: Date }

const idList = (ids: string[]) => sql`(select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`

/**
 * The delivery job, run by a worker: writes a copy of each mail not yet sent to the pickup directory,
 * then marks it sent. A mail erased meanwhile (account deletion) is simply not there any more.
 */
export async function deliverMails(payload: Record<string, unknown>, { db }: Pick<JobContext, 'db'>): Promise<void> {
  const dir = pickupDir
  const ids = (payload.ids as string[] | undefined) ?? []
  if (!dir || ids.length === 0) return
  const mails = await asService(db, 'mail delivery: read the outbox', async tx => (await sql<OutboxMail>`
    select id, to_email, locale, template, subject, body, created_at from public.mail_outbox
    where id in ${idList(ids)} and sent_at is null`.execute(tx)).rows)
  if (mails.length === 0) return
  await writeCopies(dir, mails)
  await asService(db, 'mail delivery: mark sent', tx => markSent(tx, mails.map(mail => mail.id)))
}

/**
 * The quick path: the process that just committed the mails writes their copies from what it rendered,
 * and marks the mails sent and their job done in one statement, so a request that mails pays one
 * short transaction more, not a worker's round of claims. Deliveries that finish while that transaction
 * is under way are marked together in the next one (a burst of requests that mail shares a few transactions
 * instead of one each). If a worker took the job meanwhile (it waits 30 s before it may), both write the same
 * files and the worker finishes the job.
 */
export async function deliverJustCommitted(db: Db, jobId: string, mails: Omit<OutboxMail, 'created_at'>[], createdAt: Date): Promise<void> {
  const dir = pickupDir
  if (!dir) return
  await writeCopies(dir, mails.map(mail => ({ ...mail, created_at: createdAt })))
  await markDelivered(db, { jobId, mailIds: mails.map(mail => mail.id) })
}

/**
 * One statement marks every delivery waiting (server/db/together.ts): the mails sent, their jobs done while no worker
 * has claimed them.
 */
const markDelivered = together(async (db, deliveries: { jobId: string; mailIds: string[] }[]) => {
  await asService(db, 'mail delivery: mark sent', tx => sql`
    with sent as (update public.mail_outbox set sent_at = now() where id in ${idList(deliveries.flatMap(d => d.mailIds))} and sent_at is null)
    ${finishUnclaimedJobsStatement(deliveries.map(d => d.jobId))}`.execute(tx))
  return deliveries.map(() => undefined)
})

/** A copy is named by the mail's time and id, so a delivery tried again after a crash rewrites the same file instead of sending twice. */
async function writeCopies(dir: string, mails: OutboxMail[]) {
  await ensurePickupDir(dir)
  await Promise.all(mails.map(mail => writeFile(join(dir, `${new Date(mail.created_at).getTime()}-${mail.id}.json`),
    JSON.stringify({ id: mail.id, to: mail.to_email, locale: mail.locale, template: mail.template, subject: mail.subject, body: mail.body }))))
}

async function markSent(tx: Tx, ids: string[]) {
  await sql`update public.mail_outbox set sent_at = now() where id in ${idList(ids)} and sent_at is null`.execute(tx)
}

const madeDirs = new Set<string>()
async function ensurePickupDir(dir: string) {
  if (madeDirs.has(dir)) return
  await mkdir(dir, { recursive: true })
  madeDirs.add(dir)
}
