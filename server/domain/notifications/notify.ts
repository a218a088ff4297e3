import { elevated, type Tx } from '../../db/as-user'
import { enqueueMails, portalLink } from '../../mail/outbox'
import { translate } from '../../i18n/messages'
import { resolveLocalizedText, type LocalizedText } from '../../../shared/localized-text'
import { isLocaleCode, type LocaleCode } from '../../../shared/locales'

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

/** Who to tell: people by id, and the staff (partner and office) of institutions; never the person who acted. */
export interface Audience {
  users?: string[]
  staffOf?: string[]
  except?: string
}

/**
 * Tells people about an event, in-app and by mail, each in their preferred locale. Runs inside the
 * caller's transaction, so a notice exists exactly when the change it reports was committed.
 */
export async function notifyPeople(tx: Tx, userIds: Iterable<string>, notice: Notice): Promise<number> {
  return notifyAudience(tx, { users: [...userIds] }, notice)
}

/**
 * As notifyPeople, finding the institutions' staff on the same elevated path. One query finds the
 * people and their locales; one statement stores the in-app notices and one the mails.
 */
export async function notifyAudience(tx: Tx, audience: Audience, notice: Notice): Promise<number> {
  const users = audience.users ?? []
  const institutions = audience.staffOf ?? []
  if (!users.length && !institutions.length) return 0
  return elevated(tx, `notify ${notice.kind}`, async (svc) => {
    const people = await svc.selectFrom('profiles').select(['id', 'email', 'preferred_locale'])
      .where(eb => eb.or([
        ...(users.length ? [eb('id', 'in', users)] : []),
        ...(institutions.length
          ? [eb('id', 'in', eb.selectFrom('memberships').select('user_id').where('institution_id', 'in', institutions).where('role', 'in', ['partner_staff', 'office_staff']))]
          : []),
      ]))
      .$if(Boolean(audience.except), qb => qb.where('id', '!=', audience.except!))
      .execute()
    if (people.length === 0) return 0
    const notices = people.map((person) => {
      const locale: LocaleCode = isLocaleCode(person.preferred_locale) ? person.preferred_locale : 'en'
      return { person, locale, params: Object.fromEntries(Object.entries(notice.params).map(([k, v]) => [k, resolveParam(v, locale)])) }
    })
    await svc.insertInto('notifications')
      .values(notices.map(({ person, params }) => ({ user_id: person.id, kind: notice.kind, params: JSON.stringify(params), link: notice.link, read_at: null })))
      .execute()
    await enqueueMails(svc, notices.map(({ person, locale, params }) => ({
      toEmail: person.email, toUserId: person.id, locale, template: notice.kind, params: { ...params, link: portalLink(locale, notice.link) },
    })))
    return people.length
  })
}

/** The staff (partner and office) of the given institutions. */
export async function staffOf(tx: Tx, institutionIds: string[]): Promise<string[]> {
  if (institutionIds.length === 0) return []
  return elevated(tx, 'find staff to notify', async svc => (await svc.selectFrom('memberships').select('user_id').distinct()
    .where('institution_id', 'in', institutionIds).where('role', 'in', ['partner_staff', 'office_staff']).execute()).map(r => r.user_id))
}

/** Everyone who holds the secretariat role. */
export async function secretariatMembers(tx: Tx): Promise<string[]> {
  return elevated(tx, 'find secretariat to notify', async svc => (await svc.selectFrom('memberships').select('user_id').distinct()
    .where('role', '=', 'secretariat').execute()).map(r => r.user_id))
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
