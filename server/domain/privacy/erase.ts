import { sql } from 'kysely'
import { afterCommit, type Tx } from '../../db/as-user'
import type { FileStore } from '../../storage/file-store'
import { redactPerson, scrubAuditTrail } from './redact'

/**
 * What erasing an account does to each table (PIPL art. 47, PDPA s. 25). The profile row stays,
 * anonymised, because records institutions must keep reference it without ON DELETE.
 *
 * erased (rows deleted):
 *   memberships, notifications, mail_outbox (to them), application_private (passport data),
 *   application_documents, files they own that no kept record needs (rows and bytes), pending join
 *   requests, private calendar feed tokens, the answers to activities' registration questions, built-in auth sessions
 *   and reset tokens (server/auth/builtin.ts)
 * anonymised (row kept, personal fields replaced):
 *   profiles (neutral label, email <id>@erased.invalid, no avatar, erased_at), applications.form -> {}, the free
 *   text of named evaluation answers -> null (scores stay), their lines in conferences' author lists (label, no name
 *   or email) and their reviewer rows (no email), the holder's names on their certificates (label; the stored PDF and
 *   credential, which carry the names, deleted),
 *   auth.users (built-in: no email, no password, banned; Supabase: soft-deleted by its admin API)
 * kept without identity (they point at the anonymised profile only):
 *   agreements, agreement_versions, agreement_approvals, agreement_signatures, agreement_ledger,
 *   agreement_quota_usage, programs, calls, decided join_requests, meetings, meeting_decisions,
 *   body_members (a current seat ends today), applications (state, score, institutions, dates),
 *   application_events, checklist_items, incidents and incident_notes: the institutions' records of
 *   decisions, contracts and duty of care; consents: evidence that processing was lawful.
 * kept as written: free text others wrote (agreement signatory names, event comments, incident
 *   descriptions and notes, meeting minutes) and files attached to agreement signatures, ledger
 *   entries, meetings and institution logos: documents of the institutions, not of the account.
 * audit_log: rows about the person's erased rows lose their before/after images; other images have
 *   the email and name replaced (server/domain/privacy/redact.ts); the erasure is logged with counts only.
 * outside this transaction: the files' bytes (after commit), the log-in rate-limit counter keyed by the
 *   email (the route). Not touched: copies already in the mail pickup directory (the delivery agent's
 *   queue, server/mail/outbox.ts), which the agent delivers and discards.
 *   Supabase Auth keeps its own auth.audit_log_entries under the project's retention.
 */
export interface ErasureSummary {
  files: number
  applications: number
  memberships: number
  notifications: number
  mails: number
}

export const ERASED_EMAIL_DOMAIN = 'erased.invalid'

/** The neutral label an erased person is shown by: the same in every language, not a name. */
export function erasedLabel(userId: string): string {
  return `#${userId.slice(0, 8)}`
}

/**
 * Erases or anonymises everything the portal holds about one person. tx is a service transaction
 * (the person's own RLS cannot delete their memberships or mail); every statement names their id.
 * The files' bytes are removed once the transaction has committed. Running it twice changes nothing.
 */
