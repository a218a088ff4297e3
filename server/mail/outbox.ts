import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterCommit, databaseOf, type Tx } from '../db/as-user'
import { jobInsert, wakeWorkersAfterCommit } from '../jobs/queue'
import { deliverJustCommitted, MAIL_DELIVERY_JOB, mailPickupDir } from './pickup'
import { translate } from '../i18n/messages'
import type { LocaleCode } from '../../shared/locales'
import type { MessageParams } from '../utils/errors'

export interface MailRequest {
  toEmail: string
  toUserId?: string | null
  /** The recipient's preferred locale: mail goes out in their language, not the sender's. */
  locale: LocaleCode
  /** A key under mail.* in the locale files, with .subject and .body. */
  template: string
  params?: MessageParams
}

export { setMailPickupDir } from './pickup'

/** A delivery the quick path did not make is tried again by the queue's workers after this long. */
const QUEUE_FALLBACK_MS = 30_000

let portalBaseUrl = 'http://localhost:3000'

/** The portal's public address, for links in mail. */
export function setPortalBaseUrl(url: string) {
  portalBaseUrl = url.replace(/\/+$/, '')
}

/** A full link to a page of the portal in the recipient's locale. */
export function portalLink(locale: LocaleCode, path: string): string {
  return `${portalBaseUrl}/${locale}${path}`
}

/** Renders a mail in the recipient's locale and puts it in the outbox. tx must be a service transaction. */
export async function enqueueMail(tx: Tx, mail: MailRequest): Promise<string> {
  return (await enqueueMails(tx, [mail]))[0]!
}

/**
 * Renders several mails, each in its recipient's locale, and puts them in the outbox with their audit
 * rows in one statement, and a job that delivers them (writes the pickup copies) in the same
 * transaction, so a delivery agent never sees a mail whose change was rolled back and no committed
 * mail is lost to a crash. Once the transaction has committed, this process runs the job at once, so
 * the copies are there when the request answers; the queue's workers deliver whatever that missed.
 */
export async function enqueueMails(tx: Tx, mails: MailRequest[]): Promise<string[]> {
  if (mails.length === 0) return []
  // Ids are chosen here, so each pickup copy is named by its own row whatever order the rows come back in.
  const rendered = mails.map(mail => ({
    id: randomUUID(), to_email: mail.toEmail, to_user_id: mail.toUserId ?? null, locale: mail.locale, template: mail.template,
    subject: translate(mail.locale, `mail.${mail.template}.subject`, mail.params ?? {}),
    body: translate(mail.locale, `mail.${mail.template}.body`, mail.params ?? {}),
  }))
  // The mails, their audit rows and — when copies are written — the job that delivers them, in one statement.
  // The workers leave the job to the quick path below for a while, so the two do not both deliver it.
  const delivery = mailPickupDir()
    ? jobInsert(MAIL_DELIVERY_JOB, { ids: rendered.map(mail => mail.id) }, { delayMs: QUEUE_FALLBACK_MS, maxAttempts: 10, backoffMs: 5_000, leaseMs: 60_000 })
    : sql`select null::uuid as id where false`
  const { rows } = await sql<{ created_at: Date; job_id: string | null }>`
    with m as (
      insert into public.mail_outbox (id, to_email, to_user_id, locale, template, subject, body)
      select * from jsonb_to_recordset(${JSON.stringify(rendered)}::jsonb)
        as r(id uuid, to_email text, to_user_id uuid, locale text, template text, subject text, body text)
      returning id, to_user_id, locale, template, created_at),
    a as (
      insert into public.audit_log (actor_id, action, entity, entity_id, after)
      select auth.uid(), 'enqueue', 'mail_outbox', m.id, jsonb_build_object('template', m.template, 'to_user_id', m.to_user_id, 'locale', m.locale)
      from m),
    j as (${delivery})
    select (select created_at from m limit 1) as created_at, (select id from j) as job_id`.execute(tx)
  const job = rows[0]!.job_id
  if (job) {
    await wakeWorkersAfterCommit(tx)
    const db = databaseOf(tx)
    if (db) await afterCommit(tx, () => deliverJustCommitted(db, job, rendered, rows[0]!.created_at))
  }
  return rendered.map(mail => mail.id)
}
