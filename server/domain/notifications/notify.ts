import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import { enqueueMails, portalLink } from '../../mail/outbox'
import { translate } from '../../i18n/messages'
import { resolveNoticeParams, type NoticeParams } from '../../../shared/notices'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'
import { STAFF_ROLES } from '../../../shared/roles'

export type { NoticeParam } from '../../../shared/notices'

export interface Notice {
  /** A key under mail.* with .subject and .body; the in-app list shows the subject. */
  kind: string
  /** Stored raw for the in-app list (rendered in the reader's locale when read); rendered once for the mail. */
  params: NoticeParams
  /** What the notice is about: a path inside the portal without a locale prefix, e.g. /agreements/<id>. */
  link: string
}

/** Who to tell: people by id, the staff of institutions, the secretariat — found in one query. */
export interface Audience {
  users?: Iterable<string>
  /** The staff (STAFF_ROLES) of these institutions. */
  staffOf?: Iterable<string>
  secretariat?: boolean
  /**
   * The one rule about the actor: whoever the transaction acts for is never told of their own act,
   * unless the caller sets this. Jobs act for nobody, so they leave nobody out.
   */
  tellActor?: boolean
}

/**
 * Tells people about an event, in-app and by mail. The in-app notice keeps the raw parameters, so it reads in
 * the reader's language of the moment; the mail is rendered now, in the recipient's preferred locale. Runs inside the
 * caller's transaction, so a notice exists exactly when the change it reports was committed. One
 * query finds the people and their locales; one statement stores the in-app notices and one the mails.
 */
export async function notify(tx: Tx, audience: Audience, notice: Notice): Promise<number> {
  const users = [...audience.users ?? []]
  const institutions = [...audience.staffOf ?? []]
  if (!users.length && !institutions.length && !audience.secretariat) return 0
  return elevated(tx, `notify ${notice.kind}`, async (svc) => {
    const people = await svc.selectFrom('profiles').select(['id', 'email', 'preferred_locale'])
      .where(eb => eb.or([
        ...(users.length ? [eb('id', 'in', users)] : []),
        ...(institutions.length
          ? [eb('id', 'in', eb.selectFrom('memberships').select('user_id').where('institution_id', 'in', institutions).where('role', 'in', STAFF_ROLES))]
          : []),
        ...(audience.secretariat ? [eb('id', 'in', eb.selectFrom('memberships').select('user_id').where('role', '=', 'secretariat'))] : []),
      ]))
      // Elevation keeps the person's claims, so auth.uid() is still whoever acted (null in a job).
      .$if(!audience.tellActor, qb => qb.where(sql<boolean>`${sql.ref('profiles.id')} is distinct from (select auth.uid())`))
      .execute()
    if (people.length === 0) return 0
    await svc.insertInto('notifications')
      .values(people.map(person => ({
        user_id: person.id, kind: notice.kind, params: JSON.stringify(notice.params), link: notice.link, read_at: null,
      })))
      .execute()
    await mailNotice(svc, people, notice)
    return people.length
  })
}

/** Someone told of a notice: the mail goes to their address, in their preferred locale. */
export interface NoticeRecipient {
  id: string
  email: string
  preferred_locale: string | null
}

/**
 * The mail half of a notice: rendered once per recipient in their preferred locale and put in the outbox.
 * svc must be a service transaction; for callers whose database function already stored the in-app notices.
 */
export async function mailNotice(svc: Tx, people: NoticeRecipient[], notice: Notice): Promise<void> {
  await enqueueMails(svc, people.map((person) => {
    const locale: LocaleCode = isLocaleCode(person.preferred_locale) ? person.preferred_locale : 'en'
    const params = resolveNoticeParams(notice.params, locale, key => translate(locale, key))
    return { toEmail: person.email, toUserId: person.id, locale, template: notice.kind, params: { ...params, link: portalLink(locale, notice.link) } }
  }))
}

/** The reader's notices, newest first, as stored (kind, raw params, link): the page renders them in its locale. */
export async function listNotifications(tx: Tx, userId: string, limit = 50) {
  const [items, unread] = await Promise.all([
    tx.selectFrom('notifications').select(['id', 'kind', 'params', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute(),
    unreadCount(tx, userId),
  ])
  return { items, unread }
}

/** How many of the reader's notices are unread: the bell's count. */
export async function unreadCount(tx: Tx, userId: string): Promise<number> {
  const row = await tx.selectFrom('notifications').select(eb => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function markNotificationsRead(tx: Tx, userId: string, ids: string[] | 'all'): Promise<number> {
  let query = tx.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', userId).where('read_at', 'is', null)
  if (ids !== 'all') query = query.where('id', 'in', ids)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}
