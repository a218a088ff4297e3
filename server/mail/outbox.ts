import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Tx } from '../db/as-user'
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

let pickupDir: string | null = null
let portalBaseUrl = 'http://localhost:3000'

/** The portal's public address, for links in mail. */
export function setPortalBaseUrl(url: string) {
  portalBaseUrl = url.replace(/\/+$/, '')
}

/** A full link to a page of the portal in the recipient's locale. */
export function portalLink(locale: LocaleCode, path: string): string {
  return `${portalBaseUrl}/${locale}${path}`
}

/** Where a copy of each mail is written as JSON (a pickup directory), for delivery agents and tests. */
export function setMailPickupDir(dir: string | null) {
  pickupDir = dir
}

/** Renders a mail in the recipient's locale and puts it in the outbox. tx must be a service transaction. */
export async function enqueueMail(tx: Tx, mail: MailRequest): Promise<string> {
  const params = mail.params ?? {}
  const subject = translate(mail.locale, `mail.${mail.template}.subject`, params)
  const body = translate(mail.locale, `mail.${mail.template}.body`, params)
  const row = await tx.insertInto('mail_outbox')
    .values({ to_email: mail.toEmail, to_user_id: mail.toUserId ?? null, locale: mail.locale, template: mail.template, subject, body, sent_at: null })
    .returning(['id'])
    .executeTakeFirstOrThrow()
  await sql`insert into public.audit_log (actor_id, action, entity, entity_id, after)
    values (auth.uid(), 'enqueue', 'mail_outbox', ${row.id}, ${JSON.stringify({ template: mail.template, to_user_id: mail.toUserId ?? null, locale: mail.locale })}::jsonb)`.execute(tx)
  if (pickupDir) {
    await mkdir(pickupDir, { recursive: true })
    await writeFile(join(pickupDir, `${Date.now()}-${row.id}.json`), JSON.stringify({ id: row.id, to: mail.toEmail, locale: mail.locale, template: mail.template, subject, body }))
  }
  return row.id
}