export async function eraseAccount(tx: Tx, store: FileStore, userId: string): Promise<ErasureSummary | null> {
  const person = await tx.selectFrom('profiles').select(['email', 'display_name', 'erased_at']).where('id', '=', userId).executeTakeFirst()
  if (!person || person.erased_at) return null

  const applicationIds = (await tx.selectFrom('applications').select('id').where('applicant_id', '=', userId).execute()).map(a => a.id)
  const files = await filesToErase(tx, userId)
  const fileIds = files.map(f => f.id)

  if (fileIds.length) await tx.deleteFrom('application_documents').where('file_id', 'in', fileIds).execute()
  if (applicationIds.length) {
    await tx.deleteFrom('application_documents').where('application_id', 'in', applicationIds).execute()
    await tx.deleteFrom('application_private').where('application_id', 'in', applicationIds).execute()
    await tx.updateTable('applications').set({ form: JSON.stringify({}) as never }).where('id', 'in', applicationIds).execute()
  }
  if (fileIds.length) await tx.deleteFrom('files').where('id', 'in', fileIds).execute()

  const memberships = await tx.deleteFrom('memberships').where('user_id', '=', userId).executeTakeFirst()
  const notifications = await tx.deleteFrom('notifications').where('user_id', '=', userId).executeTakeFirst()
  const mails = await tx.deleteFrom('mail_outbox')
    .where(eb => eb.or([eb('to_user_id', '=', userId), eb(sql`lower(to_email)`, '=', person.email.toLowerCase())])).executeTakeFirst()
  await tx.deleteFrom('join_requests').where('requested_by', '=', userId).where('status', '=', 'pending').execute()
  // A subscribed calendar app stops receiving the feed with the account.
  await tx.deleteFrom('calendar_feed_tokens').where('person_id', '=', userId).execute()
  // Which talks they meant to hear (their conference agenda) goes with the account.
  await tx.deleteFrom('conference_agenda_items').where('person_id', '=', userId).execute()
  // A seat on a body ends with the account; past terms stay in the body's history.
  await tx.updateTable('body_members').set({ term_end: sql`greatest(term_start, current_date)` })
    .where('user_id', '=', userId).where(eb => eb.or([eb('term_end', 'is', null), eb('term_end', '>', sql<string>`current_date`)])).execute()
  // What the person told organisers (dietary needs, accessibility, visa) goes; the registration and its attendance stay,
  // the activity's record of who took part, pointing at the anonymised profile.
  await tx.deleteFrom('registration_answers')
    .where('registration_id', 'in', eb => eb.selectFrom('registrations').select('id').where('person_id', '=', userId)).execute()
  // A contact person or decision owner that no longer exists is nobody, as ON DELETE SET NULL would have it.
  await tx.updateTable('agreement_parties').set({ contact_user_id: null }).where('contact_user_id', '=', userId).execute()
  await tx.updateTable('meeting_decisions').set({ owner_id: null }).where('owner_id', '=', userId).execute()

  const label = erasedLabel(userId)
  await tx.updateTable('profiles').set({
    display_name: label, email: `${userId}@${ERASED_EMAIL_DOMAIN}`, avatar_file_id: null, preferred_locale: 'en',
    time_zone: null, thai_buddhist_calendar: false, erased_at: sql`now()`, updated_at: sql`now()`,
  }).where('id', '=', userId).execute()
  // Free text in the person's named evaluation answers may name them; the scores stay in the results. The database
  // allows this one change to a submitted response once the profile is erased (20261208600000_evaluation_erasure.sql).
  await tx.updateTable('evaluation_answers').set({ text_value: null })
    .where('response_id', 'in', eb => eb.selectFrom('evaluation_responses').select('id').where('person_id', '=', userId))
    .where('text_value', 'is not', null).execute()
  await eraseConferenceIdentity(tx, userId, person.email, erasedLabel(userId))
  await eraseCertificateNames(tx, userId, label)

  const redacted = { email: person.email, name: person.display_name, label, userId }
  await redactPerson(tx, redacted)
  await scrubAuditTrail(tx, { userId, applicationIds, fileIds }, redacted)

  const summary: ErasureSummary = {
    files: fileIds.length, applications: applicationIds.length, memberships: Number(memberships.numDeletedRows),
    notifications: Number(notifications.numDeletedRows), mails: Number(mails.numDeletedRows),
  }
  // Logged with counts only: the log must not keep what was erased.
  await sql`insert into public.audit_log (actor_id, action, entity, entity_id, after)
    values (${userId}, 'erase_account', 'profiles', ${userId}, ${JSON.stringify(summary)}::jsonb)`.execute(tx)
  await afterCommit(tx, async () => {
    for (const file of files) await store.delete(file.storage_key)
  })
  return summary
}

/**
 * Conferences: the person's lines in author lists keep the submission's record (institution, country, order) under the
 * neutral label, without name or email; a pending co-author or reviewer invitation to their email becomes theirs,
 * anonymised, or (a reviewer's, unanswered) goes. Declared co-authorships and conflicts stay: they name only profiles and
 * keep reviews fair. Reviews they wrote stay as written, like other texts written for an institution.
 */
async function eraseConferenceIdentity(tx: Tx, userId: string, email: string, label: string) {
  await tx.updateTable('submission_authors').set({ person_id: userId })
    .where('person_id', 'is', null).where(sql<string>`lower(email)`, '=', email.toLowerCase()).execute()
  await tx.updateTable('submission_authors').set({ display_name: label, email: null, invite_token_hash: null, updated_at: sql`now()` })
    .where('person_id', '=', userId).execute()
  await tx.deleteFrom('conference_reviewers').where('person_id', 'is', null).where(sql<string>`lower(email)`, '=', email.toLowerCase()).execute()
  await tx.updateTable('conference_reviewers').set({ email: null, invite_token_hash: null, updated_at: sql`now()` })
    .where('person_id', '=', userId).where('email', 'is not', null).execute()
}

/**
 * Certificates: the record of what was issued stays (serial, issuers, dates, status) under the neutral label; the
 * stored PDF and credential, which carry the names, go (the database allows this one change once the profile is erased).
 */
async function eraseCertificateNames(tx: Tx, userId: string, label: string) {
  const ids = (await tx.updateTable('certificates').set({ holder_name_native: label, holder_name_latin: label })
    .where('holder_id', '=', userId).returning('id').execute()).map(c => c.id)
  if (!ids.length) return
  await tx.deleteFrom('certificate_documents').where('certificate_id', 'in', ids).execute()
  // The log's images of these certificates lose the names they were issued with.
  const names = ['holder_name_native', 'holder_name_latin']
  await sql`update public.audit_log set before = before - ${sql.val(names)}::text[], after = after - ${sql.val(names)}::text[]
    where entity = 'certificates' and entity_id = any(${sql.val(ids)}::text[])`.execute(tx)
}

/** The person's files, but those a kept record (signature, ledger entry, meeting, institution logo) needs. */
async function filesToErase(tx: Tx, userId: string) {
  return tx.selectFrom('files').select(['id', 'storage_key']).where('owner_id', '=', userId)
    .where(eb => eb.not(eb.or([
      eb.exists(eb.selectFrom('agreement_signatures as s').select('s.id').whereRef('s.file_id', '=', 'files.id')),
      eb.exists(eb.selectFrom('agreement_ledger as l').select('l.id').whereRef('l.file_id', '=', 'files.id')),
      eb.exists(eb.selectFrom('meeting_files as m').select('m.file_id').whereRef('m.file_id', '=', 'files.id')),
      eb.exists(eb.selectFrom('institutions as i').select('i.id').whereRef('i.logo_file_id', '=', 'files.id')),
    ]))).execute()
}
