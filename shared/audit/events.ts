import type { LocalizedText } from '../localized-text'

/** The tables whose rows the audit trigger records, as `audit_log.entity` names them. */
export const AUDITED_ENTITIES = [
  'profiles', 'institutions', 'memberships', 'join_requests', 'files', 'consents',
  'agreements', 'agreement_parties', 'agreement_versions', 'agreement_approvals', 'agreement_signatures',
  'agreement_quota_usage', 'agreement_ledger', 'agreement_reminders',
  'programs', 'program_sending_institutions', 'calls', 'call_places', 'applications', 'application_private',
  'application_documents', 'checklist_items', 'incidents', 'incident_notes',
  'governance_bodies', 'body_members', 'meetings', 'meeting_decisions', 'meeting_files',
  'certificate_templates', 'certificate_template_issuers', 'certificates', 'certificate_approvals', 'certificate_documents',
  // Written by the service itself rather than a trigger: sign-ins, queued jobs and mail.
  'auth.users', 'jobs', 'mail_outbox',
] as const
export type AuditedEntity = typeof AUDITED_ENTITIES[number]

/** `audit_log.action`: the trigger's operation (lower case), or an act the service records by name. */
export const AUDIT_ACTIONS = [
  'insert', 'update', 'delete',
  'log_in', 'log_out', 'change_password', 'end_other_sessions', 'request_password_reset', 'reset_password', 'close_login',
  'erase_account', 'export_personal_data', 'enqueue',
] as const
export type AuditAction = typeof AUDIT_ACTIONS[number]

export const AUDIT_PAGE_SIZE = 50

/** One event with the names it speaks of, resolved by the server; each may be missing (deleted, redacted, none). */
export interface AuditEventNames {
  entity: string
  action: string
  actor_name: string | null
  /** The record's own name or title (a string or a name in several languages). */
  subject: LocalizedText | string | null
  /** The person the record is about (an applicant, a member). */
  person_name: string | null
  institution_name: LocalizedText | null
  /** The agreement, call or body the record belongs to. */
  context_name: LocalizedText | null
  /** The state the record moved to, when an update changed it. */
  new_state: string | null
}

type Translate = (key: string, params?: Record<string, string>) => string
type TextOf = (value: LocalizedText | string | null) => string | null

const STATE_KEYS: Partial<Record<string, string>> = { applications: 'mobility.states', agreements: 'agreements.states' }

/**
 * The event as one sentence in the reader's language: "{actor} created the application “…” (Lan · Guangxi University)".
 * Word order lives in the message (audit.sentence.*), so each language puts actor, verb and object where it must;
 * the page and the spreadsheet both call this, with their own translate and name resolver.
 */
export function auditSentence(event: AuditEventNames, t: Translate, textOf: TextOf): string {
  const actor = event.actor_name ?? t('audit.system')
  const kind = isAuditedEntity(event.entity) ? t(entityKey(event.entity)) : event.entity
  const name = textOf(event.subject) ?? textOf(event.context_name)
  const details = [event.person_name, textOf(event.institution_name), name === textOf(event.context_name) ? null : textOf(event.context_name)]
    .filter((d): d is string => !!d && d !== name)
  let object = name ? t('audit.named', { kind, name }) : t('audit.unnamed', { kind })
  // Short placeholders: the pattern is punctuation only, the same in most languages (zh uses full-width brackets).
  if (details.length) object = t('audit.withDetails', { o: object, d: details.join(' · ') })
  const stateKey = STATE_KEYS[event.entity]
  if (event.action === 'update' && event.new_state && stateKey) {
    return t('audit.sentence.state', { actor, object, state: t(`${stateKey}.${event.new_state}`) })
  }
  // An act this list does not know yet still reads as a change, never as a raw key.
  const action = (AUDIT_ACTIONS as readonly string[]).includes(event.action) ? event.action : 'update'
  return t(`audit.sentence.${action}`, { actor, object })
}

/** The message key naming an entity: `auth.users` cannot be a key path as it is. */
export function entityKey(entity: AuditedEntity): string {
  return `audit.entities.${entity.replace('.', '_')}`
}

export function isAuditedEntity(entity: string): entity is AuditedEntity {
  return (AUDITED_ENTITIES as readonly string[]).includes(entity)
}
