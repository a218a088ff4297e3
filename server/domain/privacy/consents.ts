import type { Actor, Tx } from '../../db/as-user'
import type { LocaleCode } from '../../../shared/locales'
import { NOTICE_DOCUMENTS, NOTICE_VERSIONS, type NoticeDocument } from '../../../shared/privacy/notices'

/** The notices whose current version the person has not accepted yet (RLS: they read their own consents). */
export async function pendingNotices(tx: Tx, actor: Actor): Promise<NoticeDocument[]> {
  const accepted = await tx.selectFrom('consents').select(['document', 'version']).where('user_id', '=', actor.id).execute()
  return NOTICE_DOCUMENTS.filter(doc => !accepted.some(c => c.document === doc && c.version === NOTICE_VERSIONS[doc]))
}

/** Records acceptance of the current version of each notice still pending, in the language it was shown in. */
export async function acceptNotices(tx: Tx, actor: Actor, locale: LocaleCode): Promise<NoticeDocument[]> {
  const pending = await pendingNotices(tx, actor)
  if (pending.length) {
    await tx.insertInto('consents')
      .values(pending.map(document => ({ user_id: actor.id, document, version: NOTICE_VERSIONS[document], locale })))
      .execute()
  }
  return pending
}
