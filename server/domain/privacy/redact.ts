import { sql } from 'kysely'
import type { Tx } from '../../db/as-user'

export interface PersonToRedact {
  userId: string
  email: string
  name: string
  /** What replaces the name (and, with the erased domain, the email). */
  label: string
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Replaces the person's email and name where others' copies of it remain: mail sent to others
 * (an office told "X submitted an application") and others' notifications. Email matches in any
 * case; the name as written, and in notification parameters only as a whole value.
 */
export async function redactPerson(tx: Tx, p: PersonToRedact): Promise<void> {
  const emailPattern = escapeRegex(p.email)
  const labelEmail = `${p.label}@erased.invalid`
  await sql`update public.mail_outbox set
      subject = replace(regexp_replace(subject, ${emailPattern}, ${labelEmail}, 'gi'), ${p.name}, ${p.label}),
      body = replace(regexp_replace(body, ${emailPattern}, ${labelEmail}, 'gi'), ${p.name}, ${p.label})
    where strpos(lower(subject || body), lower(${p.email})) > 0 or strpos(subject || body, ${p.name}) > 0`.execute(tx)
  await sql`update public.notifications set params = replace(
      regexp_replace(params::text, ${emailPattern}, ${labelEmail}, 'gi'), to_jsonb(${p.name}::text)::text, to_jsonb(${p.label}::text)::text)::jsonb
    where strpos(lower(params::text), lower(${p.email})) > 0 or strpos(params::text, to_jsonb(${p.name}::text)::text) > 0`.execute(tx)
}

export interface ErasedRows {
  userId: string
  applicationIds: string[]
  fileIds: string[]
}

/**
 * The audit log keeps that things happened, not the personal values they held: the images of the
 * person's profile, application forms and files lose those fields, and any other image that still
 * holds their email or name (as a whole value) gets the label instead.
 */
export async function scrubAuditTrail(tx: Tx, rows: ErasedRows, person: PersonToRedact): Promise<void> {
  const strip = async (entity: string, ids: string[], keys: string[]) => {
    if (ids.length === 0) return
    await sql`update public.audit_log set before = before - ${sql.val(keys)}::text[], after = after - ${sql.val(keys)}::text[]
      where entity = ${entity} and entity_id = any(${sql.val(ids)}::text[])`.execute(tx)
  }
  await strip('profiles', [rows.userId], ['email', 'display_name', 'avatar_file_id', 'time_zone'])
  await strip('applications', rows.applicationIds, ['form'])
  await strip('files', rows.fileIds, ['filename', 'storage_key', 'sha256'])

  const emailPattern = escapeRegex(person.email)
  const labelEmail = `${person.label}@erased.invalid`
  for (const column of ['before', 'after'] as const) {
    const col = sql.ref(column)
    await sql`update public.audit_log set ${col} = replace(
        regexp_replace(${col}::text, ${emailPattern}, ${labelEmail}, 'gi'), to_jsonb(${person.name}::text)::text, to_jsonb(${person.label}::text)::text)::jsonb
      where ${col} is not null and (strpos(lower(${col}::text), lower(${person.email})) > 0 or strpos(${col}::text, to_jsonb(${person.name}::text)::text) > 0)`.execute(tx)
  }
}
