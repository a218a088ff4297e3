import { sql } from 'kysely'
import { elevated, type Tx } from '../../db/as-user'
import { enqueueMails, portalLink } from '../../mail/outbox'
import { translate } from '../../i18n/messages'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'
import { STAFF_ROLES } from '../../../shared/roles'

/** A parameter is plain text, a multilingual text, or a message key — each shown in the recipient's locale. */
export type NoticeParam = string | number | LocalizedText | { key: string }

export interface Notice {
  /** A key under mail.* with .subject and .body; the in-app list shows the subject. */
  kind: string
  params: Record<string, NoticeParam>
  /** A path inside the portal without a locale prefix, e.g. /agreements/<id>. */
  link: string
}

function resolveParam(value: NoticeParam, locale: LocaleCode): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value
  if ('key' in value && typeof value.key === 'string') return translate(locale, value.key)
  return resolveLocalizedText(value as LocalizedText, locale).text
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
 * Tells people about an event, in-app and by mail, each in their preferred locale. Runs inside the
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
    const notices = people.map((person) => {
      const locale: LocaleCode = isLocaleCode(person.preferred_locale) ? person.preferred_locale : 'en'
      return { person, locale, params: Object.fromEntries(Object.entries(notice.params).map(([k, v]) => [k, resolveParam(v, locale)])) }
    })
    await svc.insertInto('notifications')
      .values(notices.map(({ person, params }) => ({
        user_id: person.id, kind: notice.kind, params: JSON.stringify(params), link: notice.link, read_at: null,
      })))
      .execute()
    await enqueueMails(svc, notices.map(({ person, locale, params }) => ({
      toEmail: person.email, toUserId: person.id, locale, template: notice.kind, params: { ...params, link: portalLink(locale, notice.link) },
    })))
    return people.length
  })
}

/** Renders a stored notification's text in the viewer's locale (the in-app list). */
export function renderNotice(locale: string, kind: string, params: Record<string, string | number>): string {
  return translate(locale, `mail.${kind}.subject`, params)
}

export async function listNotifications(tx: Tx, userId: string, limit = 50) {
  const [items, unread] = await Promise.all([
    tx.selectFrom('notifications').select(['id', 'kind', 'params', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute(),
    tx.selectFrom('notifications').select(eb => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ])
  return { items, unread: Number(unread.n) }
}

export async function markNotificationsRead(tx: Tx, userId: string, ids: string[] | 'all'): Promise<number> {
  let query = tx.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', userId).where('read_at', 'is', null)
  if (ids !== 'all') query = query.where('id', 'in', ids)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}
